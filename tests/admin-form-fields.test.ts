import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeLog, relationships } from "@/db/schema";
import { announcementFormSchemas } from "@/app/admin/announcements/schema";
import { entityFormSchemas } from "@/app/admin/entities/[id]/schema";
import { pickedEntityFields } from "@/app/admin/_lib/picked-entity";
import { DomainError, addRelationship, upsertEntity, type CommandContext } from "@/lib/commands";
import { errorsOf, nestValues } from "@/lib/validation/form-data";
import { identifierRules } from "@/lib/validation/identifier-rules";
import { createTestDb, type TestDb } from "./helpers/db";

// The English forms (tests/admin-forms-korean.test.ts: the Korean ones).
const { newDesignationFormSchema } = announcementFormSchemas("en");
const { addRelationshipFormSchema } = entityFormSchemas("en");
const { unpickedProblem } = pickedEntityFields("en");
const { identifierProblemAsTyped } = identifierRules("en");

/** Parses typed form fields (flat names, as FormData has them) with a form's schema. */
function parse(schema: { safeParse: (v: unknown) => unknown }, fields: Record<string, string>) {
  const r = schema.safeParse(nestValues(fields)) as
    { success: true; data: Record<string, unknown> } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  return r.success ? { data: r.data, errors: {} } : { data: undefined, errors: errorsOf(r.error.issues) };
}

describe("identifiers checked as they are typed", () => {
  it("says nothing about the first digits of an IMO number, then checks it once it has seven", () => {
    expect(identifierProblemAsTyped("imo", "912", false)).toBeNull();
    expect(identifierProblemAsTyped("imo", "912345", false)).toBeNull();
    expect(identifierProblemAsTyped("imo", "9123456", false)).toBe("IMO 9123456 fails its check digit: check the number.");
    expect(identifierProblemAsTyped("imo", "9123453", false)).toBeNull();
    // Too long is complete too.
    expect(identifierProblemAsTyped("imo", "91234530", false)).toBe("An IMO number has seven digits.");
  });

  it("checks a short value once the field is left, and never an empty one", () => {
    expect(identifierProblemAsTyped("imo", "912", true)).toBe("An IMO number has seven digits.");
    expect(identifierProblemAsTyped("imo", "  ", true)).toBeNull();
    expect(identifierProblemAsTyped("mmsi", "12345678", false)).toBeNull();
    expect(identifierProblemAsTyped("mmsi", "12345678", true)).toBe("An MMSI has nine digits.");
    expect(identifierProblemAsTyped("imo_company", "12345ab", false)).toBe("An IMO number has seven digits.");
  });

  it("leaves identifiers with no rule alone, typed or left", () => {
    expect(identifierProblemAsTyped("registration", "1022501902060", false)).toBeNull();
    expect(identifierProblemAsTyped("registration", "x", true)).toBeNull();
  });
});

describe("entity fields filled with the search picker", () => {
  const vessel = { announcementId: "kr-x", kind: "vessel", name: "SEA BREEZE" };

  it("sends the chosen entity's id under the field's name; what was typed to find it is dropped", () => {
    const { data } = parse(newDesignationFormSchema, {
      ...vessel,
      ownerId: "12",
      "ownerId:shown": '{"id":12,"name":"Primorye","kind":"organization","line":""}',
      "operatorId:q": "",
    });
    expect(data).toMatchObject({ links: [{ type: "owned_by", toEntityId: 12 }] });
  });

  it("refuses a name typed into the picker with no entity chosen, next to that field", () => {
    expect(parse(newDesignationFormSchema, { ...vessel, "ownerId:q": "Primorye", operatorId: "" }).errors).toEqual({
      ownerId: "Choose one of the entities listed under the field, or clear it.",
    });
    expect(unpickedProblem({ "ownerId:q": "  " }, "ownerId")).toBeNull();
    expect(unpickedProblem({ "ownerId:q": "x", ownerId: 3 }, "ownerId")).toBeNull();
  });

  it("takes the entity's number typed by hand (the field without JavaScript)", () => {
    expect(parse(newDesignationFormSchema, { ...vessel, operatorId: "7" }).data).toMatchObject({
      links: [{ type: "operated_by", toEntityId: 7 }],
    });
    expect(parse(newDesignationFormSchema, { ...vessel, operatorId: "seven" }).errors).toEqual({
      operatorId: "Use the number of an entity (pick it from the search).",
    });
  });

  it("ignores the picker of a kind the form does not show", () => {
    const { errors } = parse(newDesignationFormSchema, { ...vessel, kind: "organization", "ownerId:q": "left over" });
    expect(errors).toEqual({});
  });

  it("a related entity: required, chosen from the list; the output is the addRelationship input", () => {
    expect(parse(addRelationshipFormSchema, { entityId: "5", type: "owned_by" }).errors).toEqual({
      toEntityId: "Choose the related entity: type part of its name and pick it from the list.",
    });
    expect(parse(addRelationshipFormSchema, { entityId: "5", type: "owned_by", "toEntityId:q": "Prim" }).errors).toEqual({
      toEntityId: "Choose one of the entities listed under the field, or clear it.",
    });
    expect(parse(addRelationshipFormSchema, { entityId: "5", type: "sister_of", toEntityId: "9" }).errors).toEqual({
      type: "Choose one of the options.",
    });
    expect(
      parse(addRelationshipFormSchema, { entityId: "5", type: "director_of", toEntityId: "9", source: " https://x.example " }).data,
    ).toEqual({
      fromEntityId: 5,
      toEntityId: 9,
      type: "director_of",
      status: "confirmed",
      source: "https://x.example",
    });
  });
});

describe("a related entity added through the command", () => {
  let t: TestDb;
  let ctx: CommandContext;
  beforeEach(() => {
    t = createTestDb();
    ctx = { db: t.db, actor: { name: "user:1" } };
  });
  afterEach(() => t.close());

  it("writes the relationship with one change-log row on each side; a refusal names the field it is about", () => {
    const vessel = upsertEntity(ctx, { kind: "vessel", name: "SEA BREEZE" }).id;
    const owner = upsertEntity(ctx, { kind: "organization", name: "Primorye Logistics" }).id;
    const input = parse(addRelationshipFormSchema, { entityId: String(vessel), type: "owned_by", toEntityId: String(owner) }).data!;
    addRelationship(ctx, input as never);
    expect(t.db.select().from(relationships).all()).toMatchObject([{ fromEntityId: vessel, toEntityId: owner, type: "owned_by" }]);
    const logged = t.db
      .select()
      .from(changeLog)
      .all()
      .filter((c) => c.action === "relationship.add");
    expect(logged.map((c) => c.entityId).sort()).toEqual([vessel, owner].sort());

    const unknown = (() => {
      try {
        addRelationship(ctx, { fromEntityId: vessel, toEntityId: 999_999, type: "operated_by" });
      } catch (err) {
        return err;
      }
    })();
    expect(unknown).toBeInstanceOf(DomainError);
    expect((unknown as DomainError).issues.map((i) => i.path)).toEqual(["toEntityId"]);
  });
});

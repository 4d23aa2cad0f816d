import { describe, expect, it } from "vitest";
import { announcementFormSchemas } from "@/app/admin/announcements/schema";
import { entityFormSchemas } from "@/app/admin/entities/[id]/schema";
import { revisionFormSchemas } from "@/app/admin/export-controls/[key]/revisions/new/schema";
import { errorsOf, nestValues } from "@/lib/validation/form-data";

// The English forms' schemas (tests/admin-forms-korean.test.ts: the Korean ones).
const { announcementCreateFormSchema, newDesignationFormSchema } = announcementFormSchemas("en");
const { addDetailFormSchema, addIdentifierFormSchema, delistFormSchema, designationEditFormSchema } = entityFormSchemas("en");
const { revisionFormSchema } = revisionFormSchemas("en");

/** Parses typed form fields (flat names, as FormData has them) with a form's schema. */
function parse<
  S extends {
    safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
>(schema: S, fields: Record<string, string>) {
  const r = schema.safeParse(nestValues(fields));
  return r.success ? { data: r.data as Record<string, unknown>, errors: {} } : { data: undefined, errors: errorsOf(r.error!.issues) };
}

describe("admin form schemas (shared by the browser and the server actions)", () => {
  it("nests dotted field names into objects and arrays", () => {
    expect(nestValues({ "names.0.value": "a", "names.2.value": "c", kind: "x" })).toEqual({
      names: [{ value: "a" }, undefined, { value: "c" }],
      kind: "x",
    });
  });

  it("new announcement: required fields, counts and one source per line", () => {
    const bad = parse(announcementCreateFormSchema, {
      id: "Bad Id",
      authorityCode: "",
      title: " ",
      announcedOn: "2024-13",
      declaredVessels: "four",
    });
    expect(Object.keys(bad.errors).sort()).toEqual(["announcedOn", "authorityCode", "declaredVessels", "id", "sources", "title"]);
    const ok = parse(announcementCreateFormSchema, {
      id: "kr-2024-06-27-b",
      authorityCode: "KR-MOFA",
      title: "A round",
      announcedOn: "2024-06-27",
      effectiveOn: "2024-07-01",
      declaredVessels: "4",
      declaredOrganizations: "",
      sources: "https://example.org/a\n\n  seed: An article  \n",
    });
    expect(ok.data).toMatchObject({
      declared: { vessel: 4, organization: undefined },
      sources: ["https://example.org/a", "seed: An article"],
      effectiveOn: "2024-07-01",
    });
  });

  it("a vessel: the IMO check digit is checked on the form, and the output is the enterDesignation input", () => {
    const base = { announcementId: "kr-x", kind: "vessel", name: "SEA BREEZE", flag: "ru", ownerId: "12" };
    expect(parse(newDesignationFormSchema, { ...base, imo: "9123456" }).errors).toEqual({
      imo: "IMO 9123456 fails its check digit: check the number.",
    });
    expect(parse(newDesignationFormSchema, { ...base, imo: "912345" }).errors).toEqual({ imo: "An IMO number has seven digits." });
    expect(parse(newDesignationFormSchema, { ...base, imo: "9123453" }).data).toEqual({
      announcementId: "kr-x",
      entity: {
        kind: "vessel",
        name: "SEA BREEZE",
        remarks: undefined,
        names: [],
        identifiers: [{ type: "imo", value: "9123453" }],
        attributes: [{ key: "flag", value: "RU" }],
      },
      links: [{ type: "owned_by", toEntityId: 12 }],
      listedOn: undefined,
      reason: undefined,
      legalBasis: undefined,
    });
  });

  it("an individual: names in several scripts, blank rows dropped, a row's error keeps its place", () => {
    const fields = {
      announcementId: "kr-x",
      kind: "individual",
      name: "리철남",
      "names.0.value": "Ri Chol Nam",
      "names.0.type": "romanization",
      "names.1.value": "",
      "names.1.type": "alias",
      "names.1.official": "on",
      "names.2.value": "x".repeat(1001),
      "names.2.type": "alias",
      birthDate: "1971-3",
    };
    expect(parse(newDesignationFormSchema, fields).errors).toEqual({
      "names.2.value": "Use at most 1,000 characters.",
      birthDate: "Use a birth date as YYYY-MM-DD, YYYY-MM or YYYY.",
    });
    const ok = parse(newDesignationFormSchema, {
      ...fields,
      "names.2.value": "리 철남",
      "names.2.official": "on",
      "names.2.lang": "ko",
      birthDate: "1971-03",
      nationality: "kp",
    });
    expect(ok.data).toMatchObject({
      entity: {
        kind: "individual",
        names: [
          { value: "Ri Chol Nam", type: "romanization", official: false },
          { value: "리 철남", type: "alias", official: true, lang: "ko" },
        ],
        attributes: [
          { key: "birth_date", value: "1971-03" },
          { key: "nationality", value: "KP" },
        ],
      },
      links: [],
    });
  });

  it("an organization: identifiers checked row by row", () => {
    const r = parse(newDesignationFormSchema, {
      announcementId: "kr-x",
      kind: "organization",
      name: "Test LLC",
      "identifiers.0.type": "registration",
      "identifiers.0.value": "1022501902060",
      "identifiers.1.type": "imo_company",
      "identifiers.1.value": "12345",
    });
    expect(r.errors).toEqual({ "identifiers.1.value": "An IMO number has seven digits." });
  });

  it("designation edits clear emptied fields; a delisting needs its date, reason and source", () => {
    expect(
      parse(designationEditFormSchema, {
        designationId: "5",
        version: "3",
        reason: "",
        legalBasis: "Act",
        listedOn: "",
        effectiveOn: "2024-07-01",
        status: "confirmed",
      }).data,
    ).toEqual({
      designationId: 5,
      expectedVersion: 3,
      reason: null,
      legalBasis: "Act",
      listedOn: null,
      effectiveOn: "2024-07-01",
      status: "confirmed",
    });
    expect(Object.keys(parse(delistFormSchema, { designationId: "5", version: "3" }).errors).sort()).toEqual([
      "delistedOn",
      "reason",
      "source",
    ]);
    expect(parse(delistFormSchema, { designationId: "5" }).errors).toHaveProperty("version");
  });

  it("identifiers and details meet the same rules as the commands", () => {
    expect(parse(addIdentifierFormSchema, { entityId: "1", type: "imo", value: "9003551" }).errors).toEqual({
      value: "IMO 9003551 fails its check digit: check the number.",
    });
    expect(parse(addDetailFormSchema, { entityId: "1", kind: "vessel", key: "birth_date", value: "1970" }).errors).toHaveProperty("key");
    expect(parse(addDetailFormSchema, { entityId: "1", kind: "vessel", key: "flag", value: "ru" }).data).toEqual({
      entityId: 1,
      attribute: { key: "flag", value: "RU", source: undefined },
    });
  });

  it("a revision: counts are whole numbers; a reported figure needs its source", () => {
    const r = parse(revisionFormSchema, {
      listKey: "k",
      effectiveOn: "2025-06-01",
      added: "-1",
      removed: "0",
      total: "",
      reportedPreviousTotal: "1139",
    });
    expect(Object.keys(r.errors).sort()).toEqual(["added", "reportedSource", "sources", "total"]);
  });

  it("a revision: a new count basis is passed to the command as typed, trimmed; empty means as before", () => {
    const fields = { listKey: "k", effectiveOn: "2025-06-01", added: "10", removed: "0", total: "1413", sources: "https://example.org/r" };
    expect(parse(revisionFormSchema, { ...fields, countBasis: "  HS 10-digit codes " }).data).toMatchObject({
      countBasis: "HS 10-digit codes",
    });
    expect(parse(revisionFormSchema, { ...fields, countBasis: "" }).data).toMatchObject({ countBasis: undefined });
    expect(parse(revisionFormSchema, { ...fields, countBasis: "x".repeat(201) }).errors).toHaveProperty("countBasis");
  });
});

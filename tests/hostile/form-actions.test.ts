import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { createSession } from "@/lib/auth/sessions";
import { runWithSessionToken } from "@/lib/auth/session-token";
import { CLI_ACTOR, createUser } from "@/lib/commands/users";
import * as announcementActions from "@/app/admin/announcements/actions";
import * as entityActions from "@/app/admin/entities/[id]/actions";
import * as revisionActions from "@/app/admin/export-controls/[key]/revisions/new/actions";
import * as userActions from "@/app/admin/users/actions";
import { announcementFormSchemas } from "@/app/admin/announcements/schema";
import { entityFormSchemas } from "@/app/admin/entities/[id]/schema";
import { revisionFormSchemas } from "@/app/admin/export-controls/[key]/revisions/new/schema";
import { changeRoleInputSchema, createUserInputSchema, disableUserInputSchema } from "@/lib/validation/user";
import { seededDb, type TestDb } from "../helpers/db";
import { hostileString } from "./hostile-values";

/**
 * The admin forms' server actions, called as a signed-in editor or admin with
 * FormData built from each form's field names: plausible values mixed with
 * hostile ones, and field names no form has (`__proto__.x`, `name.0`). Each
 * call answers with field errors or a form message, or succeeds (a redirect);
 * it never throws anything else. Afterwards the database passes SQLite's
 * integrity check and no object of the process gained a property.
 */

// The schemas only give the forms' field names, the same in every language.
const announcementForms = announcementFormSchemas("en");
const entityForms = entityFormSchemas("en");
const { revisionFormSchema } = revisionFormSchemas("en");

type Action = (...args: [unknown, FormData] | [FormData]) => Promise<unknown>;

/** Each action with the schema its form is read with (for the field names). */
const ACTIONS: { name: string; action: Action; schema: z.ZodType; role: "editor" | "admin" }[] = [
  {
    name: "createAnnouncement",
    action: announcementActions.createAnnouncementAction as Action,
    schema: announcementForms.announcementCreateFormSchema,
    role: "editor",
  },
  {
    name: "updateAnnouncement",
    action: announcementActions.updateAnnouncementAction as Action,
    schema: announcementForms.announcementEditFormSchema,
    role: "editor",
  },
  {
    name: "enterDesignation",
    action: announcementActions.enterDesignationAction as Action,
    schema: announcementForms.newDesignationFormSchema,
    role: "editor",
  },
  {
    name: "attachDesignation",
    action: announcementActions.attachDesignationAction as Action,
    schema: announcementForms.attachDesignationFormSchema,
    role: "editor",
  },
  { name: "updateEntity", action: entityActions.updateEntityAction as Action, schema: entityForms.entityEditFormSchema, role: "editor" },
  { name: "addName", action: entityActions.addNameAction as Action, schema: entityForms.addNameFormSchema, role: "editor" },
  {
    name: "addIdentifier",
    action: entityActions.addIdentifierAction as Action,
    schema: entityForms.addIdentifierFormSchema,
    role: "editor",
  },
  { name: "addDetail", action: entityActions.addDetailAction as Action, schema: entityForms.addDetailFormSchema, role: "editor" },
  {
    name: "addRelationship",
    action: entityActions.addRelationshipAction as Action,
    schema: entityForms.addRelationshipFormSchema,
    role: "editor",
  },
  {
    name: "updateDesignation",
    action: entityActions.updateDesignationAction as Action,
    schema: entityForms.designationEditFormSchema,
    role: "editor",
  },
  { name: "delist", action: entityActions.delistAction as Action, schema: entityForms.delistFormSchema, role: "editor" },
  {
    name: "withdrawDesignation",
    action: entityActions.withdrawDesignationAction as Action,
    schema: entityForms.withdrawDesignationFormSchema,
    role: "editor",
  },
  {
    name: "withdrawEntity",
    action: entityActions.withdrawEntityAction as Action,
    schema: entityForms.withdrawEntityFormSchema,
    role: "editor",
  },
  { name: "createRevision", action: revisionActions.createRevisionAction as Action, schema: revisionFormSchema, role: "editor" },
  { name: "createUser", action: userActions.createUserAction as Action, schema: createUserInputSchema, role: "admin" },
  { name: "changeRole", action: userActions.changeRoleAction as Action, schema: changeRoleInputSchema, role: "admin" },
  { name: "disableUser", action: userActions.disableUserAction as Action, schema: disableUserInputSchema, role: "admin" },
];

/** The field names of an object schema, through the transforms and pipes around it. */
function fieldsOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let depth = 0; depth < 10 && s; depth++) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape) return Object.keys(shape);
    const def = (s as { _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
  }
  return [];
}

let t: TestDb;
const tokens = { editor: "", admin: "" };
/** A value that lets a form get past its own checks, by field name, so the commands run too. */
const plausible: Record<string, string> = {};

beforeAll(async () => {
  t = seededDb();
  // getDb() opens DATABASE_PATH on first use: the actions write this database.
  process.env.DATABASE_PATH = t.file;
  const cli = { db: t.db, actor: { name: CLI_ACTOR } };
  for (const role of ["editor", "admin"] as const) {
    const id = await createUser(cli, { email: `${role}@example.org`, role, password: "hostile password 123" });
    tokens[role] = createSession(t.db, id).token;
  }
  const one = <T>(query: ReturnType<typeof sql>) => t.db.get<T>(query);
  const entity = one<{ id: number; version: number }>(sql`select id, version from entities order by id limit 1`);
  const designation = one<{ id: number; version: number }>(sql`select id, version from designations order by id limit 1`);
  const announcement = one<{ id: string; version: number }>(sql`select id, version from announcements order by id limit 1`);
  const list = one<{ key: string }>(sql`select key from control_lists limit 1`);
  Object.assign(plausible, {
    entityId: String(entity.id),
    designationId: String(designation.id),
    announcementId: announcement.id,
    id: announcement.id,
    listKey: list.key,
    version: "1",
    kind: "vessel",
    type: "alias",
    name: "HOSTILE TEST",
    value: "HOSTILE VALUE",
    authorityCode: "KR-MOFA",
    title: "A title",
    announcedOn: "2024-06-27",
    effectiveOn: "2024-07-01",
    delistedOn: "2024-08-01",
    reason: "a reason",
    sources: "https://example.org/a",
    source: "https://example.org/a",
    added: "1",
    removed: "0",
    total: "5",
    email: "new@example.org",
    role: "viewer",
    password: "a long enough password",
    userId: "1",
  });
});

afterAll(() => {
  const db = getDb();
  if (db.$client.open) db.$client.close();
  t?.close();
});

/** What a call may end with: a form state (errors or none), nothing (the account actions), or a redirect. */
async function outcomeOf(action: Action, formData: FormData): Promise<"state" | "redirect"> {
  try {
    const result = action.length === 1 ? await action(formData) : await action({ values: {}, errors: {} }, formData);
    if (result !== undefined) {
      expect(result).toEqual(expect.objectContaining({ errors: expect.any(Object) }));
      for (const message of Object.values((result as { errors: Record<string, unknown> }).errors)) expect(message).toMatch(/\S/);
    }
    return "state";
  } catch (err) {
    const digest = (err as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return "redirect";
    throw err;
  }
}

const ODD_NAMES = [
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "names.0",
  "name.0",
  "names.999.value",
  "sources.0",
  "$ACTION_ID_x",
  "toString.x",
];

describe("admin form actions under hostile values", () => {
  test.each(ACTIONS)("$name answers field errors or succeeds, never throws", async ({ action, schema, role }) => {
    const fields = fieldsOf(schema);
    expect(fields.length).toBeGreaterThan(0);
    const formArb = fc.record({
      values: fc.tuple(
        ...fields.map((f) =>
          fc.oneof(
            { weight: 2, arbitrary: fc.constant(plausible[f] ?? "x") },
            { weight: 1, arbitrary: hostileString },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
        ),
      ),
      odd: fc.subarray(ODD_NAMES, { maxLength: 2 }),
      oddValue: hostileString,
    });
    await fc.assert(
      fc.asyncProperty(formArb, async ({ values, odd, oddValue }) => {
        const formData = new FormData();
        fields.forEach((f, i) => {
          if (values[i] !== undefined) formData.append(f, values[i]);
        });
        for (const name of odd) formData.append(name, oddValue);
        await runWithSessionToken(tokens[role], () => outcomeOf(action, formData));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype.toString as unknown as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  test("the database is intact afterwards", () => {
    expect(getDb().all<{ integrity_check: string }>(sql`pragma integrity_check`)).toEqual([{ integrity_check: "ok" }]);
    expect(getDb().all(sql`pragma foreign_key_check`)).toEqual([]);
  });
});

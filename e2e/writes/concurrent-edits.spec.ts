import { upsertEntity } from "@/lib/commands";
import { CLI_ACTOR } from "@/lib/commands/users";
import { ENTITY_EDIT_FIELDS, readForm, signIn, submitForm, withValues, type Submission } from "@/scripts/lib/admin-http";
import { createTestUser, e2eDb, expect, test } from "../fixtures/auth";

/**
 * 200 admin edits at once over HTTP, as browsers without JavaScript send them
 * (scripts/lib/admin-http.ts): three records edited 50 times each from forms
 * opened at the same version, so one edit of each applies and the other 49
 * are refused as conflicts; and 50 records edited once each, which all apply.
 * Nobody sees a 500 or "database is busy"; the audit log holds exactly the
 * applied edits; each record's version went up by its applied edits.
 */
const HOT = 3;
const EDITS_PER_HOT = 50;
const COLD = 50;

let counter = 0;
const unique = (label: string) => `${label} ${process.pid}-${Date.now().toString(36)}-${++counter}`;

test("200 concurrent edits: conflicts refused, the rest applied, each once in the audit log", async ({ baseURL }) => {
  test.slow();
  const editor = await createTestUser("editor", "concurrent");
  const http = await signIn(baseURL!, editor.email, editor.password);

  // Records of their own, so no other spec's edits count here.
  const ids = Array.from(
    { length: HOT + COLD },
    (_, i) =>
      upsertEntity({ db: e2eDb(), actor: { name: CLI_ACTOR } }, { kind: "organization", name: unique(`Concurrent Test Co ${i}`) }).id,
  );
  const versionOf = (id: number) => e2eDb().$client.prepare("SELECT version FROM entities WHERE id = ?").pluck().get(id) as number;
  const startVersion = new Map(ids.map((id) => [id, versionOf(id)]));

  // Each record's form, opened once: every edit of a record carries the version it was opened at.
  const forms = new Map(
    await Promise.all(ids.map(async (id) => [id, await readForm(http, `/admin/entities/${id}`, ENTITY_EDIT_FIELDS)] as const)),
  );
  const edits = [...ids.slice(0, HOT).flatMap((id) => Array.from({ length: EDITS_PER_HOT }, () => id)), ...ids.slice(HOT)];
  expect(edits).toHaveLength(200);

  const results: { id: number; result: Submission }[] = await Promise.all(
    edits.map(async (id, i) => ({
      id,
      result: await submitForm(http, `/admin/entities/${id}`, withValues(forms.get(id)!, { remarks: `Concurrent edit ${i}` })),
    })),
  );

  for (const { id, result } of results) {
    expect(result.body, `entity ${id}: HTTP ${result.status}`).not.toMatch(/SQLITE_BUSY|database is (busy|locked)/i);
    expect(["applied", "conflict"], `entity ${id}: HTTP ${result.status}, ${result.outcome}`).toContain(result.outcome);
  }
  const applied = (id: number) => results.filter((r) => r.id === id && r.result.outcome === "applied").length;
  for (const id of ids.slice(0, HOT)) expect(applied(id), `hot entity ${id}`).toBe(1);
  for (const id of ids.slice(HOT)) expect(applied(id), `entity ${id}`).toBe(1);
  const appliedTotal = results.filter((r) => r.result.outcome === "applied").length;
  expect(appliedTotal).toBe(HOT + COLD);

  // The audit log, as an editor reads it: one entry per applied edit, none for a refused one.
  const audit = await fetch(`${baseURL}/api/admin/audit?actor=user:${editor.id}`, { headers: { cookie: http.cookie } });
  expect(audit.status).toBe(200);
  const log = (await audit.json()) as { total: number; items: { action: string }[] };
  expect(log.total).toBe(appliedTotal);
  for (const id of ids) expect(versionOf(id), `entity ${id}`).toBe(startVersion.get(id)! + applied(id));
});

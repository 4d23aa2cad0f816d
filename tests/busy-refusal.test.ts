import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { updateEntityAction } from "@/app/admin/entities/[id]/actions";
import { signIn } from "@/app/signin/actions";
import { POST as signOut } from "@/app/signout/route";
import { getDb, openDatabase } from "@/db/client";
import { runWithSessionToken } from "@/lib/auth/session-token";
import { SESSION_COOKIE, createSession } from "@/lib/auth/sessions";
import { CLI_ACTOR, createUser, upsertEntity } from "@/lib/commands";
import { messagesFor } from "@/lib/i18n";
import { createTestDb, type TestDb } from "./helpers/db";

/**
 * An import runs as one transaction of many seconds (11 s for a first OFAC
 * list on a loaded machine), holding the write lock; an admin edit meanwhile
 * waits busy_timeout (5 s), then SQLite says "database is locked". The form
 * says so in words and keeps what was typed, instead of a server error; once
 * the lock is gone the same submission applies.
 */
// The sign-in action reads the request's headers and sets a cookie: outside a
// request, Next's request store stands in as an empty header list and a jar.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers()),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
}));

let t: TestDb;
let token: string;
let entityId: number;

beforeAll(async () => {
  t = createTestDb();
  // getDb() opens DATABASE_PATH on first use: the action writes this database.
  process.env.DATABASE_PATH = t.file;
  const cli = { db: t.db, actor: { name: CLI_ACTOR } };
  const editor = await createUser(cli, { email: "editor@example.org", role: "editor", password: "busy password 123" });
  token = createSession(t.db, editor).token;
  entityId = upsertEntity(cli, { kind: "organization", name: "Busy Test Co" }).id;
});

afterAll(() => {
  const db = getDb();
  if (db.$client.open) db.$client.close();
  t?.close();
});

function editForm(): FormData {
  const form = new FormData();
  form.set("entityId", String(entityId));
  form.set("version", "1");
  form.set("name", "Busy Test Co");
  form.set("remarks", "Edited while an import ran");
  return form;
}

const submit = () => runWithSessionToken(token, () => updateEntityAction({ values: {}, errors: {} }, editForm()));

describe("an admin edit while another process holds the write lock", { timeout: 60_000 }, () => {
  it("is refused with the form's words and its values kept, and applies once the lock is gone", async () => {
    // Another connection stands for the import: a write transaction left open.
    const importer = openDatabase(t.file);
    importer.$client.exec("BEGIN IMMEDIATE");
    let during;
    try {
      during = await submit();
    } finally {
      importer.$client.exec("ROLLBACK");
      importer.$client.close();
    }
    expect(during.errors).toEqual({ form: messagesFor("en").admin.form.busy });
    expect(during.values).toMatchObject({ remarks: "Edited while an import ran" });
    const logged = () => t.db.$client.prepare("SELECT count(*) FROM change_log WHERE action = 'entity.update'").pluck().get();
    expect(logged()).toBe(0);

    // The same submission again: applied (the action redirects, which Next does by throwing).
    await expect(submit()).rejects.toMatchObject({ digest: expect.stringContaining(`/admin/entities/${entityId}?done=saved`) });
    expect(logged()).toBe(1);
  });
});

/** Runs `fn` while another connection (standing for an import) holds the write lock. */
async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
  const importer = openDatabase(t.file);
  importer.$client.exec("BEGIN IMMEDIATE");
  try {
    return await fn();
  } finally {
    importer.$client.exec("ROLLBACK");
    importer.$client.close();
  }
}

describe("signing in and out while another process holds the write lock", { timeout: 60_000 }, () => {
  const signInForm = () => {
    const form = new FormData();
    form.set("email", "editor@example.org");
    form.set("password", "busy password 123");
    return form;
  };

  it("sign-in says the database is busy, keeps the email and sets no cookie; it succeeds afterwards", async () => {
    jar.clear();
    const during = await whileLocked(() => signIn({ values: { email: "" }, errors: {} }, signInForm()));
    expect(during).toEqual({ values: { email: "editor@example.org" }, errors: { form: messagesFor("en").auth.signIn.busy } });
    expect(jar.has(SESSION_COOKIE)).toBe(false);

    await expect(signIn({ values: { email: "" }, errors: {} }, signInForm())).rejects.toMatchObject({
      digest: expect.stringContaining("/admin"),
    });
    expect(jar.has(SESSION_COOKIE)).toBe(true);
  });

  it("sign-out answers 503 with the reason and keeps the session; it ends it afterwards", async () => {
    const request = () =>
      new NextRequest("http://127.0.0.1/signout", { method: "POST", headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const during = await whileLocked(() => Promise.resolve(signOut(request())));
    expect(during.status).toBe(503);
    expect(await during.text()).toBe(messagesFor("en").auth.signOut.busy);
    const live = () =>
      t.db.$client
        .prepare("SELECT count(*) FROM sessions WHERE revoked_at IS NULL AND user_id = (SELECT id FROM users WHERE email = ?)")
        .pluck()
        .get("editor@example.org");
    const before = live() as number;
    expect(before).toBeGreaterThan(0);

    const after = await signOut(request());
    expect(after.status).toBe(303);
    expect(live()).toBe(before - 1);
  });
});

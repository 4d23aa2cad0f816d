import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeLog, loginAttempts, sessions, users } from "@/db/schema";
import { DomainError } from "@/lib/commands/context";
import { CLI_ACTOR, PermissionError, changeRole, createUser, disableUser, enableUser, revokeSessions } from "@/lib/commands/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hasRole } from "@/lib/domain/roles";
import {
  SESSION_LIFETIME_MS,
  createSession,
  findSessionUser,
  hashToken,
  isHttpsRequest,
  revokeSession,
  sessionCookieOptions,
} from "@/lib/auth/sessions";
import { THROTTLE, authenticate, clientAddress, lockedUntil } from "@/lib/auth/sign-in";
import { createTestDb, type TestDb } from "./helpers/db";

const PASSWORD = "correct horse battery staple";
const cli = (t: TestDb) => ({ db: t.db, actor: { name: CLI_ACTOR } });
const asUser = (t: TestDb, id: number) => ({ db: t.db, actor: { name: `user:${id}`, userId: id } });
const minutes = (n: number) => n * 60 * 1000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** The DomainError (or other error) a call throws, to look at its fields. */
async function caught(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error("expected an error");
}

describe("passwords (argon2id)", () => {
  it("hashes with argon2id and a salt, and verifies", async () => {
    const h1 = await hashPassword(PASSWORD);
    const h2 = await hashPassword(PASSWORD);
    expect(h1).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(h1).not.toBe(h2);
    expect(await verifyPassword(h1, PASSWORD)).toBe(true);
    expect(await verifyPassword(h1, `${PASSWORD} `)).toBe(false);
    expect(await verifyPassword("not a hash", PASSWORD)).toBe(false);
  });
});

describe("roles", () => {
  it("orders viewer < editor < admin", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "admin")).toBe(false);
  });
});

describe("sessions", () => {
  let t: TestDb;
  let userId: number;
  const start = new Date("2026-03-01T10:00:00.000Z");
  beforeEach(async () => {
    t = createTestDb();
    userId = await createUser(cli(t), { email: "Editor@Example.org", role: "editor", password: PASSWORD });
  });
  afterEach(() => t.close());

  it("stores only the token's SHA-256 and finds the user by the token", () => {
    const { token, expiresAt } = createSession(t.db, userId, start);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - start.getTime()).toBe(SESSION_LIFETIME_MS);
    const rows = t.db.select().from(sessions).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(hashToken(token));
    expect(rows[0]!.id).not.toContain(token);

    const user = findSessionUser(t.db, token, at(start, minutes(5)));
    expect(user).toMatchObject({ id: userId, email: "editor@example.org", role: "editor" });
    expect(findSessionUser(t.db, `${token.slice(0, -1)}x`, start)).toBeNull();
    expect(findSessionUser(t.db, undefined, start)).toBeNull();
    expect(findSessionUser(t.db, rows[0]!.id, start)).toBeNull(); // the stored hash is not a token
  });

  it("is not found after revocation", () => {
    const { token } = createSession(t.db, userId, start);
    expect(revokeSession(t.db, token, at(start, minutes(1)))).toBe(true);
    expect(findSessionUser(t.db, token, at(start, minutes(2)))).toBeNull();
    expect(revokeSession(t.db, token, at(start, minutes(3)))).toBe(false);
  });

  it("is not found after it expires (a fixed lifetime)", () => {
    const { token } = createSession(t.db, userId, start);
    expect(findSessionUser(t.db, token, at(start, SESSION_LIFETIME_MS - 1))).not.toBeNull();
    expect(findSessionUser(t.db, token, at(start, SESSION_LIFETIME_MS))).toBeNull();
  });

  it("is not found for a disabled user, at once, and stays revoked after enabling", () => {
    const { token } = createSession(t.db, userId, start);
    expect(disableUser({ ...cli(t), now: at(start, minutes(1)).toISOString() }, { userId })).toBe(true);
    expect(findSessionUser(t.db, token, at(start, minutes(2)))).toBeNull();
    expect(t.db.select().from(sessions).get()!.revokedAt).toBe(at(start, minutes(1)).toISOString());
    expect(enableUser(cli(t), { userId })).toBe(true);
    expect(findSessionUser(t.db, token, at(start, minutes(3)))).toBeNull();
  });

  it("a disabled user is refused even with a session row left live", () => {
    const { token } = createSession(t.db, userId, start);
    // Not through a command: proves the per-request check on users.disabled_at alone.
    t.db.update(users).set({ disabledAt: start.toISOString() }).where(eq(users.id, userId)).run();
    expect(findSessionUser(t.db, token, at(start, minutes(1)))).toBeNull();
  });

  it("revokeSessions ends every live session of the user and logs it once", () => {
    const a = createSession(t.db, userId, start);
    const b = createSession(t.db, userId, start);
    const later = { ...cli(t), now: at(start, minutes(1)).toISOString() };
    expect(findSessionUser(t.db, a.token, at(start, minutes(1)))).not.toBeNull();
    expect(revokeSessions(later, { userId })).toBe(2);
    expect(findSessionUser(t.db, a.token, at(start, minutes(2)))).toBeNull();
    expect(findSessionUser(t.db, b.token, at(start, minutes(2)))).toBeNull();
    expect(revokeSessions(later, { userId })).toBe(0); // nothing to do: nothing written
    const logged = t.db.select().from(changeLog).where(eq(changeLog.action, "user.sessions.revoke")).all();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.after).toEqual({ sessionsRevoked: 2 });
  });

  it("sets Secure on the cookie only for https requests", () => {
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsRequest(new Headers())).toBe(false);
    expect(sessionCookieOptions(false, start)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", expires: start });
  });
});

describe("sign-in throttling", () => {
  let t: TestDb;
  const start = new Date("2026-03-01T10:00:00.000Z");
  const email = "editor@example.org";
  beforeEach(async () => {
    t = createTestDb();
    await createUser(cli(t), { email, role: "editor", password: PASSWORD });
  });
  afterEach(() => t.close());

  const tryAt = (ms: number, password: string, who = email, address: string | null = null) =>
    authenticate(t.db, { email: who, password, address }, at(start, ms));

  it("signs in with the right password and refuses a wrong one", async () => {
    expect(await tryAt(0, PASSWORD)).toMatchObject({ ok: true, user: { email, role: "editor" } });
    expect(await tryAt(1000, "wrong password")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account for 15 minutes after 5 failures within 15 minutes, even for the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await tryAt(minutes(2 * i), "wrong")).ok).toBe(false);
    // The fifth failure was at +8 min: locked until +23 min.
    const refused = await tryAt(minutes(9), PASSWORD);
    expect(refused).toEqual({ ok: false, reason: "locked", until: at(start, minutes(23)) });
    expect(await tryAt(minutes(22), PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
    // Refused tries do not lengthen the lock.
    expect(lockedUntil(t.db, { email }, at(start, minutes(22)))).toEqual(at(start, minutes(23)));
    expect(await tryAt(minutes(23), PASSWORD)).toMatchObject({ ok: true });
    const outcomes = t.db
      .select({ o: loginAttempts.outcome })
      .from(loginAttempts)
      .all()
      .map((r) => r.o);
    expect(outcomes).toEqual(["failure", "failure", "failure", "failure", "failure", "refused", "refused", "success"]);
  });

  it("does not lock for 5 failures spread over more than 15 minutes, and a success clears the count", async () => {
    for (let i = 0; i < 5; i++) await tryAt(minutes(4 * i), "wrong"); // 0, 4, 8, 12, 16 min
    expect(lockedUntil(t.db, { email }, at(start, minutes(17)))).toBeNull();
    expect((await tryAt(minutes(17), PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await tryAt(minutes(18 + i), "wrong");
    expect((await tryAt(minutes(22.5), PASSWORD)).ok).toBe(true); // 4 failures since the success
  });

  it("locks an unknown account the same way, saying no more than for a wrong password", async () => {
    const ghost = "nobody@example.org";
    for (let i = 0; i < 5; i++) expect(await tryAt(i * 1000, "wrong", ghost)).toEqual({ ok: false, reason: "invalid" });
    expect(await tryAt(6000, "wrong", ghost)).toMatchObject({ ok: false, reason: "locked" });
    // The real account is not affected.
    expect((await tryAt(7000, PASSWORD)).ok).toBe(true);
  });

  it("gives a disabled account the wrong-password answer", async () => {
    const id = t.db.select().from(users).get()!.id;
    disableUser(cli(t), { userId: id });
    expect(await tryAt(0, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("limits one address only when it comes from the trusted proxy header", async () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(clientAddress(headers, undefined)).toBeNull(); // no trusted header configured
    expect(clientAddress(headers, "x-real-ip")).toBeNull(); // configured header absent
    expect(clientAddress(headers, "x-forwarded-for")).toBe("198.51.100.7"); // the entry our proxy added
    expect(clientAddress(new Headers({ "x-forwarded-for": "not-an-ip" }), "x-forwarded-for")).toBeNull();

    const address = clientAddress(headers, "x-forwarded-for")!;
    // 20 failures on 20 different accounts from one address within 15 minutes.
    for (let i = 0; i < THROTTLE.addressFailures; i++) await tryAt(i * 1000, "wrong", `user${i}@example.org`, address);
    expect(lockedUntil(t.db, { address }, at(start, 30_000))).toEqual(at(start, (THROTTLE.addressFailures - 1) * 1000 + THROTTLE.lockMs));
    // The real account, right password, from that address: refused; from another: fine.
    expect(await tryAt(30_000, PASSWORD, email, address)).toMatchObject({ ok: false, reason: "locked" });
    expect((await tryAt(31_000, PASSWORD, email, "192.0.2.1")).ok).toBe(true);
    // Without the trusted header there is no address, and the same failures lock nothing but their accounts.
    expect((await tryAt(32_000, PASSWORD, email, null)).ok).toBe(true);
  });

  it("forgets attempts older than a day", async () => {
    await tryAt(0, "wrong");
    await tryAt(THROTTLE.keepMs + 1000, "wrong");
    expect(t.db.select().from(loginAttempts).all()).toHaveLength(1);
  });
});

describe("account commands", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
  });
  afterEach(() => t.close());

  it("createUser normalizes the email, hashes the password and logs the change without the hash", async () => {
    const id = await createUser(cli(t), { email: "  New.Admin@Example.ORG ", name: " Ada ", role: "admin", password: PASSWORD });
    const row = t.db.select().from(users).where(eq(users.id, id)).get()!;
    expect(row).toMatchObject({ email: "new.admin@example.org", name: "Ada", role: "admin", disabledAt: null });
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    const log = t.db.select().from(changeLog).all();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "user.create", subjectType: "user", subjectId: String(id), actor: "cli", userId: null });
    expect(log[0]!.after).toMatchObject({ email: "new.admin@example.org", name: "Ada", role: "admin" });
    expect(JSON.stringify(log[0])).not.toContain("argon2");
  });

  it.each([
    ["a short password", { email: "a@example.org", role: "editor", password: "short" }, "password"],
    ["a bad email", { email: "not-an-email", role: "editor", password: PASSWORD }, "email"],
    ["an unknown role", { email: "a@example.org", role: "owner", password: PASSWORD }, "role"],
  ])("createUser refuses %s with a DomainError naming the field", async (_what, input, field) => {
    const err = await caught(() => createUser(cli(t), input as never));
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).kind).toBe("invalid");
    expect((err as DomainError).issues.map((i) => i.path)).toContain(field);
    expect(t.db.select().from(users).all()).toHaveLength(0);
    expect(t.db.select().from(changeLog).all()).toHaveLength(0);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await createUser(cli(t), { email: "a@example.org", role: "editor", password: PASSWORD });
    const err = await caught(() => createUser(cli(t), { email: "A@Example.org", role: "viewer", password: PASSWORD }));
    expect(err).toMatchObject({ kind: "conflict", issues: [{ path: "email" }] });
  });

  it("changes roles, disables and enables with change-log rows by the acting admin", async () => {
    const adminId = await createUser(cli(t), { email: "admin@example.org", role: "admin", password: PASSWORD });
    const userId = await createUser(asUser(t, adminId), { email: "ed@example.org", role: "editor", password: PASSWORD });
    expect(changeRole(asUser(t, adminId), { userId, role: "viewer" })).toBe(true);
    expect(changeRole(asUser(t, adminId), { userId, role: "viewer" })).toBe(false); // no change, nothing written
    expect(disableUser(asUser(t, adminId), { userId, reason: "left the team" })).toBe(true);
    expect(disableUser(asUser(t, adminId), { userId })).toBe(false);
    expect(enableUser(asUser(t, adminId), { userId })).toBe(true);

    const log = t.db.select().from(changeLog).all();
    expect(log.map((r) => r.action)).toEqual(["user.create", "user.create", "user.role", "user.disable", "user.enable"]);
    const byAdmin = log.slice(1);
    for (const r of byAdmin) expect(r).toMatchObject({ actor: `user:${adminId}`, userId: adminId, subjectId: String(userId) });
    expect(log[2]).toMatchObject({ before: { role: "editor" }, after: { role: "viewer" } });
    expect(log[3]).toMatchObject({ reason: "left the team", after: { sessionsRevoked: 0 } });
  });

  it("refuses unknown accounts and bad ids", async () => {
    expect(await caught(() => changeRole(cli(t), { userId: 999, role: "admin" }))).toMatchObject({ kind: "not_found" });
    expect(await caught(() => disableUser(cli(t), { userId: "abc" }))).toMatchObject({ kind: "invalid" });
  });

  it("never leaves the tracker without an active administrator", async () => {
    const adminId = await createUser(cli(t), { email: "admin@example.org", role: "admin", password: PASSWORD });
    expect(await caught(() => changeRole(asUser(t, adminId), { userId: adminId, role: "editor" }))).toMatchObject({ kind: "conflict" });
    expect(await caught(() => disableUser(asUser(t, adminId), { userId: adminId }))).toMatchObject({ kind: "conflict" });
    const second = await createUser(cli(t), { email: "second@example.org", role: "admin", password: PASSWORD });
    expect(changeRole(asUser(t, second), { userId: adminId, role: "editor" })).toBe(true);
  });

  it("a non-admin, a disabled admin or an unnamed actor cannot perform account commands", async () => {
    const adminId = await createUser(cli(t), { email: "admin@example.org", role: "admin", password: PASSWORD });
    const editorId = await createUser(cli(t), { email: "ed@example.org", role: "editor", password: PASSWORD });
    const other = await createUser(cli(t), { email: "other@example.org", role: "admin", password: PASSWORD });
    const before = t.db.select().from(changeLog).all().length;

    const attempts: [string, () => unknown][] = [
      ["create", () => createUser(asUser(t, editorId), { email: "x@example.org", role: "admin", password: PASSWORD })],
      ["promote self", () => changeRole(asUser(t, editorId), { userId: editorId, role: "admin" })],
      ["disable", () => disableUser(asUser(t, editorId), { userId: adminId })],
      ["revoke", () => revokeSessions(asUser(t, editorId), { userId: adminId })],
      ["unknown user id", () => changeRole(asUser(t, 9999), { userId: editorId, role: "admin" })],
      ["seed actor", () => changeRole({ db: t.db, actor: { name: "seed" } }, { userId: editorId, role: "admin" })],
    ];
    for (const [, run] of attempts) expect(await caught(run)).toBeInstanceOf(PermissionError);

    disableUser(asUser(t, adminId), { userId: other });
    expect(await caught(() => enableUser(asUser(t, other), { userId: other }))).toBeInstanceOf(PermissionError);

    expect(t.db.select().from(users).where(eq(users.id, editorId)).get()!.role).toBe("editor");
    expect(t.db.select().from(changeLog).all().length).toBe(before + 1); // only the admin's disable
  });
});

describe("authorizeRequest (API routes)", () => {
  let t: TestDb;
  const saved = process.env.DATABASE_PATH;
  beforeEach(() => {
    t = createTestDb();
    // getDb() opens DATABASE_PATH on first use and keeps it: point it at this test's file.
    process.env.DATABASE_PATH = t.file;
    (globalThis as { trackerDb?: unknown }).trackerDb = undefined;
  });
  afterEach(() => {
    (globalThis as { trackerDb?: { $client: { close(): void } } }).trackerDb?.$client.close();
    (globalThis as { trackerDb?: unknown }).trackerDb = undefined;
    process.env.DATABASE_PATH = saved;
    t.close();
  });

  const request = (token?: string) =>
    new Request("http://localhost/api/x", { headers: token ? { cookie: `other=1; tracker_session=${token}` } : {} });

  it("answers 401 without a session, 403 for too low a role, and the user otherwise", async () => {
    const { authorizeRequest } = await import("@/lib/auth/guard");
    const viewer = await createUser(cli(t), { email: "v@example.org", role: "viewer", password: PASSWORD });
    const editor = await createUser(cli(t), { email: "e@example.org", role: "editor", password: PASSWORD });

    const anonymous = authorizeRequest(request(), "editor") as Response;
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "unauthenticated", reason: expect.any(String) });

    const low = authorizeRequest(request(createSession(t.db, viewer).token), "editor") as Response;
    expect(low.status).toBe(403);
    expect(await low.json()).toEqual({ error: "forbidden", reason: "This needs the editor role or a higher one." });

    const ok = authorizeRequest(request(createSession(t.db, editor).token), "editor");
    expect(ok).toMatchObject({ id: editor, role: "editor" });
  });
});

describe("configuration", () => {
  it("reads TRUSTED_PROXY_HEADER as a lower-case header name, and refuses anything else", async () => {
    const { ConfigError, readConfig } = await import("@/lib/config");
    expect(readConfig({}).trustedProxyHeader).toBeUndefined();
    expect(readConfig({ TRUSTED_PROXY_HEADER: "X-Forwarded-For" }).trustedProxyHeader).toBe("x-forwarded-for");
    expect(() => readConfig({ TRUSTED_PROXY_HEADER: "x-forwarded-for: 1.2.3.4" })).toThrow(ConfigError);
  });
});

describe("where sign-in returns to", () => {
  it("accepts only paths of this site, never the sign-in or sign-out pages", async () => {
    const { safeNextPath } = await import("@/lib/auth/guard");
    expect(safeNextPath("/admin/users?x=1#top")).toBe("/admin/users?x=1#top");
    expect(safeNextPath("/admin/../entities")).toBe("/entities");
    for (const bad of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "admin",
      "",
      "/a\nb",
      "/signin?next=/admin",
      "/signout",
      null,
      42,
    ]) {
      expect(safeNextPath(bad)).toBeNull();
    }
  });
});

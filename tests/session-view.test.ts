import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSession, revokeSession, SESSION_LIFETIME_MS } from "@/lib/auth/sessions";
import { sessionView } from "@/lib/auth/session-view";
import { CLI_ACTOR, createUser, disableUser } from "@/lib/commands/users";
import { createTestDb, type TestDb } from "./helpers/db";

describe("sessionView (the JSON of GET /api/session)", () => {
  let t: TestDb;
  let userId: number;
  beforeEach(async () => {
    t = createTestDb();
    userId = await createUser(
      { db: t.db, actor: { name: CLI_ACTOR } },
      { email: "ed@example.org", role: "editor", password: "session view password", name: "Ed" },
    );
  });
  afterEach(() => t.close());

  it("names the account and its role for a live session, and nothing more", () => {
    const { token } = createSession(t.db, userId);
    expect(sessionView(t.db, token)).toEqual({ signedIn: true, email: "ed@example.org", name: "Ed", role: "editor" });
  });

  it("is signed out without a cookie, with a malformed or unknown token", () => {
    expect(sessionView(t.db, undefined)).toEqual({ signedIn: false });
    expect(sessionView(t.db, "not a token")).toEqual({ signedIn: false });
    expect(sessionView(t.db, "A".repeat(43))).toEqual({ signedIn: false });
  });

  it("is signed out once the session has expired or was revoked", () => {
    const { token } = createSession(t.db, userId);
    expect(sessionView(t.db, token, new Date(Date.now() + SESSION_LIFETIME_MS + 1000))).toEqual({ signedIn: false });
    revokeSession(t.db, token);
    expect(sessionView(t.db, token)).toEqual({ signedIn: false });
  });

  it("is signed out when the account is disabled", () => {
    const { token } = createSession(t.db, userId);
    disableUser({ db: t.db, actor: { name: CLI_ACTOR } }, { userId, reason: "left" });
    expect(sessionView(t.db, token)).toEqual({ signedIn: false });
  });
});

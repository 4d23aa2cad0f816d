import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { sessions, users, type Role } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";

/**
 * Sessions live in the database, so they can be revoked. The browser holds a
 * random 32-byte token; the table holds only its SHA-256 (`sessions.id`), so a
 * copy of the database does not let anyone sign in.
 *
 * Lifetime: FIXED, 30 days from sign-in, not sliding. Pages are server
 * components, which cannot set cookies, so a sliding lifetime would need a
 * write on every request from a proxy or middleware; a fixed one also bounds
 * how long a stolen cookie is good for. Signing out, an administrator revoking
 * the sessions, or disabling the account ends a session at once: every request
 * reads the session and its user afresh.
 *
 * These functions take the database and the time explicitly, so tests and the
 * e2e fixture use them without Next; `lib/auth/guard.ts` connects them to the
 * request's cookies.
 */

export const SESSION_COOKIE = "tracker_session";
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type SessionUser = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** The session's id (the token's hash), to revoke this one session. */
  sessionId: string;
  sessionExpiresAt: string;
};

/** A token is 32 random bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Opens a session for a user; returns the token for the cookie (shown once, never stored). */
export function createSession(db: DbOrTx, userId: number, now: Date = new Date()): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  db.insert(sessions)
    .values({ id: hashToken(token), userId, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
    .run();
  return { token, expiresAt };
}

/**
 * The user of a session token, or null: the session must exist, not be
 * revoked, not have expired, and its user must not be disabled.
 */
export function findSessionUser(db: DbOrTx, token: string | null | undefined, now: Date = new Date()): SessionUser | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionId: sessions.id,
      sessionExpiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, hashToken(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now.toISOString()),
        isNull(users.disabledAt),
      ),
    )
    .get();
  return row ?? null;
}

/** Ends the session of a token (signing out). Returns whether a live session was ended. */
export function revokeSession(db: DbOrTx, token: string | null | undefined, now: Date = new Date()): boolean {
  if (!token || !TOKEN_PATTERN.test(token)) return false;
  const result = db
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt)))
    .run();
  return result.changes > 0;
}

/**
 * Ends every live session of a user; returns how many. Called by the account
 * commands (disableUser, revokeSessions) inside their transaction.
 */
export function revokeUserSessions(db: DbOrTx, userId: number, now: Date = new Date()): number {
  const at = now.toISOString();
  const result = db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, at)))
    .run();
  return result.changes;
}

/**
 * Whether the request reached us over https. Next fills `x-forwarded-proto`
 * from the socket when no proxy has set it, and a TLS-terminating proxy sets it
 * to `https`. A client that forges it only changes the flags of its own cookie.
 */
export function isHttpsRequest(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

export type CookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires: Date;
};

/**
 * The session cookie's attributes. `Secure` whenever the request came over
 * https (whatever NODE_ENV), and not over plain http: `npm start` serves
 * http://localhost, where a browser would not send a Secure cookie back
 * (curl, older browsers and any non-localhost http address), and sign-in would
 * silently fail. SameSite=Lax keeps the cookie off cross-site POSTs (CSRF);
 * httpOnly keeps it from scripts.
 */
export function sessionCookieOptions(secure: boolean, expires: Date): CookieOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", expires };
}

/** The attributes that delete the cookie (same path and flags, a date in the past). */
export function expiredCookieOptions(secure: boolean): CookieOptions {
  return sessionCookieOptions(secure, new Date(0));
}

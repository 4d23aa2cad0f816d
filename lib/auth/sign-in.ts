import "server-only";
import { isIP } from "node:net";
import { and, desc, eq, gte, lt } from "drizzle-orm";
import { loginAttempts, users, type LoginOutcome, type Role } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { dummyPasswordHash, verifyPassword } from "./password";

/**
 * Checking a sign-in, with throttling.
 *
 * Per account: 5 failed sign-ins within 15 minutes lock the account's sign-in
 * for 15 minutes from the fifth failure. While locked, every try is refused
 * (even with the right password) and does not count as a failure, so trying
 * harder does not lengthen the lock. A success clears the account's count.
 * The account is the email address as typed (normalized), whether or not an
 * account has it, so a lock says no more about existence than a wrong
 * password does.
 *
 * Per client address: 20 failures within 15 minutes lock sign-in from that
 * address for 15 minutes, for every account. Only when the address comes from
 * the trusted proxy header (TRUSTED_PROXY_HEADER): without a proxy in front,
 * the app cannot tell clients apart, and a header the client sets itself is
 * worthless. A success does not clear an address's count (one could sign in to
 * one's own account between guesses).
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  accountFailures: 5,
  addressFailures: 20,
  /** Attempts older than this are deleted as new ones arrive. */
  keepMs: 24 * 60 * 60 * 1000,
} as const;

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string | null; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

type Key = { email: string } | { address: string };

/** The time a lock on this account or address ends, if one is on at `now`. */
export function lockedUntil(db: DbOrTx, key: Key, now: Date): Date | null {
  const threshold = "email" in key ? THROTTLE.accountFailures : THROTTLE.addressFailures;
  // A lock still on at `now` began with a failure after now - lock, in a window starting after now - lock - window.
  const since = new Date(now.getTime() - THROTTLE.lockMs - THROTTLE.windowMs).toISOString();
  const keyCondition = "email" in key ? eq(loginAttempts.email, key.email) : eq(loginAttempts.address, key.address);
  const rows = db
    .select({ outcome: loginAttempts.outcome, at: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(and(keyCondition, gte(loginAttempts.attemptedAt, since)))
    .orderBy(desc(loginAttempts.attemptedAt), desc(loginAttempts.id))
    .all();
  const failures: number[] = [];
  for (const r of rows) {
    if (r.outcome === "success" && "email" in key) break; // a success clears the account's count
    if (r.outcome === "failure") failures.push(Date.parse(r.at));
  }
  // Newest first: the most recent run of `threshold` failures within the window gives the latest lock.
  for (let i = 0; i + threshold - 1 < failures.length; i++) {
    const last = failures[i]!;
    const first = failures[i + threshold - 1]!;
    if (last - first <= THROTTLE.windowMs) {
      const until = last + THROTTLE.lockMs;
      return until > now.getTime() ? new Date(until) : null;
    }
  }
  return null;
}

function recordAttempt(db: DbOrTx, email: string, address: string | null, outcome: LoginOutcome, now: Date): void {
  db.insert(loginAttempts).values({ email, address, outcome, attemptedAt: now.toISOString() }).run();
  db.delete(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - THROTTLE.keepMs).toISOString()))
    .run();
}

/**
 * Checks an email (already normalized by the sign-in schema) and password.
 * Unknown account, wrong password and disabled account give the same answer
 * and take the same time (a password hash is verified in every case).
 */
export async function authenticate(
  db: DbOrTx,
  input: { email: string; password: string; address?: string | null },
  now: Date = new Date(),
): Promise<SignInResult> {
  const address = input.address ?? null;
  const locks = [lockedUntil(db, { email: input.email }, now), address ? lockedUntil(db, { address }, now) : null];
  const until = locks.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  if (until) {
    recordAttempt(db, input.email, address, "refused", now);
    return { ok: false, reason: "locked", until };
  }

  const user = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      hash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, input.email))
    .get();
  const matches = await verifyPassword(user?.hash ?? (await dummyPasswordHash()), input.password);
  const ok = !!user && matches && user.disabledAt === null;
  recordAttempt(db, input.email, address, ok ? "success" : "failure", now);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/**
 * The client's address from the trusted proxy header, or null when none is
 * configured or the header is missing or malformed. In a list
 * (`x-forwarded-for: client, proxy1`) the LAST entry is the one our proxy
 * added; earlier ones were sent by the client and could be anything.
 */
export function clientAddress(headers: Headers, trustedHeader: string | undefined): string | null {
  if (!trustedHeader) return null;
  const value = headers.get(trustedHeader);
  if (!value) return null;
  const last = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last && isIP(last) ? last : null;
}

import "server-only";
import { and, count, eq, isNull, ne } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import {
  changeRoleInputSchema,
  createUserInputSchema,
  disableUserInputSchema,
  userRefInputSchema,
  type ChangeRoleInput,
  type CreateUserInput,
  type DisableUserInput,
  type UserRefInput,
} from "@/lib/validation/user";
import { DomainError, type CommandContext, inTransaction, logChange, nowOf, parseInput } from "./context";
import { messagesFor } from "@/lib/i18n";

const { auth } = messagesFor("en");

/**
 * Accounts. Managing them is an administrator's act: each command checks its
 * actor itself (`user:<id>` must be an active admin; `cli` is the
 * `admin:create` script, run by whoever holds the database file), so a form
 * or a route that forgot its own check still cannot make a non-admin do it.
 * Sign-ins and sign-outs are not data changes and are not logged; sessions
 * keep their own timestamps. Password hashes never enter the change log.
 */

/** The actor name of the command-line script. */
export const CLI_ACTOR = "cli";

/** The actor may not perform an account command. Nothing was written. */
export class PermissionError extends Error {
  constructor(message: string = auth.rules.notAllowed) {
    super(message);
    this.name = "PermissionError";
  }
}

function assertAdminActor(ctx: CommandContext): void {
  const { actor } = ctx;
  if (actor.userId == null) {
    if (actor.name === CLI_ACTOR) return;
    throw new PermissionError();
  }
  const row = ctx.db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, actor.userId)).get();
  if (!row || row.role !== "admin" || row.disabledAt !== null) throw new PermissionError();
}

type UserRow = typeof users.$inferSelect;

function loadUser(ctx: CommandContext, userId: number): UserRow {
  const row = ctx.db.select().from(users).where(eq(users.id, userId)).get();
  if (!row) {
    throw new DomainError("user.not_found", {}, ["userId"]);
  }
  return row;
}

/** Refuses to leave the tracker without an active administrator. */
function assertNotLastAdmin(ctx: CommandContext, user: UserRow): void {
  if (user.role !== "admin" || user.disabledAt !== null) return;
  const others =
    ctx.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, user.id)))
      .get()?.n ?? 0;
  if (others === 0) throw new DomainError("user.last_admin", {}, ["userId"]);
}

const publicFields = (u: Pick<UserRow, "email" | "name" | "role">) => ({ email: u.email, name: u.name, role: u.role });

/**
 * Creates an account. Async because the password is hashed (argon2id, about
 * 50 ms) before the transaction opens; the transaction itself is synchronous.
 */
export async function createUser(ctx: CommandContext, input: CreateUserInput): Promise<number> {
  const u = parseInput(createUserInputSchema, input, "account");
  assertAdminActor(ctx);
  const passwordHash = await hashPassword(u.password);
  return inTransaction(ctx, (ctx) => {
    assertAdminActor(ctx);
    const taken = ctx.db.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get();
    if (taken) {
      throw new DomainError("user.email_taken", {}, ["email"]);
    }
    const row = { email: u.email, name: u.name, role: u.role, passwordHash, createdAt: nowOf(ctx) };
    const id = ctx.db.insert(users).values(row).returning({ id: users.id }).get().id;
    logChange(ctx, {
      action: "user.create",
      subjectType: "user",
      subjectId: id,
      after: { ...publicFields(row), createdAt: row.createdAt },
    });
    return id;
  });
}

/** Gives an account another role. Returns whether anything changed. */
export function changeRole(ctx: CommandContext, input: ChangeRoleInput): boolean {
  const { userId, role } = parseInput(changeRoleInputSchema, input, "role change");
  return inTransaction(ctx, (ctx) => {
    assertAdminActor(ctx);
    const user = loadUser(ctx, userId);
    if (user.role === role) return false;
    if (role !== "admin") assertNotLastAdmin(ctx, user);
    ctx.db.update(users).set({ role }).where(eq(users.id, userId)).run();
    logChange(ctx, { action: "user.role", subjectType: "user", subjectId: userId, before: { role: user.role }, after: { role } });
    return true;
  });
}

/**
 * Disables an account: it can no longer sign in, and its sessions are revoked
 * in the same transaction, so it loses access at once. Returns whether
 * anything changed.
 */
export function disableUser(ctx: CommandContext, input: DisableUserInput): boolean {
  const { userId, reason } = parseInput(disableUserInputSchema, input, "account");
  return inTransaction(ctx, (ctx) => {
    assertAdminActor(ctx);
    const user = loadUser(ctx, userId);
    if (user.disabledAt !== null) return false;
    assertNotLastAdmin(ctx, user);
    const at = nowOf(ctx);
    ctx.db.update(users).set({ disabledAt: at }).where(eq(users.id, userId)).run();
    const sessionsRevoked = revokeUserSessions(ctx.db, userId, new Date(at));
    logChange(ctx, {
      action: "user.disable",
      subjectType: "user",
      subjectId: userId,
      before: { disabledAt: null },
      after: { disabledAt: at, sessionsRevoked },
      reason,
    });
    return true;
  });
}

/** Lets a disabled account sign in again (its old sessions stay revoked). Returns whether anything changed. */
export function enableUser(ctx: CommandContext, input: UserRefInput): boolean {
  const { userId } = parseInput(userRefInputSchema, input, "account");
  return inTransaction(ctx, (ctx) => {
    assertAdminActor(ctx);
    const user = loadUser(ctx, userId);
    if (user.disabledAt === null) return false;
    ctx.db.update(users).set({ disabledAt: null }).where(eq(users.id, userId)).run();
    logChange(ctx, {
      action: "user.enable",
      subjectType: "user",
      subjectId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
    return true;
  });
}

/** Signs an account out everywhere. Returns how many live sessions were revoked (0: nothing written). */
export function revokeSessions(ctx: CommandContext, input: UserRefInput): number {
  const { userId } = parseInput(userRefInputSchema, input, "account");
  return inTransaction(ctx, (ctx) => {
    assertAdminActor(ctx);
    loadUser(ctx, userId);
    const revoked = revokeUserSessions(ctx.db, userId, new Date(nowOf(ctx)));
    if (revoked > 0) {
      logChange(ctx, { action: "user.sessions.revoke", subjectType: "user", subjectId: userId, after: { sessionsRevoked: revoked } });
    }
    return revoked;
  });
}

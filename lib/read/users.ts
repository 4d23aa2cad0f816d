import "server-only";
import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import { sessions, users, type Role } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";

export type UserListRow = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
  /** Sessions neither revoked nor expired. */
  activeSessions: number;
};

/** Every account, by email, with its count of live sessions. Never the password hash. */
export function listUsers(db: DbOrTx = getDb(), now: Date = new Date()): UserListRow[] {
  const live = db
    .select({ userId: sessions.userId, n: count().as("n") })
    .from(sessions)
    .where(and(isNull(sessions.revokedAt), gt(sessions.expiresAt, now.toISOString())))
    .groupBy(sessions.userId)
    .as("live");
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      activeSessions: live.n,
    })
    .from(users)
    .leftJoin(live, eq(live.userId, users.id))
    .orderBy(asc(users.email))
    .all()
    .map((r) => ({ ...r, activeSessions: r.disabledAt ? 0 : (r.activeSessions ?? 0) }));
}

import type { Role } from "@/lib/domain/vocabulary";

/** The role order: viewer < editor < admin. Each role may do what the ones below it may. */
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether a user with `role` may do what needs `minRole`. */
export function hasRole(role: Role, minRole: Role): boolean {
  return RANK[role] >= RANK[minRole];
}

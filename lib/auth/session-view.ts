import "server-only";
import type { Role } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { findSessionUser } from "./sessions";

/**
 * What the browser is told about its own session (`GET /api/session`). Public
 * pages render the same for everyone (they will be cached), so the header's
 * account, the Admin link and the Edit links are filled in client-side from this.
 */
export type SessionView = { signedIn: false } | { signedIn: true; email: string; name: string | null; role: Role };

export function sessionView(db: DbOrTx, token: string | null | undefined, now: Date = new Date()): SessionView {
  const user = findSessionUser(db, token, now);
  if (!user) return { signedIn: false };
  return { signedIn: true, email: user.email, name: user.name, role: user.role };
}

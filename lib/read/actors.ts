import "server-only";
import { inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";

/**
 * Who made a change, as a reader is told it: the account behind `user:<id>`
 * (its email and display name, both null when the account is gone), the
 * default data, an importer and its list, or the command line. The words are
 * the message catalog's (`common.actor`, `admin.who`).
 */
export type ActorView =
  | { kind: "account"; id: number; email: string | null; name: string | null }
  | { kind: "seed" }
  | { kind: "import"; list: string }
  | { kind: "cli" }
  /** The cross-list reconciliation (lib/commands/reconcile.ts), run by db:setup and the import CLI. */
  | { kind: "reconcile" }
  /** An actor this code does not know (written by a later version, or by hand). */
  | { kind: "other"; actor: string };

/** The actor of the cross-list reconciliation's changes. */
export const RECONCILE_ACTOR = "reconcile";

type ActorRow = { actor: string; userId?: number | null };

export function userIdOfActor(actor: string): number | null {
  const m = /^user:(\d+)$/.exec(actor);
  return m ? Number(m[1]) : null;
}

const accountIdOf = (row: ActorRow) => row.userId ?? userIdOfActor(row.actor);

/**
 * The actors of a page of rows, in their order, with one query for all the
 * accounts among them (never one per row).
 */
export function actorsOf(rows: readonly ActorRow[], db: DbOrTx): ActorView[] {
  const ids = [...new Set(rows.map(accountIdOf).filter((id): id is number => id !== null))];
  const accounts = new Map(
    ids.length
      ? db
          .select({ id: users.id, email: users.email, name: users.name })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u])
      : [],
  );
  return rows.map((row) => {
    const id = accountIdOf(row);
    if (id !== null) {
      const account = accounts.get(id);
      return { kind: "account", id, email: account?.email ?? null, name: account?.name || null };
    }
    if (row.actor === "seed") return { kind: "seed" };
    if (row.actor === "cli") return { kind: "cli" };
    if (row.actor === RECONCILE_ACTOR) return { kind: "reconcile" };
    if (row.actor.startsWith("import:")) return { kind: "import", list: row.actor.slice("import:".length) };
    return { kind: "other", actor: row.actor };
  });
}

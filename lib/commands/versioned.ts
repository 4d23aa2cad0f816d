import "server-only";
import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ChangeAction, ChangePayload } from "@/lib/domain/change-kinds";
import { type ChangeInput, type CommandContext, changedFields, logChange, nowOf, pick } from "./context";

/** A table whose rows carry a `version` (entities, designations, announcements, control-list revisions). */
type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };
type VersionedRow = { id: number | string; version: number };

/** Any one declared change, its payload matched to its action. */
export type AnyChange = { [A in ChangeAction]: ChangeInput<A> }[ChangeAction];

/** The actions whose payload may be the changed fields before and after. */
type DiffAction<D> = { [A in ChangeAction]: { before: D; after: D } extends ChangePayload<A> ? A : never }[ChangeAction];

/** Who and what the change-log entry is about; its subject is the row unless said otherwise. */
type DiffLog<A extends ChangeAction> = { action: A; subjectId?: string | number } & Pick<
  ChangeInput,
  "subjectType" | "entityId" | "occurredOn" | "reason" | "sourceId"
>;

export type VersionedUpdate<R extends VersionedRow, K extends keyof R & string, A extends ChangeAction> = {
  table: VersionedTable;
  /** The row as read in this transaction. */
  row: R;
  /** The fields compared; defaults to those `changes` names. */
  fields?: readonly K[];
  /** The fields' new values; undefined leaves a field as it is. */
  changes: Partial<Pick<R, K>>;
  /** Write (bump the version) even when no field differs: something else about the row changed, such as its sources. */
  force?: boolean;
  /** Runs once the difference is known and before anything is written: refusals that depend on it, writes whose log entries come first. */
  beforeWrite?: (diff: Partial<Pick<R, K>>) => void;
  /**
   * The change-log entry: `before` and `after` are the changed fields, unless
   * the kind of change carries another payload; then the entries to log,
   * given the difference (none: the caller logs the change elsewhere).
   */
  log: DiffLog<A> | ((diff: Partial<Pick<R, K>>) => AnyChange | AnyChange[]);
};

/**
 * Updates a versioned row with the fields that differ and logs the difference,
 * in the caller's transaction: nothing differs, nothing is written (which is
 * what makes loading the same data twice a no-op). The version goes up by one
 * with every write, and `updatedAt` is set where the table keeps it. The
 * optimistic-concurrency check (`assertVersion`) stays with each command,
 * first among its refusals. Returns the changed fields, or null when nothing
 * was written.
 *
 * Two hot paths of imports keep a prepared UPDATE of their own: `touchEntity`
 * (a part of an entity changed: only the version moves, nothing to compare)
 * and `delist`.
 */
export function updateVersioned<R extends VersionedRow, K extends keyof R & string, A extends DiffAction<Partial<Pick<R, K>>>>(
  ctx: CommandContext,
  update: VersionedUpdate<R, K, A>,
): Partial<Pick<R, K>> | null {
  const { table, row, fields, changes } = update;
  const diff = changedFields(fields ? pick(row, [...fields]) : (row as Pick<R, K>), changes);
  const changed = Object.keys(diff) as K[];
  if (changed.length === 0 && !update.force) return null;
  update.beforeWrite?.(diff);
  const set: Record<string, unknown> = { ...diff, version: row.version + 1 };
  if ("updatedAt" in table) set.updatedAt = nowOf(ctx);
  ctx.db.update(table).set(set).where(eq(table.id, row.id)).run();
  if (changed.length > 0) for (const change of changesToLog(update, diff, changed)) logChange(ctx, change);
  return diff;
}

function changesToLog<R extends VersionedRow, K extends keyof R & string, A extends ChangeAction>(
  update: VersionedUpdate<R, K, A>,
  diff: Partial<Pick<R, K>>,
  changed: K[],
): ChangeInput[] {
  const { log, row } = update;
  if (typeof log === "function") {
    const out = log(diff);
    return Array.isArray(out) ? out : [out];
  }
  // DiffAction<…> guarantees this payload is the one the action declares.
  return [{ subjectId: row.id, ...log, before: pick(row, changed), after: diff }];
}

import "server-only";
import type { z } from "zod";
import { sql } from "drizzle-orm";
import * as schema from "@/db/schema";
import { type DbOrTx, preparedStatements } from "@/db/connection";
import { CHANGE_KINDS, type ChangeAction, type ChangePayload } from "@/lib/domain/change-kinds";
import { messagesFor } from "@/lib/i18n";
import { REFUSAL_KINDS, type Issue, type RefusalCode, type RefusalKind, type RefusalParams } from "./refusals";

export type { Issue } from "./refusals";

/** Who makes a change: `seed`, `import:ofac`, `user:3`. */
export type Actor = { name: string; userId?: number | null };

export type CommandContext = {
  db: DbOrTx;
  actor: Actor;
  /** When the tracker records the change (ISO timestamp); defaults to now. */
  now?: string;
  /** The import run on whose behalf the command runs, written into each change-log row. */
  runId?: number;
  /**
   * The date of the publication the changes come from (an import's list): it
   * dates a change in the world that has no date of its own, such as the
   * designation of a record whose list gives no listing date.
   */
  publishedOn?: string;
  /** Set inside a command's transaction: nested commands join it instead of opening savepoints. */
  inTransaction?: boolean;
  /**
   * Ids already looked up in this transaction (sources, programs), so a long
   * import does not ask for the same row a hundred thousand times. It lives and
   * dies with the transaction, so it never outlives a rollback.
   */
  memo?: Map<string, Map<string, number>>;
  /**
   * Entities created in this transaction. Nobody outside it has seen them, so
   * a change to one needs no version bump and no check that it exists.
   */
  created?: Set<number>;
};

/**
 * A domain rule refused the input. Nothing was written. It carries a code and
 * its parameters (`./refusals.ts`); the words are the catalog's
 * (`messagesFor("en").errors`). Its `message` and field issues are rendered from
 * there when it is made, so a log line or an unexpected crash still reads well.
 */
export class DomainError<C extends RefusalCode = RefusalCode> extends Error {
  readonly kind: RefusalKind;
  readonly issues: Issue[];

  /** `issues`: the fields the refusal is about (their message is the catalog's), or zod's own issues. */
  constructor(
    readonly code: C,
    readonly params: RefusalParams[C],
    issues: readonly (string | Issue)[] = [],
  ) {
    super(messagesFor("en").errors.refusal(code, params));
    this.name = "DomainError";
    this.kind = REFUSAL_KINDS[code];
    this.issues = issues.map((i) =>
      typeof i === "string" ? { path: i, message: messagesFor("en").errors.refusalField(code, params) } : i,
    );
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new DomainError("input.invalid", { what, first: issues[0] }, issues);
  }
  return parsed.data;
}

export function nowOf(ctx: CommandContext): string {
  return ctx.now ?? new Date().toISOString();
}

/**
 * Runs a command body in one transaction. A command called from inside another
 * joins the outer transaction: a failure anywhere rolls back the whole outer
 * command, so no savepoint is needed (none of our commands recovers from an
 * inner failure and goes on). better-sqlite3 transactions are synchronous: the
 * body must not await.
 */
export function inTransaction<T>(ctx: CommandContext, body: (ctx: CommandContext) => T): T {
  if (ctx.inTransaction) return body(ctx);
  const now = nowOf(ctx);
  // IMMEDIATE: the write lock is taken at the start (waiting up to busy_timeout), so a
  // command never fails half-way when another process (a second server, the CLI, a
  // test worker) wrote to the file between its first read and its first write.
  return ctx.db.transaction((tx) => body(transactionContext(ctx, tx, now)), { behavior: "immediate" });
}

/** The context of commands running inside the transaction `tx`. */
export function transactionContext(ctx: CommandContext, tx: DbOrTx, now: string): CommandContext {
  return { ...ctx, db: tx, now, inTransaction: true, memo: new Map(), created: new Set() };
}

/** Whether the entity was created in this transaction (see `CommandContext.created`). */
export function createdHere(ctx: CommandContext, entityId: number): boolean {
  return ctx.created?.has(entityId) ?? false;
}

/**
 * Looks a value up in the transaction's memo (`table`: what the key names, such
 * as "source"), computing and keeping it when absent. Keys are the caller's own
 * strings: a citation passed a hundred thousand times is hashed once.
 */
export function memoized(ctx: CommandContext, table: string, key: string, compute: () => number): number {
  const memo = memoTable(ctx, table);
  const hit = memo?.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  memo?.set(key, value);
  return value;
}

function memoTable(ctx: CommandContext, table: string): Map<string, number> | undefined {
  if (!ctx.memo) return undefined;
  let memo = ctx.memo.get(table);
  if (!memo) ctx.memo.set(table, (memo = new Map<string, number>()));
  return memo;
}

/** One change-log entry: a declared action (lib/domain/change-kinds.ts) with the before and after its kind carries. */
export type ChangeInput<A extends ChangeAction = ChangeAction> = {
  action: A;
  subjectType: string;
  subjectId: string | number;
  entityId?: number | null;
  /** When it happened in the world; a world change without one takes the publication's date (`publishedOn`). */
  occurredOn?: string | null;
  reason?: string | null;
  sourceId?: number | null;
} & ChangePayload<A>;

const statements = preparedStatements((db) => ({
  insertChange: db
    .insert(schema.changeLog)
    .values({
      recordedAt: sql.placeholder("recordedAt"),
      actor: sql.placeholder("actor"),
      userId: sql.placeholder("userId"),
      action: sql.placeholder("action"),
      class: sql.placeholder("class"),
      subjectType: sql.placeholder("subjectType"),
      subjectId: sql.placeholder("subjectId"),
      entityId: sql.placeholder("entityId"),
      occurredOn: sql.placeholder("occurredOn"),
      before: sql.placeholder("before"),
      after: sql.placeholder("after"),
      reason: sql.placeholder("reason"),
      sourceId: sql.placeholder("sourceId"),
      runId: sql.placeholder("runId"),
    })
    .prepare(),
}));

/**
 * Appends one row to the change log, with the class its action is declared
 * with. Only commands call this, inside their transaction.
 */
export function logChange<A extends ChangeAction>(ctx: CommandContext, change: ChangeInput<A>): void {
  const { class: cls } = CHANGE_KINDS[change.action];
  const payload: { before?: unknown; after?: unknown } = change;
  statements(ctx.db).insertChange.run({
    recordedAt: nowOf(ctx),
    actor: ctx.actor.name,
    userId: ctx.actor.userId ?? null,
    action: change.action,
    class: cls,
    subjectType: change.subjectType,
    subjectId: String(change.subjectId),
    entityId: change.entityId ?? null,
    // Record keeping has no world date: it sorts by when it was recorded.
    occurredOn: change.occurredOn ?? (cls === "world" ? ctx.publishedOn : null) ?? null,
    before: payload.before ?? null,
    after: payload.after ?? null,
    reason: change.reason ?? null,
    sourceId: change.sourceId ?? null,
    runId: ctx.runId ?? null,
  });
}

/** The fields of `next` whose values differ from `current` (undefined in `next` means "leave as is"). */
export function changedFields<T extends Record<string, unknown>>(current: T, next: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    if (value !== undefined && value !== current[key]) out[key] = value;
  }
  return out;
}

export function pick<T extends Record<string, unknown>, K extends keyof T>(row: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = row[k];
  return out;
}

/** The row without its null fields: what a change-log snapshot needs to say. */
export function withoutEmpty<T extends Record<string, unknown>>(row: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(row) as (keyof T)[]) if (row[key] !== null && row[key] !== undefined) out[key] = row[key];
  return out;
}

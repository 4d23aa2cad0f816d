import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { RunResult } from "better-sqlite3";
import type { z } from "zod";
import * as schema from "@/db/schema";

/** The database or a transaction on it: commands accept either. */
export type DbOrTx = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

/** Who makes a change: `seed`, `import:ofac`, `user:3`. */
export type Actor = { name: string; userId?: number | null };

export type CommandContext = {
  db: DbOrTx;
  actor: Actor;
  /** When the tracker records the change (ISO timestamp); defaults to now. */
  now?: string;
};

export type Issue = { path: string; message: string };

/** A domain rule refused the input. Nothing was written. */
export class DomainError extends Error {
  constructor(
    readonly code: "invalid" | "not_found" | "conflict",
    message: string,
    readonly issues: Issue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    throw new DomainError(
      "invalid",
      `Invalid ${what}${first ? `: ${first.path ? `${first.path}: ` : ""}${first.message}` : ""}`,
      issues,
    );
  }
  return parsed.data;
}

export function nowOf(ctx: CommandContext): string {
  return ctx.now ?? new Date().toISOString();
}

/**
 * Runs a command body in one transaction (a savepoint when already inside one).
 * better-sqlite3 transactions are synchronous: the body must not await.
 */
export function inTransaction<T>(ctx: CommandContext, body: (ctx: CommandContext) => T): T {
  const now = nowOf(ctx);
  return ctx.db.transaction((tx) => body({ ...ctx, db: tx, now }));
}

export type ChangeInput = {
  action: string;
  subjectType: string;
  subjectId: string | number;
  entityId?: number | null;
  occurredOn?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  sourceId?: number | null;
};

/** Appends one row to the change log. Only commands call this, inside their transaction. */
export function logChange(ctx: CommandContext, change: ChangeInput): void {
  ctx.db
    .insert(schema.changeLog)
    .values({
      recordedAt: nowOf(ctx),
      actor: ctx.actor.name,
      userId: ctx.actor.userId ?? null,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: String(change.subjectId),
      entityId: change.entityId ?? null,
      occurredOn: change.occurredOn ?? null,
      before: change.before ?? null,
      after: change.after ?? null,
      reason: change.reason ?? null,
      sourceId: change.sourceId ?? null,
    })
    .run();
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

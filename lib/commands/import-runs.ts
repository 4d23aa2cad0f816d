import "server-only";
import { eq } from "drizzle-orm";
import { importRuns, type ListKey } from "@/db/schema";
import type { CommandContext } from "./context";

/**
 * The `import_runs` rows: one per import of one publication of a list.
 *
 * Unlike the other commands these append no change-log row: a run is itself
 * the record of what happened, and every change it makes carries its
 * `run_id` (see `CommandContext.runId`).
 */

export type ImportRunStart = {
  listKey: ListKey;
  publishedOn: string;
  /** Name, SHA-256 and size of every file the run reads. */
  files: { name: string; sha256: string; bytes: number }[];
  records: number;
  /** The list's parser version (lib/importers/lists.ts), so a newer parser knows to read the same files again. */
  parserVersion: number;
};

export type ImportRunCounts = { added: number; changed: number; removed: number; unchanged: number; merged: number };

/** Opens a run as `running`, started at the transaction's time; returns its id. */
export function openImportRun(ctx: CommandContext, run: ImportRunStart): number {
  return ctx.db
    .insert(importRuns)
    .values({
      listKey: run.listKey,
      publishedOn: run.publishedOn,
      status: "running",
      actor: ctx.actor.name,
      startedAt: ctx.now!,
      files: run.files,
      records: run.records,
      parserVersion: run.parserVersion,
    })
    .returning({ id: importRuns.id })
    .get().id;
}

/** The source that stands for the run's publication; designations it asserts cite it. */
export function setImportRunSource(ctx: CommandContext, runId: number, sourceId: number): void {
  ctx.db.update(importRuns).set({ sourceId }).where(eq(importRuns.id, runId)).run();
}

/** Closes a run as `succeeded` with its counts; inside the run's transaction, so it commits with the changes. */
export function finishImportRun(ctx: CommandContext, runId: number, counts: ImportRunCounts): void {
  ctx.db
    .update(importRuns)
    .set({ status: "succeeded", finishedAt: new Date().toISOString(), ...counts })
    .where(eq(importRuns.id, runId))
    .run();
}

/**
 * Records a run that failed. Called after its transaction rolled back (with
 * `ctx.db` the database itself), so the failure is kept while none of the
 * run's changes are.
 */
export function recordFailedImportRun(ctx: CommandContext, run: ImportRunStart & { startedAt: string; error: string }): void {
  ctx.db
    .insert(importRuns)
    .values({
      listKey: run.listKey,
      publishedOn: run.publishedOn,
      status: "failed",
      actor: ctx.actor.name,
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      files: run.files,
      records: run.records,
      parserVersion: run.parserVersion,
      error: run.error,
    })
    .run();
}

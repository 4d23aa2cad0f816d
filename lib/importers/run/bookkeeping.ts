import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { importRuns, type ListKey } from "@/db/schema";
import type { Db } from "@/db/client";
import { createList, ensureAuthority, ensureSource } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/context";
import { finishImportRun, openImportRun, recordFailedImportRun, setImportRunSource, type ImportRunStart } from "@/lib/commands/import-runs";
import type { ListDefinition } from "../lists";
import type { ParsedList, UnreadDate } from "../types";
import type { MergeRule } from "./merge-resolution";

/** What an import did, as the run's row keeps it and the CLI prints it. */
export type ImportSummary = {
  runId: number;
  listKey: ListKey;
  label: string;
  publishedOn: string;
  records: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** New records merged into an existing entity, by the rule that merged them. */
  merged: Partial<Record<MergeRule, number>>;
  possibleMatches: number;
  /** Designations a removed record would have ended, kept because another source asserts them. */
  keptByOtherSources: number;
  unresolvedLinks: number;
  /** Dates the files give that the parser could not read (imported without them). */
  unreadDates: UnreadDate[];
  ms: number;
};

/** The publication a run imports: which list, its date, and the citation every change of the run carries. */
export type Publication = { list: ListDefinition; publishedOn: string; citation: string };

/** What a run reads: its files (by SHA-256) and how many records they hold. */
export type RunFiles = { files: ParsedList["files"]; records: number };

/** The list's last successful import: the publication it read, its files, and the parser version that read them. */
export function latestRun(db: Db, listKey: ListKey) {
  return db
    .select({
      publishedOn: importRuns.publishedOn,
      files: importRuns.files,
      records: importRuns.records,
      parserVersion: importRuns.parserVersion,
    })
    .from(importRuns)
    .where(and(eq(importRuns.listKey, listKey), eq(importRuns.status, "succeeded")))
    .orderBy(desc(importRuns.publishedOn), desc(importRuns.id))
    .get();
}

/** Whether a run was read by an older version of the list's parser: the same files may give more now. */
export const readByOlderParser = (run: { parserVersion: number }, list: ListDefinition): boolean => run.parserVersion < list.parserVersion;

const runStart = (list: ListDefinition, publishedOn: string, run: RunFiles): ImportRunStart => ({
  listKey: list.key,
  publishedOn,
  files: run.files,
  records: run.records,
  parserVersion: list.parserVersion,
});

/**
 * Opens the run's row, inside the run's transaction: the list's authorities
 * and the source standing for the publication are ensured, and the context
 * returned carries the run's id and publication date into every command.
 */
export function openRun(
  ctx: CommandContext,
  list: ListDefinition,
  publishedOn: string,
  run: RunFiles,
): { ctx: CommandContext; publication: Publication; summary: Omit<ImportSummary, "ms"> } {
  if (list.create) {
    const [authority] = list.authorities;
    createList(ctx, {
      key: list.key,
      label: list.label,
      format: list.create.format,
      authority: authority!,
      ownAuthority: list.create.ownAuthority,
    });
  }
  for (const authority of list.authorities) ensureAuthority(ctx, authority);
  const runId = openImportRun(ctx, runStart(list, publishedOn, run));
  const runCtx = { ...ctx, runId, publishedOn };
  const files = run.files.map((f) => `${f.name} sha256:${f.sha256.slice(0, 16)}`).join(", ");
  const citation = `${list.label}, published ${publishedOn} (${files})`;
  const sourceId = ensureSource(runCtx, {
    citation,
    kind: "list_file",
    title: `${list.label}, published ${publishedOn}`,
    sha256: run.files[0]?.sha256,
    publishedOn,
    listKey: list.key,
  });
  setImportRunSource(runCtx, runId, sourceId);
  const summary = {
    runId,
    listKey: list.key,
    label: list.label,
    publishedOn,
    records: run.records,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    merged: {},
    possibleMatches: 0,
    keptByOtherSources: 0,
    unresolvedLinks: 0,
    unreadDates: [],
  };
  return { ctx: runCtx, publication: { list, publishedOn, citation }, summary };
}

/** Closes the run as succeeded with its counts (merges counted all rules together). */
export function closeRun(ctx: CommandContext, summary: Omit<ImportSummary, "ms">): void {
  const { added, changed, removed, unchanged, merged } = summary;
  finishImportRun(ctx, summary.runId, {
    added,
    changed,
    removed,
    unchanged,
    merged: Object.values(merged).reduce((sum, n) => sum + n, 0),
  });
}

/** Records a run whose transaction rolled back, with the error that stopped it. */
export function recordFailedRun(
  db: Db,
  actor: CommandContext["actor"],
  list: ListDefinition,
  publishedOn: string,
  run: RunFiles & { startedAt: string; error: unknown },
): void {
  const { error } = run;
  recordFailedImportRun(
    { db, actor },
    { ...runStart(list, publishedOn, run), startedAt: run.startedAt, error: error instanceof Error ? error.message : String(error) },
  );
}

import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { changeLog, importRuns, listRecords, type ListKey } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { plainText } from "@/lib/format";
import type { ChangeAction } from "@/lib/domain/change-kinds";
import { builtInList, createdListLabel, knownLists } from "@/lib/importers/lists";
import { describeChanges, type ChangeItem } from "./history";
import { actorsOf, type ActorView } from "./actors";
import { loadSources, sourceOf, type SourceRef } from "./sources";

/**
 * What an import run did to the data, as its page groups the change-log rows
 * the run wrote: the list-level changes (designations added, list entries
 * changed, delistings, merges) and the record details that came with them
 * (entities created, names, identifiers, relationships, sources added).
 */
export const RUN_CHANGE_CATEGORIES = ["added", "changed", "delisted", "merged", "details"] as const;
export type RunChangeCategory = (typeof RUN_CHANGE_CATEGORIES)[number];

/** Shown when the reader picks no category: what the publication changed, without the record details. */
export const RUN_DEFAULT_CATEGORIES: RunChangeCategory[] = ["added", "changed", "delisted", "merged"];

const RUN_ACTIONS: Record<RunChangeCategory, ChangeAction[]> = {
  added: ["designation.create", "designation.relist"],
  changed: ["list.record.change", "list.record.return", "list.record.reread", "designation.update"],
  delisted: ["designation.delist"],
  merged: ["entity.merge", "entity.possible_match"],
  details: [
    "entity.create",
    "entity.update",
    "entity.name.add",
    "entity.identifier.add",
    "entity.attribute.add",
    "entity.ref.add",
    "relationship.add",
    "designation.source.add",
    "designation.list_entry",
    "designation.status",
  ],
};

export function runCategoryOf(action: string): RunChangeCategory | null {
  for (const c of RUN_CHANGE_CATEGORIES) if ((RUN_ACTIONS[c] as readonly string[]).includes(action)) return c;
  return null;
}

export type ImportRunStatus = (typeof importRuns.$inferSelect)["status"];

export type ImportRunSummary = {
  id: number;
  listKey: ListKey;
  /** The list's name, from LISTS. */
  label: string;
  /** World time: the date of the publication imported. */
  publishedOn: string | null;
  status: ImportRunStatus;
  actor: string;
  /** Tracker time (ISO timestamps). */
  startedAt: string;
  finishedAt: string | null;
  /** Records in the publication. */
  records: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  merged: number;
  error: string | null;
};

export type ImportRunFile = { name: string; sha256: string; bytes: number };

export type ImportRunDetail = ImportRunSummary & {
  /** Who ran it, resolved for display. */
  by: ActorView;
  files: ImportRunFile[];
  /** The source that stands for the publication (null for a failed run). */
  source: SourceRef | null;
  /** The runs of the same list just before and after this one. */
  previous: { id: number; publishedOn: string | null; status: ImportRunStatus } | null;
  next: { id: number; publishedOn: string | null; status: ImportRunStatus } | null;
};

export type ImportRunPage = {
  runs: ImportRunSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

export type ImportRunChanges = {
  run: ImportRunDetail;
  /** The categories shown (the default ones when none was asked for). */
  categories: RunChangeCategory[];
  changes: { items: ChangeItem[]; total: number; page: number; pageSize: number; pageCount: number };
  /** Change-log rows the run wrote, by category (all of them, whatever the filter). */
  countsByCategory: Record<RunChangeCategory, number>;
  /** Change-log rows the run wrote, by action, most frequent first. */
  countsByAction: { action: string; category: RunChangeCategory | null; count: number }[];
};

export type SourceHealth = {
  listKey: ListKey;
  label: string;
  /** Its records' refs read `<refPrefix>:<record id>`. */
  refPrefix: string;
  /** The authorities whose designations the list carries. */
  authorities: string[];
  /** The latest succeeded import (latest publication; of equal ones, the later run). */
  lastSuccess: {
    runId: number;
    publishedOn: string | null;
    finishedAt: string | null;
    records: number;
    added: number;
    changed: number;
    removed: number;
    unchanged: number;
    merged: number;
  } | null;
  /** Records of the list the tracker holds as on the list now (not removed). */
  recordsHeld: number;
  /** The latest failed import, if it came after the last success (or there was none). */
  lastFailure: { runId: number; publishedOn: string | null; startedAt: string; finishedAt: string | null; error: string | null } | null;
  /** Every run of this list, succeeded or not. */
  runCount: number;
};

type RunRow = typeof importRuns.$inferSelect;

function summaryOf(r: RunRow): ImportRunSummary {
  return {
    id: r.id,
    listKey: r.listKey,
    label: builtInList(r.listKey)?.label ?? createdListLabel(r.listKey),
    publishedOn: r.publishedOn,
    status: r.status,
    actor: r.actor,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    records: r.records,
    added: r.added,
    changed: r.changed,
    removed: r.removed,
    unchanged: r.unchanged,
    merged: r.merged,
    error: r.error,
  };
}

/** Import runs, newest first (by when they started), optionally of one list, a page at a time. */
export function listImportRuns(filters: { listKey?: ListKey; page?: number; pageSize?: number } = {}, db: DbOrTx = getDb()): ImportRunPage {
  const where = filters.listKey ? eq(importRuns.listKey, filters.listKey) : undefined;
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), 100);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(importRuns)
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = db
    .select()
    .from(importRuns)
    .where(where)
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { runs: rows.map(summaryOf), total, page, pageSize, pageCount };
}

/** One run's summary (no files, no changes): for a page title, say. Null if there is no such run. */
export function getImportRunSummary(id: number, db: DbOrTx = getDb()): ImportRunSummary | null {
  if (!Number.isSafeInteger(id)) return null;
  const row = db.select().from(importRuns).where(eq(importRuns.id, id)).get();
  return row ? summaryOf(row) : null;
}

const asFiles = (v: unknown): ImportRunFile[] =>
  Array.isArray(v)
    ? v
        .filter((f): f is Record<string, unknown> => Boolean(f) && typeof f === "object")
        .map((f) => ({ name: plainText(f.name), sha256: plainText(f.sha256), bytes: Number(f.bytes ?? 0) }))
    : [];

/**
 * One import run, announcement-like: which list and publication, its files
 * with their SHA-256, its counts, status and error, and the changes it made
 * (change-log rows carrying its id) in the order it made them, a page at a
 * time, optionally of some categories only. Null if there is no such run.
 */
export function getImportRun(
  id: number,
  options: { categories?: RunChangeCategory[]; category?: RunChangeCategory; page?: number; pageSize?: number } = {},
  db: DbOrTx = getDb(),
): ImportRunChanges | null {
  if (!Number.isSafeInteger(id)) return null;
  const row = db.select().from(importRuns).where(eq(importRuns.id, id)).get();
  if (!row) return null;

  const sameList = eq(importRuns.listKey, row.listKey);
  const neighbour = { id: importRuns.id, publishedOn: importRuns.publishedOn, status: importRuns.status };
  const previous = db
    .select(neighbour)
    .from(importRuns)
    .where(and(sameList, lt(importRuns.id, id)))
    .orderBy(desc(importRuns.id))
    .get();
  const next = db
    .select(neighbour)
    .from(importRuns)
    .where(and(sameList, gt(importRuns.id, id)))
    .orderBy(asc(importRuns.id))
    .get();
  const sources = loadSources(db, [row.sourceId]);

  const run: ImportRunDetail = {
    ...summaryOf(row),
    by: actorsOf([row], db)[0]!,
    files: asFiles(row.files),
    source: sourceOf(sources, row.sourceId),
    previous: previous ?? null,
    next: next ?? null,
  };

  const byAction = db
    .select({ action: changeLog.action, count: sql<number>`count(*)` })
    .from(changeLog)
    .where(eq(changeLog.runId, id))
    .groupBy(changeLog.action)
    .all()
    .map((r) => ({ action: r.action, category: runCategoryOf(r.action), count: r.count }))
    .sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
  const countsByCategory = Object.fromEntries(RUN_CHANGE_CATEGORIES.map((c) => [c, 0])) as Record<RunChangeCategory, number>;
  for (const a of byAction) if (a.category) countsByCategory[a.category] += a.count;

  const asked = options.categories?.length ? options.categories : options.category ? [options.category] : [];
  const categories = asked.length ? RUN_CHANGE_CATEGORIES.filter((c) => asked.includes(c)) : RUN_DEFAULT_CATEGORIES;
  const where: SQL[] = [
    eq(changeLog.runId, id),
    inArray(
      changeLog.action,
      categories.flatMap((c) => RUN_ACTIONS[c]),
    ),
  ];
  const total = categories.reduce((n, c) => n + countsByCategory[c], 0);
  const pageSize = Math.min(Math.max(options.pageSize ?? 50, 1), 200);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(options.page ?? 1, 1), pageCount);
  const rows =
    total === 0
      ? []
      : db
          .select()
          .from(changeLog)
          .where(and(...where))
          .orderBy(asc(changeLog.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .all();

  return {
    run,
    categories,
    changes: { items: describeChanges(rows, db), total, page, pageSize, pageCount },
    countsByCategory,
    countsByAction: byAction,
  };
}

/**
 * For every list the tracker knows (built in, or created by an import), how current it is: the latest
 * publication imported and when, how many of its records the tracker holds,
 * what that import changed, and a failed import that came after it. Lists
 * never imported are included, with nulls and zeros.
 */
export function listSourceHealth(db: DbOrTx = getDb()): SourceHealth[] {
  const runs = db.select().from(importRuns).orderBy(asc(importRuns.id)).all();
  const held = db
    .select({ listKey: listRecords.listKey, n: sql<number>`count(*)` })
    .from(listRecords)
    .where(isNull(listRecords.removedOn))
    .groupBy(listRecords.listKey)
    .all();

  return knownLists(db).map((list) => {
    const mine = runs.filter((r) => r.listKey === list.key);
    let success: RunRow | null = null;
    for (const r of mine) {
      if (r.status !== "succeeded") continue;
      // Publications are imported in order; of two with one date, the later run is the current one.
      if (!success || (r.publishedOn ?? "") >= (success.publishedOn ?? "")) success = r;
    }
    const failure = mine.filter((r) => r.status === "failed" && (!success || r.id > success.id)).at(-1) ?? null;
    return {
      listKey: list.key,
      label: list.label,
      refPrefix: list.refPrefix,
      authorities: list.authorities.map((a) => a.code),
      lastSuccess: success
        ? {
            runId: success.id,
            publishedOn: success.publishedOn,
            finishedAt: success.finishedAt,
            records: success.records,
            added: success.added,
            changed: success.changed,
            removed: success.removed,
            unchanged: success.unchanged,
            merged: success.merged,
          }
        : null,
      recordsHeld: held.find((h) => h.listKey === list.key)?.n ?? 0,
      lastFailure: failure
        ? {
            runId: failure.id,
            publishedOn: failure.publishedOn,
            startedAt: failure.startedAt,
            finishedAt: failure.finishedAt,
            error: failure.error,
          }
        : null,
      runCount: mine.length,
    };
  });
}

import "server-only";
import { and, desc, eq, gt, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { changeLog, entities, users, type EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { LISTS } from "@/lib/importers/lists";
import { loadSources, sourceOf, type SourceRef } from "./sources";
import { actorsOf, type ActorView } from "./actors";
import { loadReferenced, showValue, type ShownValue } from "./audit-values";

/**
 * The audit log: every change-log row, newest recorded first, with who made it
 * (a `user:<id>` actor resolved to the account), when the tracker
 * recorded it, what changed (before and after, field by field), why and from
 * which source. Filtered by actor, entity and the date it was recorded.
 */

export type AuditDiff = { key: string; before: unknown; after: unknown };
/** A field's change as it is shown: ids as what they name, dates as dates (`FIELD_DISPLAY`). */
export type AuditChange = { key: string; before: ShownValue; after: ShownValue };

export type AuditItem = {
  id: number;
  recordedAt: string;
  occurredOn: string | null;
  actor: string;
  /** Who the actor is: the account behind `user:<id>`, the default data, an importer, the command line. */
  by: ActorView;
  action: string;
  subjectType: string;
  subjectId: string;
  entity: { id: number; name: string; kind: EntityKind } | null;
  /** Before and after as the change log holds them. */
  diff: AuditDiff[];
  /** The same, for a reader. */
  changes: AuditChange[];
  reason: string | null;
  source: SourceRef | null;
  runId: number | null;
};

export type AuditFilters = {
  /** An exact actor (`user:3`, `seed`, `import:ofac-sdn`, `cli`). */
  actor?: string;
  entityId?: number;
  /** Inclusive, on the day the change was recorded (YYYY-MM-DD). */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export type AuditPage = { items: AuditItem[]; total: number; page: number; pageSize: number; pageCount: number };

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** Nothing worth a line: no value, an empty string or an empty list. */
const blank = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Before and after, key by key: every key of either side whose value differs
 * (a created record: each field from nothing; a value that is not an object:
 * one row keyed `value`).
 */
export function diffOf(before: unknown, after: unknown): AuditDiff[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return before == null && after == null ? [] : [{ key: "value", before: before ?? null, after: after ?? null }];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  // A created record lists the fields it was created with; an update, the fields that changed.
  return keys
    .filter((key) => !(blank(b?.[key]) && blank(a?.[key])) && (!b || !same(b[key], a?.[key])))
    .map((key) => ({ key, before: b ? (b[key] ?? null) : null, after: a ? (a[key] ?? null) : null }));
}

type Row = typeof changeLog.$inferSelect;

function describe(rows: Row[], db: DbOrTx): AuditItem[] {
  const actors = actorsOf(rows, db);
  const entityIds = [...new Set(rows.map((r) => r.entityId).filter((id): id is number => id !== null))];
  const ents = entityIds.length
    ? new Map(
        db
          .select({ id: entities.id, name: entities.name, kind: entities.kind })
          .from(entities)
          .where(inArray(entities.id, entityIds))
          .all()
          .map((e) => [e.id, e]),
      )
    : new Map<number, { id: number; name: string; kind: EntityKind }>();
  const sourceMap = loadSources(
    db,
    rows.map((r) => r.sourceId),
  );
  const diffs = rows.map((r) => diffOf(r.before, r.after));
  const refs = loadReferenced(
    diffs.flat().flatMap((d) => [
      { key: d.key, value: d.before },
      { key: d.key, value: d.after },
    ]),
    db,
  );
  return rows.map((r, i) => {
    const diff = diffs[i]!;
    return {
      id: r.id,
      recordedAt: r.recordedAt,
      occurredOn: r.occurredOn,
      actor: r.actor,
      by: actors[i]!,
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      entity: r.entityId !== null ? (ents.get(r.entityId) ?? null) : null,
      diff,
      changes: diff.map((d) => ({ key: d.key, before: showValue(d.key, d.before, refs), after: showValue(d.key, d.after, refs) })),
      reason: r.reason,
      source: sourceOf(sourceMap, r.sourceId),
      runId: r.runId,
    };
  });
}

/** One page of the audit log, newest recorded first. */
export function listAudit(filters: AuditFilters = {}, db: DbOrTx = getDb()): AuditPage {
  const where: SQL[] = [];
  if (filters.actor) where.push(eq(changeLog.actor, filters.actor));
  if (filters.entityId !== undefined) where.push(eq(changeLog.entityId, filters.entityId));
  if (filters.from) where.push(gte(changeLog.recordedAt, filters.from));
  if (filters.to) where.push(lte(sql`substr(${changeLog.recordedAt}, 1, ${filters.to.length})`, filters.to));
  const condition = where.length ? and(...where) : undefined;
  const pageSize = Math.min(Math.max(filters.pageSize ?? 50, 1), 200);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(changeLog)
      .where(condition)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = db
    .select()
    .from(changeLog)
    .where(condition)
    .orderBy(desc(changeLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { items: describe(rows, db), total, page, pageSize, pageCount };
}

/** Who may appear as an actor: every account, the default data, the command line, each list's importer. */
export function listAuditActors(db: DbOrTx = getDb()): { value: string; by: ActorView }[] {
  const accounts = db
    .select({ id: users.id })
    .from(users)
    .orderBy(users.email)
    .all()
    .map((u) => ({ actor: `user:${u.id}` }));
  const all = [...accounts, ...["seed", "cli", ...Object.keys(LISTS).map((k) => `import:${k}`)].map((actor) => ({ actor }))];
  const views = actorsOf(all, db);
  return all.map((a, i) => ({ value: a.actor, by: views[i]! }));
}

/**
 * What was recorded about one subject after a moment, oldest first: the
 * changes an editor did not see when they opened a form (a version conflict).
 * An entity's changes are all rows on its timeline.
 */
export function listChangesSince(
  subject: { subjectType: "entity" | "designation" | "announcement"; subjectId: string | number },
  since: string,
  db: DbOrTx = getDb(),
): AuditItem[] {
  const id = String(subject.subjectId);
  const about =
    subject.subjectType === "entity"
      ? or(eq(changeLog.entityId, Number(id)), and(eq(changeLog.subjectType, "entity"), eq(changeLog.subjectId, id)))
      : and(eq(changeLog.subjectType, subject.subjectType), eq(changeLog.subjectId, id));
  const rows = db
    .select()
    .from(changeLog)
    .where(and(about, gt(changeLog.recordedAt, since)))
    .orderBy(changeLog.id)
    .limit(50)
    .all();
  return describe(rows, db);
}

import "server-only";
import { and, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import {
  announcements,
  changeLog,
  controlListRevisions,
  controlLists,
  designations,
  entities,
  events,
  programs,
  type EntityKind,
} from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { actionsIn, categoryOf, CHANGE_CATEGORIES, type ChangeCategory, type ChangeClass } from "@/lib/domain/change-kinds";
import { loadSources, sourceOf, type SourceRef } from "./sources";
import { actorsOf, type ActorView } from "./actors";
import { hangulNamesOf } from "./entities";

export { CHANGE_CATEGORIES, type ChangeCategory, type ChangeClass } from "@/lib/domain/change-kinds";

/** Every category: the feed shows them all unless the reader picks some (record keeping apart, see `withRecordKeeping`). */
export const FEED_CATEGORIES: ChangeCategory[] = [...CHANGE_CATEGORIES];

export type ChangeItem = {
  id: number;
  action: string;
  category: ChangeCategory | null;
  /** A change in the world, or the tracker's record keeping (as the row was logged). */
  class: ChangeClass;
  /** When the tracker recorded it (ISO timestamp). */
  recordedAt: string;
  /** When it happened in the world, if that applies (a partial date). */
  occurredOn: string | null;
  actor: string;
  /** Who the actor is, resolved for display (the account behind `user:<id>`). */
  by: ActorView;
  /** `hangulName`: the name a Korean page shows it by, where it has one (see `nameShown`). */
  entity: { id: number; name: string; hangulName: string | null; kind: EntityKind } | null;
  /** The authority and program of a designation change. */
  authorityCode: string | null;
  programName: string | null;
  /** The program's code: its name can then be given in the page's language (`referenceNames.program`). */
  programCode: string | null;
  /** The title of the event, announcement or control list concerned. */
  title: string | null;
  /** The key of the control list concerned (a revision's change): its title can then be named in the page's language. */
  listKey: string | null;
  /** For a relationship or a possible match: the entity on the other side, seen from `entity`. */
  related: { id: number; name: string; hangulName: string | null; direction: "outgoing" | "incoming" } | null;
  /** Where the subject lives in the app. */
  href: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  source: SourceRef | null;
};

type ChangeRow = typeof changeLog.$inferSelect;

const asRecord = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : null);
const ids = (rows: ChangeRow[], type: string) => rows.filter((r) => r.subjectType === type).map((r) => Number(r.subjectId));

/** Resolves change-log rows into items a page can show, with a few batched queries. */
export function describeChanges(rows: ChangeRow[], db: DbOrTx): ChangeItem[] {
  const designationIds = ids(rows, "designation");
  const desigs = designationIds.length
    ? db
        .select({ id: designations.id, authorityCode: designations.authorityCode, programName: programs.name, programCode: programs.code })
        .from(designations)
        .innerJoin(programs, eq(programs.id, designations.programId))
        .where(inArray(designations.id, designationIds))
        .all()
    : [];
  const relationshipEnds = rows
    .filter((r) => r.subjectType === "relationship")
    .flatMap((r) => [asRecord(r.after)?.fromEntityId, asRecord(r.after)?.toEntityId])
    .filter((id): id is number => typeof id === "number");
  const possibleMatches = rows
    .filter((r) => r.action === "entity.possible_match")
    .map((r) => asRecord(r.after)?.otherEntityId)
    .filter((id): id is number => typeof id === "number");
  const entityIds = [...rows.map((r) => r.entityId).filter((id): id is number => id !== null), ...relationshipEnds, ...possibleMatches];
  const hangulNames = hangulNamesOf(entityIds, db);
  const ents = entityIds.length
    ? db
        .select({ id: entities.id, name: entities.name, kind: entities.kind })
        .from(entities)
        .where(inArray(entities.id, [...new Set(entityIds)]))
        .all()
        .map((e) => ({ ...e, hangulName: hangulNames.get(e.id) ?? null }))
    : [];
  const eventIds = ids(rows, "event");
  const evs = eventIds.length
    ? db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, eventIds)).all()
    : [];
  const revisionIds = ids(rows, "control_list_revision");
  const revs = revisionIds.length
    ? db
        .select({ id: controlListRevisions.id, listKey: controlLists.key, listName: controlLists.name })
        .from(controlListRevisions)
        .innerJoin(controlLists, eq(controlLists.key, controlListRevisions.listKey))
        .where(inArray(controlListRevisions.id, revisionIds))
        .all()
    : [];
  const announcementIds = rows.filter((r) => r.subjectType === "announcement").map((r) => r.subjectId);
  const anns = announcementIds.length
    ? db
        .select({ id: announcements.id, title: announcements.title, authorityCode: announcements.authorityCode })
        .from(announcements)
        .where(inArray(announcements.id, announcementIds))
        .all()
    : [];
  const sourceMap = loadSources(
    db,
    rows.map((r) => r.sourceId),
  );
  const actors = actorsOf(rows, db);

  return rows.map((r, i) => {
    const entity = ents.find((e) => e.id === r.entityId) ?? null;
    const item: ChangeItem = {
      id: r.id,
      action: r.action,
      category: categoryOf(r.action),
      class: r.class,
      recordedAt: r.recordedAt,
      occurredOn: r.occurredOn,
      actor: r.actor,
      by: actors[i]!,
      entity,
      authorityCode: null,
      programName: null,
      programCode: null,
      title: null,
      listKey: null,
      related: null,
      href: entity ? `/entities/${entity.id}` : null,
      before: asRecord(r.before),
      after: asRecord(r.after),
      reason: r.reason,
      source: sourceOf(sourceMap, r.sourceId),
    };
    if (r.subjectType === "relationship" && item.after) {
      const outgoing = item.after.fromEntityId === r.entityId;
      const other = ents.find((e) => e.id === (outgoing ? item.after!.toEntityId : item.after!.fromEntityId));
      if (other)
        item.related = { id: other.id, name: other.name, hangulName: other.hangulName, direction: outgoing ? "outgoing" : "incoming" };
    } else if (r.action === "entity.possible_match" && item.after) {
      const other = ents.find((e) => e.id === item.after!.otherEntityId);
      if (other) item.related = { id: other.id, name: other.name, hangulName: other.hangulName, direction: "outgoing" };
    } else if (r.subjectType === "designation") {
      const d = desigs.find((x) => x.id === Number(r.subjectId));
      item.authorityCode = d?.authorityCode ?? null;
      item.programName = d?.programName ?? null;
      item.programCode = d?.programCode ?? null;
    } else if (r.subjectType === "event") {
      item.title = evs.find((x) => x.id === Number(r.subjectId))?.title ?? null;
      item.href = "/history?category=event";
    } else if (r.subjectType === "control_list_revision") {
      const rev = revs.find((x) => x.id === Number(r.subjectId));
      item.title = rev?.listName ?? null;
      item.listKey = rev?.listKey ?? null;
      item.href = rev ? `/export-controls/${rev.listKey}` : null;
    } else if (r.subjectType === "announcement") {
      const a = anns.find((x) => x.id === r.subjectId);
      item.title = a?.title ?? null;
      item.authorityCode = a?.authorityCode ?? null;
      item.href = `/announcements/${r.subjectId}`;
    }
    return item;
  });
}

export type ChangeFilters = {
  categories?: ChangeCategory[];
  /** Record keeping too (records created, sources attached, first-seen dates, merges…); by default only changes in the world. */
  withRecordKeeping?: boolean;
  /** Inclusive range on the date the change happened (or, if none, was recorded). */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
  /** Count every matching change (for paging); a short list of the latest needs no count. */
  withTotal?: boolean;
};

export type ChangePage = { items: ChangeItem[]; total: number; page: number; pageSize: number; pageCount: number };

/**
 * The date a change sorts and filters by: when it happened in the world (a
 * change with no date of its own was given its publication's when logged),
 * else, for record keeping, when it was recorded. The indexes on the change
 * log are built on this very expression.
 */
export const feedDate = sql<string>`coalesce(${changeLog.occurredOn}, substr(${changeLog.recordedAt}, 1, 10))`;

/** Newest first by that date, then by the order the changes were recorded. */
export const feedOrder = [desc(feedDate), desc(changeLog.id)];

/** Only changes in the world, unless record keeping is asked for too. */
export const classFilter = (withRecordKeeping: boolean | undefined): SQL | undefined =>
  withRecordKeeping ? undefined : eq(changeLog.class, "world");

/** The change feed: newest first, by kind of change and date range. */
export function listChanges(filters: ChangeFilters = {}, db: DbOrTx = getDb()): ChangePage {
  const categories = filters.categories?.length ? filters.categories : FEED_CATEGORIES;
  const where: (SQL | undefined)[] = [classFilter(filters.withRecordKeeping), inArray(changeLog.action, actionsIn(categories))];
  // A date range compares whole days: `to` 2024-07 takes in all of July.
  if (filters.from) where.push(gte(feedDate, filters.from));
  if (filters.to) where.push(lte(sql`substr(${feedDate}, 1, ${filters.to.length})`, filters.to));
  const pageSize = Math.min(Math.max(filters.pageSize ?? 50, 1), 200);
  const total =
    filters.withTotal === false
      ? pageSize
      : (db
          .select({ n: sql<number>`count(*)` })
          .from(changeLog)
          .where(and(...where))
          .get()?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = db
    .select()
    .from(changeLog)
    .where(and(...where))
    .orderBy(...feedOrder)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { items: describeChanges(rows, db), total, page, pageSize, pageCount };
}

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
import type { DbOrTx } from "@/lib/commands/context";
import { loadSources, sourceOf, type SourceRef } from "./sources";
import { actorsOf, type ActorView } from "./actors";

/** What kind of change a change-log row is, as the change feed groups them. */
export const CHANGE_CATEGORIES = ["designation", "delisting", "revision", "event", "announcement", "record"] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** Categories shown in the public feed unless the reader asks for record edits too. */
export const FEED_CATEGORIES: ChangeCategory[] = ["designation", "delisting", "revision", "event", "announcement"];

const ACTIONS: Record<ChangeCategory, string[]> = {
  designation: [
    "designation.create",
    "designation.update",
    "designation.source.add",
    "designation.relist",
    "designation.withdraw",
    "list.record.change",
    "list.record.return",
  ],
  delisting: ["designation.delist"],
  revision: ["revision.create", "revision.update"],
  event: ["event.create", "event.update"],
  announcement: ["announcement.create", "announcement.update"],
  record: [
    "entity.create",
    "entity.update",
    "entity.withdraw",
    "entity.name.add",
    "entity.name.update",
    "entity.identifier.add",
    "entity.attribute.add",
    "entity.ref.add",
    "entity.merge",
    "entity.possible_match",
    "relationship.add",
  ],
};

export function categoryOf(action: string): ChangeCategory | null {
  for (const c of CHANGE_CATEGORIES) if (ACTIONS[c].includes(action)) return c;
  return null;
}

export type ChangeItem = {
  id: number;
  action: string;
  category: ChangeCategory | null;
  /** When the tracker recorded it (ISO timestamp). */
  recordedAt: string;
  /** When it happened in the world, if that applies (a partial date). */
  occurredOn: string | null;
  actor: string;
  /** Who the actor is, resolved for display (the account behind `user:<id>`). */
  by: ActorView;
  entity: { id: number; name: string; kind: EntityKind } | null;
  /** The authority and program of a designation change. */
  authorityCode: string | null;
  programName: string | null;
  /** The title of the event, announcement or control list concerned. */
  title: string | null;
  /** For a relationship or a possible match: the entity on the other side, seen from `entity`. */
  related: { id: number; name: string; direction: "outgoing" | "incoming" } | null;
  /** Where the subject lives in the app. */
  href: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  source: SourceRef | null;
};

type ChangeRow = typeof changeLog.$inferSelect;

const asRecord = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : null);
const ids = (rows: ChangeRow[], type: string) =>
  rows.filter((r) => r.subjectType === type).map((r) => Number(r.subjectId));

/** Resolves change-log rows into items a page can show, with a few batched queries. */
export function describeChanges(rows: ChangeRow[], db: DbOrTx): ChangeItem[] {
  const designationIds = ids(rows, "designation");
  const desigs = designationIds.length
    ? db
        .select({ id: designations.id, authorityCode: designations.authorityCode, programName: programs.name })
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
  const ents = entityIds.length
    ? db
        .select({ id: entities.id, name: entities.name, kind: entities.kind })
        .from(entities)
        .where(inArray(entities.id, [...new Set(entityIds)]))
        .all()
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
  const sourceMap = loadSources(db, rows.map((r) => r.sourceId));
  const actors = actorsOf(rows, db);

  return rows.map((r, i) => {
    const entity = ents.find((e) => e.id === r.entityId) ?? null;
    const item: ChangeItem = {
      id: r.id,
      action: r.action,
      category: categoryOf(r.action),
      recordedAt: r.recordedAt,
      occurredOn: r.occurredOn,
      actor: r.actor,
      by: actors[i]!,
      entity,
      authorityCode: null,
      programName: null,
      title: null,
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
      if (other) item.related = { id: other.id, name: other.name, direction: outgoing ? "outgoing" : "incoming" };
    } else if (r.action === "entity.possible_match" && item.after) {
      const other = ents.find((e) => e.id === item.after!.otherEntityId);
      if (other) item.related = { id: other.id, name: other.name, direction: "outgoing" };
    } else if (r.subjectType === "designation") {
      const d = desigs.find((x) => x.id === Number(r.subjectId));
      item.authorityCode = d?.authorityCode ?? null;
      item.programName = d?.programName ?? null;
    } else if (r.subjectType === "event") {
      item.title = evs.find((x) => x.id === Number(r.subjectId))?.title ?? null;
      item.href = "/history?category=event";
    } else if (r.subjectType === "control_list_revision") {
      const rev = revs.find((x) => x.id === Number(r.subjectId));
      item.title = rev?.listName ?? null;
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
  /** Inclusive range on the date the change happened (or, if none, was recorded). */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
  /** Count every matching change (for paging); a short list of the latest needs no count. */
  withTotal?: boolean;
};

export type ChangePage = { items: ChangeItem[]; total: number; page: number; pageSize: number; pageCount: number };

/** The date a change sorts and filters by: when it happened in the world, else when it was recorded. */
const feedDate = sql<string>`coalesce(${changeLog.occurredOn}, substr(${changeLog.recordedAt}, 1, 10))`;

/** The change feed: newest first, by kind of change and date range. */
export function listChanges(filters: ChangeFilters = {}, db: DbOrTx = getDb()): ChangePage {
  const categories = filters.categories?.length ? filters.categories : FEED_CATEGORIES;
  const where: SQL[] = [inArray(changeLog.action, categories.flatMap((c) => ACTIONS[c]))];
  // A date range compares whole days: `to` 2024-07 takes in all of July.
  if (filters.from) where.push(gte(feedDate, filters.from));
  if (filters.to) where.push(lte(sql`substr(${feedDate}, 1, ${filters.to.length})`, filters.to));
  const pageSize = Math.min(Math.max(filters.pageSize ?? 50, 1), 200);
  const total =
    filters.withTotal === false
      ? pageSize
      : (db.select({ n: sql<number>`count(*)` }).from(changeLog).where(and(...where)).get()?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = db
    .select()
    .from(changeLog)
    .where(and(...where))
    .orderBy(desc(feedDate), desc(changeLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return { items: describeChanges(rows, db), total, page, pageSize, pageCount };
}

import { and, asc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  announcements,
  authorities,
  changeLog,
  designationSources,
  designations,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  possibleMatches,
  programs,
  relationships,
  sources as sourcesTable,
  type AttributeKey,
  type EntityKind,
  type FactStatus,
  type IdentifierType,
  type ListKey,
  type NameType,
  type RelationshipType,
} from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { imoCheckDigitValid } from "@/lib/domain/imo";
import { today } from "@/lib/domain/partial-date";
import {
  DAY_STATES,
  IN_FORCE_RANK,
  dayRank,
  entityDayState,
  isInForce,
  rankOf,
  type DayCounts,
  type DayState,
  type EntityDayState,
} from "./in-force";
import { loadSources, sourceOf, type SourceRef } from "./sources";
import { classFilter, describeChanges, feedOrder, type ChangeItem } from "./history";
import { entityStatus, type EntityStatus } from "./entity-status";
import { entityListRecords, type EntityListRecord, type Publication } from "./list-records";

/** `unknown`: entities the tracker cannot place on the date (see `DayState`). */
export const ENTITY_STATUS_FILTERS = ["active", "delisted", "unknown", "all"] as const;
export type EntityStatusFilter = (typeof ENTITY_STATUS_FILTERS)[number];

export type EntityFilters = {
  kind?: EntityKind;
  authority?: string;
  status?: EntityStatusFilter;
  /** Part of any of the entity's names. */
  q?: string;
  /** YYYY-MM-DD: designations in force on that day (default today). */
  asOf?: string;
  page?: number;
  pageSize?: number;
};

export type EntityListRow = {
  id: number;
  kind: EntityKind;
  name: string;
  otherNames: { value: string; official: boolean; script: string }[];
  /** Each authority's designations on the day, at their best state (see `DayState`). */
  authorities: { code: string; inForce: boolean; state: DayState; knownBy: string | null }[];
  firstListedOn: string | null;
  inForce: boolean;
  state: EntityDayState;
};

export type EntityPage = {
  rows: EntityListRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  asOf: string;
  /** The entities the filters (all but status) cover on the day, in force or not known (see `DayCounts`). */
  counts: DayCounts;
};

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The entity list: filtered by kind, authority, name and status on a date (in
 * force, delisted, or not known for that date), a page at a time, sorted by
 * name. With `asOf`, only entities designated by that date appear, and their
 * status is as of then; an entity the tracker cannot place on the date (its
 * designations undated and first seen later) is counted apart, never dropped.
 */
export function listEntities(filters: EntityFilters, db: DbOrTx = getDb()): EntityPage {
  const asOf = filters.asOf ?? today();
  const pageSize = Math.min(Math.max(filters.pageSize ?? 25, 1), 100);
  const status = filters.status ?? "all";

  const designationScope: SQL[] = [sql`${designations.withdrawnAt} is null`];
  if (filters.authority) designationScope.push(eq(designations.authorityCode, filters.authority));

  // One row per entity with designations in scope: the best state of any of them on the date.
  const perEntity = db
    .select({
      entityId: designations.entityId,
      best: sql<number>`max(${dayRank(asOf)})`.as("best"),
      firstListedOn: sql<string | null>`min(coalesce(${designations.listedOn}, ${designations.effectiveOn}))`.as(
        "first_listed_on",
      ),
    })
    .from(designations)
    .where(and(...designationScope))
    .groupBy(designations.entityId)
    .as("per_entity");

  // An entity merged into another is listed as the survivor, which holds its names and designations.
  const where: SQL[] = [sql`${entities.withdrawnAt} is null`, sql`${entities.mergedIntoId} is null`];
  if (filters.kind) where.push(eq(entities.kind, filters.kind));
  if (filters.q?.trim()) {
    const pattern = `%${escapeLike(filters.q.trim())}%`;
    where.push(
      sql`exists (select 1 from ${entityNames} where ${entityNames.entityId} = ${entities.id} and ${entityNames.value} like ${pattern} escape '\\')`,
    );
  }
  const counted = db
    .select({
      inForce: sql<number>`coalesce(sum(${perEntity.best} >= ${IN_FORCE_RANK}), 0)`,
      onFirstSeen: sql<number>`coalesce(sum(${perEntity.best} = ${rankOf("seen")}), 0)`,
      unknown: sql<number>`coalesce(sum(${perEntity.best} = ${rankOf("unknown")}), 0)`,
    })
    .from(entities)
    .innerJoin(perEntity, eq(perEntity.entityId, entities.id))
    .where(and(...where))
    .get();
  const counts: DayCounts = { inForce: counted?.inForce ?? 0, onFirstSeen: counted?.onFirstSeen ?? 0, unknown: counted?.unknown ?? 0 };

  const restrictToDesignated = Boolean(filters.authority || filters.asOf || status !== "all");
  if (restrictToDesignated) where.push(sql`${perEntity.best} >= ${rankOf("ended")}`);
  if (status === "active") where.push(sql`${perEntity.best} >= ${IN_FORCE_RANK}`);
  if (status === "delisted") where.push(sql`${perEntity.best} = ${rankOf("ended")}`);
  if (status === "unknown") where.push(sql`${perEntity.best} = ${rankOf("unknown")}`);

  const base = db
    .select({
      id: entities.id,
      kind: entities.kind,
      name: entities.name,
      best: perEntity.best,
      firstListedOn: perEntity.firstListedOn,
    })
    .from(entities)
    .leftJoin(perEntity, eq(perEntity.entityId, entities.id))
    .where(and(...where));

  const total = db.select({ n: sql<number>`count(*)` }).from(base.as("filtered")).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(filters.page ?? 1, 1), pageCount);
  const rows = base
    .orderBy(sql`${entities.name} collate nocase`, asc(entities.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();

  const ids = rows.map((r) => r.id);
  const names = ids.length
    ? db
        .select({ entityId: entityNames.entityId, value: entityNames.value, official: entityNames.official, script: entityNames.script })
        .from(entityNames)
        .where(and(inArray(entityNames.entityId, ids), ne(entityNames.type, "primary")))
        .orderBy(asc(entityNames.id))
        .all()
    : [];
  const auths = ids.length
    ? db
        .select({
          entityId: designations.entityId,
          code: designations.authorityCode,
          best: sql<number>`max(${dayRank(asOf)})`,
          knownBy: sql<string | null>`min(${designations.firstSeenOn})`,
        })
        .from(designations)
        .where(and(inArray(designations.entityId, ids), sql`${designations.withdrawnAt} is null`))
        .groupBy(designations.entityId, designations.authorityCode)
        .having(sql`max(${dayRank(asOf)}) >= ${rankOf("ended")}`)
        .orderBy(asc(designations.authorityCode))
        .all()
    : [];

  return {
    rows: rows.map((r) => {
      const best = r.best ?? 0;
      return {
        id: r.id,
        kind: r.kind,
        name: r.name,
        otherNames: names.filter((n) => n.entityId === r.id).slice(0, 3),
        authorities: auths
          .filter((a) => a.entityId === r.id)
          .map((a) => ({
            code: a.code,
            inForce: a.best >= IN_FORCE_RANK,
            state: DAY_STATES[a.best] ?? "future",
            knownBy: a.knownBy,
          })),
        firstListedOn: r.firstListedOn ?? null,
        inForce: best >= IN_FORCE_RANK,
        state: entityDayState(best),
      };
    }),
    total,
    page,
    pageSize,
    pageCount,
    asOf,
    counts,
  };
}

export type DesignationView = {
  id: number;
  authorityCode: string;
  program: { code: string; name: string; legalBasis: string | null };
  announcement: { id: string; title: string } | null;
  listedOn: string | null;
  effectiveOn: string | null;
  delistedOn: string | null;
  delistingReason: string | null;
  delistingSource: SourceRef | null;
  reason: string | null;
  legalBasis: string | null;
  status: FactStatus;
  listRecordId: string | null;
  /** Tracker time: the publication of the list in which the tracker first saw it (null if not from a list). */
  firstSeenOn: string | null;
  inForce: boolean;
  version: number;
  sources: SourceRef[];
};

/**
 * Where a name comes from: a source of its own; a list record that gives it
 * (with the publication that last carried it); the announcement that named
 * the entity so. A name may have several, or none.
 */
export type NameOrigin =
  | { kind: "source"; source: SourceRef }
  | { kind: "listRecord"; listKey: ListKey; recordId: string; publication: Publication | null }
  | { kind: "announcement"; id: string; authorityCode: string; announcedOn: string; title: string };

export type EntityDetail = {
  id: number;
  kind: EntityKind;
  name: string;
  remarks: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  withdrawn: { at: string; reason: string | null } | null;
  /** The entity this one was merged into (its page redirects there), or null. */
  mergedInto: number | null;
  /** Entities merged into this one (docs/decisions/0009), with the rule that merged each; their records, names and designations are this one's now. */
  merged: { id: number; name: string; rule: string | null }[];
  names: {
    id: number;
    value: string;
    type: NameType;
    script: string;
    lang: string | null;
    official: boolean;
    status: FactStatus;
    note: string | null;
    source: SourceRef | null;
    origins: NameOrigin[];
  }[];
  identifiers: {
    id: number;
    type: IdentifierType;
    value: string;
    country: string | null;
    note: string | null;
    source: SourceRef | null;
    /** For IMO ship numbers: whether the check digit holds; null for other types. */
    checkDigitValid: boolean | null;
  }[];
  attributes: { id: number; key: AttributeKey; value: string; status: FactStatus; note: string | null; source: SourceRef | null }[];
  refs: { ref: string; origin: "record" | "same_as"; basis: string | null; status: FactStatus }[];
  designationsByAuthority: { authority: { code: string; name: string }; designations: DesignationView[] }[];
  relationships: {
    id: number;
    type: RelationshipType;
    direction: "outgoing" | "incoming";
    other: { id: number; name: string; kind: EntityKind };
    status: FactStatus;
    source: SourceRef | null;
  }[];
  timeline: ChangeItem[];
  /** Every source behind any fact on the page. */
  sources: SourceRef[];
  /** Entities that may be the same real thing but were not merged, with why (both directions). */
  possibleMatches: { id: number; name: string; kind: EntityKind; basis: string }[];
  /** This entity's records in the imported lists: when each was first seen, if gone from when, and their remarks. */
  listRecords: EntityListRecord[];
  /** Whether it is sanctioned today, by whom and since when; or since when not. */
  status: EntityStatus;
};

/** The entity an entity was merged into (the one to show and link instead), or null when it stands on its own or does not exist. */
export function mergedIntoOf(id: number, db: DbOrTx = getDb()): number | null {
  return db.select({ into: entities.mergedIntoId }).from(entities).where(eq(entities.id, id)).get()?.into ?? null;
}

/**
 * Everything known about one entity, with its sources and history; null if
 * there is no such entity. Its timeline holds the changes in the world about
 * it (and about the entities merged into it), and the tracker's record keeping
 * too when `withRecordKeeping` is set.
 */
export function getEntity(id: number, db: DbOrTx = getDb(), options: { withRecordKeeping?: boolean } = {}): EntityDetail | null {
  const entity = db.select().from(entities).where(eq(entities.id, id)).get();
  if (!entity) return null;
  const now = today();
  const mergedRows = db
    .select({ id: entities.id, name: entities.name })
    .from(entities)
    .where(eq(entities.mergedIntoId, id))
    .orderBy(asc(entities.id))
    .all();
  const mergeRules = mergedRows.length
    ? new Map(
        db
          .select({ subjectId: changeLog.subjectId, reason: changeLog.reason })
          .from(changeLog)
          .where(
            and(
              eq(changeLog.action, "entity.merge"),
              eq(changeLog.subjectType, "entity"),
              inArray(changeLog.subjectId, mergedRows.map((m) => String(m.id))),
            ),
          )
          .all()
          .map((r) => [Number(r.subjectId), r.reason]),
      )
    : new Map<number, string | null>();

  const names = db.select().from(entityNames).where(eq(entityNames.entityId, id)).orderBy(asc(entityNames.id)).all();
  const identifiers = db
    .select()
    .from(entityIdentifiers)
    .where(eq(entityIdentifiers.entityId, id))
    .orderBy(asc(entityIdentifiers.id))
    .all();
  const attributes = db
    .select()
    .from(entityAttributes)
    .where(eq(entityAttributes.entityId, id))
    .orderBy(asc(entityAttributes.id))
    .all();
  const refs = db.select().from(entityRefs).where(eq(entityRefs.entityId, id)).orderBy(asc(entityRefs.ref)).all();

  const desigs = db
    .select({
      d: designations,
      authorityName: authorities.name,
      programCode: programs.code,
      programName: programs.name,
      programLegalBasis: programs.legalBasis,
      announcementTitle: announcements.title,
    })
    .from(designations)
    .innerJoin(authorities, eq(authorities.code, designations.authorityCode))
    .innerJoin(programs, eq(programs.id, designations.programId))
    .leftJoin(announcements, eq(announcements.id, designations.announcementId))
    .where(and(eq(designations.entityId, id), sql`${designations.withdrawnAt} is null`))
    .orderBy(asc(designations.authorityCode), sql`coalesce(${designations.effectiveOn}, ${designations.listedOn})`)
    .all();
  const desigIds = desigs.map((r) => r.d.id);
  const desigSourceLinks = desigIds.length
    ? db.select().from(designationSources).where(inArray(designationSources.designationId, desigIds)).all()
    : [];

  const rels = db
    .select({
      id: relationships.id,
      type: relationships.type,
      fromEntityId: relationships.fromEntityId,
      toEntityId: relationships.toEntityId,
      status: relationships.status,
      sourceId: relationships.sourceId,
    })
    .from(relationships)
    .where(or(eq(relationships.fromEntityId, id), eq(relationships.toEntityId, id)))
    .orderBy(asc(relationships.id))
    .all();
  const otherIds = rels.map((r) => (r.fromEntityId === id ? r.toEntityId : r.fromEntityId));
  const others = otherIds.length
    ? db
        .select({ id: entities.id, name: entities.name, kind: entities.kind })
        .from(entities)
        .where(inArray(entities.id, otherIds))
        .all()
    : [];

  const timelineRows = db
    .select()
    .from(changeLog)
    .where(and(inArray(changeLog.entityId, [id, ...mergedRows.map((m) => m.id)]), classFilter(options.withRecordKeeping)))
    .orderBy(...feedOrder)
    .all();
  const timeline = describeChanges(timelineRows, db);

  const sourceMap = loadSources(db, [
    ...names.map((n) => n.sourceId),
    ...identifiers.map((i) => i.sourceId),
    ...attributes.map((a) => a.sourceId),
    ...desigSourceLinks.map((l) => l.sourceId),
    ...desigs.map((r) => r.d.delistingSourceId),
    ...rels.map((r) => r.sourceId),
  ]);

  const byAuthority = new Map<string, EntityDetail["designationsByAuthority"][number]>();
  for (const r of desigs) {
    const group = byAuthority.get(r.d.authorityCode) ?? {
      authority: { code: r.d.authorityCode, name: r.authorityName },
      designations: [],
    };
    group.designations.push({
      id: r.d.id,
      authorityCode: r.d.authorityCode,
      program: { code: r.programCode, name: r.programName, legalBasis: r.programLegalBasis },
      announcement: r.d.announcementId && r.announcementTitle ? { id: r.d.announcementId, title: r.announcementTitle } : null,
      listedOn: r.d.listedOn,
      effectiveOn: r.d.effectiveOn,
      delistedOn: r.d.delistedOn,
      delistingReason: r.d.delistingReason,
      delistingSource: sourceOf(sourceMap, r.d.delistingSourceId),
      reason: r.d.reason,
      legalBasis: r.d.legalBasis,
      status: r.d.status,
      listRecordId: r.d.listRecordId,
      firstSeenOn: r.d.firstSeenOn,
      inForce: isInForce(r.d, now),
      version: r.d.version,
      sources: desigSourceLinks
        .filter((l) => l.designationId === r.d.id)
        .map((l) => sourceOf(sourceMap, l.sourceId))
        .filter((s): s is SourceRef => s !== null),
    });
    byAuthority.set(r.d.authorityCode, group);
  }

  const matchRows = db
    .select({
      entityId: possibleMatches.entityId,
      otherEntityId: possibleMatches.otherEntityId,
      basis: possibleMatches.basis,
    })
    .from(possibleMatches)
    .where(or(eq(possibleMatches.entityId, id), eq(possibleMatches.otherEntityId, id)))
    .all();
  const matchIds = matchRows.map((r) => (r.entityId === id ? r.otherEntityId : r.entityId));
  const matchEntities = matchIds.length
    ? db
        .select({ id: entities.id, name: entities.name, kind: entities.kind })
        .from(entities)
        .where(inArray(entities.id, matchIds))
        .all()
    : [];
  const possible = matchRows
    .flatMap((r) => {
      const other = matchEntities.find((e) => e.id === (r.entityId === id ? r.otherEntityId : r.entityId));
      return other ? [{ id: other.id, name: other.name, kind: other.kind, basis: r.basis }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);

  const records = entityListRecords(db, id);
  const originsOf = nameOrigins(db, names, records, sourceMap);

  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    remarks: entity.remarks,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    withdrawn: entity.withdrawnAt ? { at: entity.withdrawnAt, reason: entity.withdrawnReason } : null,
    mergedInto: entity.mergedIntoId,
    merged: mergedRows.map((m) => ({ ...m, rule: mergeRules.get(m.id) ?? null })),
    names: names.map((n) => ({
      id: n.id,
      value: n.value,
      type: n.type,
      script: n.script,
      lang: n.lang,
      official: n.official,
      status: n.status,
      note: n.note,
      source: sourceOf(sourceMap, n.sourceId),
      origins: originsOf(n),
    })),
    identifiers: identifiers.map((i) => ({
      id: i.id,
      type: i.type,
      value: i.value,
      country: i.country,
      note: i.note,
      source: sourceOf(sourceMap, i.sourceId),
      checkDigitValid: i.type === "imo" ? imoCheckDigitValid(i.value) : null,
    })),
    attributes: attributes.map((a) => ({
      id: a.id,
      key: a.key,
      value: a.value,
      status: a.status,
      note: a.note,
      source: sourceOf(sourceMap, a.sourceId),
    })),
    refs: refs.map((r) => ({ ref: r.ref, origin: r.origin, basis: r.basis, status: r.status })),
    designationsByAuthority: [...byAuthority.values()],
    relationships: rels.flatMap((r) => {
      const outgoing = r.fromEntityId === id;
      const other = others.find((o) => o.id === (outgoing ? r.toEntityId : r.fromEntityId));
      if (!other) return [];
      return [
        {
          id: r.id,
          type: r.type,
          direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
          other,
          status: r.status,
          source: sourceOf(sourceMap, r.sourceId),
        },
      ];
    }),
    timeline,
    sources: [...sourceMap.values()].sort((a, b) => a.citation.localeCompare(b.citation)),
    possibleMatches: possible,
    listRecords: records,
    status: entityStatus(
      desigs.map((r) => r.d),
      now,
    ),
  };
}

/**
 * A name's origins. A name whose own source is a publication of a list that
 * still gives it in the entity's record shows that record instead, which says
 * more (the record id) in fewer words.
 */
function nameOrigins(
  db: DbOrTx,
  names: (typeof entityNames.$inferSelect)[],
  records: EntityListRecord[],
  sourceMap: Map<number, SourceRef>,
): (name: typeof entityNames.$inferSelect) => NameOrigin[] {
  const sourceIds = [...new Set(names.map((n) => n.sourceId).filter((x): x is number => x !== null))];
  const listOfSource = new Map(
    sourceIds.length
      ? db
          .select({ id: sourcesTable.id, listKey: sourcesTable.listKey })
          .from(sourcesTable)
          .where(inArray(sourcesTable.id, sourceIds))
          .all()
          .map((r) => [r.id, r.listKey])
      : [],
  );
  const announcementIds = [...new Set(names.map((n) => n.announcementId).filter((x): x is string => x !== null))];
  const named = announcementIds.length
    ? db
        .select({ id: announcements.id, authorityCode: announcements.authorityCode, announcedOn: announcements.announcedOn, title: announcements.title })
        .from(announcements)
        .where(inArray(announcements.id, announcementIds))
        .all()
    : [];
  return (n) => {
    const carrying = records.filter((r) => r.names.some((v) => v.trim() === n.value));
    const origins: NameOrigin[] = carrying.map((r) => ({
      kind: "listRecord",
      listKey: r.listKey,
      recordId: r.recordId,
      publication: r.lastSeenIn,
    }));
    const source = sourceOf(sourceMap, n.sourceId);
    const sourceList = n.sourceId === null ? null : listOfSource.get(n.sourceId);
    if (source && !(sourceList && carrying.some((r) => r.listKey === sourceList))) origins.push({ kind: "source", source });
    const announcement = named.find((a) => a.id === n.announcementId);
    if (announcement) origins.push({ kind: "announcement", ...announcement });
    return origins;
  };
}

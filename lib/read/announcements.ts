import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import {
  announcementSources,
  announcements,
  authorities,
  designations,
  entities,
  entityNames,
  programs,
  ENTITY_KINDS,
  type EntityKind,
  type FactStatus,
} from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { rowNames } from "@/lib/domain/heading-names";
import { loadSources, type SourceRef } from "./sources";

export type KindCount = { kind: EntityKind; declared: number | null; entered: number; missing: number };

export type AnnouncementSummary = {
  id: string;
  authority: { code: string; name: string };
  program: { code: string; name: string } | null;
  title: string;
  announcedOn: string;
  effectiveOn: string | null;
  status: FactStatus;
  counts: KindCount[];
  /** The later announcement that carried out this one (a plan), if any. */
  fulfilledBy: { id: string; title: string; announcedOn: string; effectiveOn: string | null } | null;
};

export type AnnouncementDetail = AnnouncementSummary & {
  summary: string | null;
  effects: string | null;
  note: string | null;
  sources: SourceRef[];
  /** Earlier announcements (plans) that this one carried out. */
  fulfills: { id: string; title: string; announcedOn: string }[];
  entities: {
    id: number;
    kind: EntityKind;
    /** The name the entity is shown by: its primary name, or on a Korean page a Hangul one (see `rowNames`). */
    name: string;
    /** Its other names, the primary name first when it is not the one shown. */
    otherNames: { value: string; official: boolean; script: string }[];
    designationId: number;
    listedOn: string | null;
    effectiveOn: string | null;
    delistedOn: string | null;
    reason: string | null;
  }[];
};

type Row = typeof announcements.$inferSelect & { authorityName: string; programCode: string | null; programName: string | null };

function enteredCounts(db: DbOrTx, ids: string[]): Map<string, Map<EntityKind, number>> {
  const rows = ids.length
    ? db
        .select({ announcementId: designations.announcementId, kind: entities.kind, n: sql<number>`count(distinct ${entities.id})` })
        .from(designations)
        .innerJoin(entities, eq(entities.id, designations.entityId))
        .where(and(inArray(designations.announcementId, ids), sql`${designations.withdrawnAt} is null`))
        .groupBy(designations.announcementId, entities.kind)
        .all()
    : [];
  const out = new Map<string, Map<EntityKind, number>>();
  for (const r of rows) {
    const m = out.get(r.announcementId!) ?? new Map<EntityKind, number>();
    m.set(r.kind, r.n);
    out.set(r.announcementId!, m);
  }
  return out;
}

function summarize(db: DbOrTx, rows: Row[]): AnnouncementSummary[] {
  const entered = enteredCounts(
    db,
    rows.map((r) => r.id),
  );
  const targetIds = rows.map((r) => r.fulfilledById).filter((id): id is string => !!id);
  const targets = targetIds.length
    ? db
        .select({
          id: announcements.id,
          title: announcements.title,
          announcedOn: announcements.announcedOn,
          effectiveOn: announcements.effectiveOn,
        })
        .from(announcements)
        .where(inArray(announcements.id, targetIds))
        .all()
    : [];
  return rows.map((r) => {
    const declared: Record<EntityKind, number | null> = {
      vessel: r.declaredVessels,
      organization: r.declaredOrganizations,
      individual: r.declaredIndividuals,
      aircraft: null,
    };
    return {
      id: r.id,
      authority: { code: r.authorityCode, name: r.authorityName },
      program: r.programCode && r.programName ? { code: r.programCode, name: r.programName } : null,
      title: r.title,
      announcedOn: r.announcedOn,
      effectiveOn: r.effectiveOn,
      status: r.status,
      // Kinds the announcement declared a count for, and any other kind entered under it.
      counts: ENTITY_KINDS.flatMap((kind) => {
        const n = entered.get(r.id)?.get(kind) ?? 0;
        const d = declared[kind];
        if (d === null && n === 0) return [];
        return [{ kind, declared: d, entered: n, missing: d === null ? 0 : Math.max(0, d - n) }];
      }),
      fulfilledBy: targets.find((t) => t.id === r.fulfilledById) ?? null,
    };
  });
}

function baseQuery(db: DbOrTx) {
  return db
    .select({
      a: announcements,
      authorityName: authorities.name,
      programCode: programs.code,
      programName: programs.name,
    })
    .from(announcements)
    .innerJoin(authorities, eq(authorities.code, announcements.authorityCode))
    .leftJoin(programs, eq(programs.id, announcements.programId));
}

const flatten = (r: {
  a: typeof announcements.$inferSelect;
  authorityName: string;
  programCode: string | null;
  programName: string | null;
}): Row => ({
  ...r.a,
  authorityName: r.authorityName,
  programCode: r.programCode,
  programName: r.programName,
});

/** Every announcement, newest first, with declared and entered counts per kind. */
export function listAnnouncements(db: DbOrTx = getDb()): AnnouncementSummary[] {
  const rows = baseQuery(db).orderBy(desc(announcements.announcedOn), asc(announcements.id)).all().map(flatten);
  return summarize(db, rows);
}

/** With `nameOrder: "ko"`, each designated entity is shown by its Hangul name where it has one (as `listEntities` does). */
export function getAnnouncement(
  id: string,
  options: { nameOrder?: "default" | "ko" } = {},
  db: DbOrTx = getDb(),
): AnnouncementDetail | null {
  const row = baseQuery(db).where(eq(announcements.id, id)).get();
  if (!row) return null;
  const a = flatten(row);
  const [summary] = summarize(db, [a]);
  const sourceIds = db
    .select({ id: announcementSources.sourceId })
    .from(announcementSources)
    .where(eq(announcementSources.announcementId, id))
    .all()
    .map((r) => r.id);
  const sourceMap = loadSources(db, sourceIds);
  const fulfills = db
    .select({ id: announcements.id, title: announcements.title, announcedOn: announcements.announcedOn })
    .from(announcements)
    .where(eq(announcements.fulfilledById, id))
    .all();
  const designated = db
    .select({
      id: entities.id,
      kind: entities.kind,
      name: entities.name,
      designationId: designations.id,
      listedOn: designations.listedOn,
      effectiveOn: designations.effectiveOn,
      delistedOn: designations.delistedOn,
      reason: designations.reason,
    })
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    .where(and(eq(designations.announcementId, id), sql`${designations.withdrawnAt} is null`))
    .orderBy(asc(entities.kind), sql`${entities.name} collate nocase`)
    .all();
  const ids = designated.map((d) => d.id);
  const names = ids.length
    ? db
        .select({
          entityId: entityNames.entityId,
          value: entityNames.value,
          type: entityNames.type,
          script: entityNames.script,
          official: entityNames.official,
          status: entityNames.status,
        })
        .from(entityNames)
        .where(inArray(entityNames.entityId, ids))
        .orderBy(asc(entityNames.id))
        .all()
    : [];
  const locale = options.nameOrder === "ko" ? "ko" : "en";
  const namesOf = (entityId: number, primary: string) => {
    const { shown, others } = rowNames(
      names.filter((n) => n.entityId === entityId),
      locale,
    );
    return { name: shown?.value ?? primary, otherNames: others.map(({ value, official, script }) => ({ value, official, script })) };
  };
  return {
    ...summary!,
    summary: a.summary,
    effects: a.effects,
    note: a.note,
    sources: sourceIds.map((sid) => sourceMap.get(sid)).filter((s): s is SourceRef => !!s),
    fulfills,
    entities: inKoreanOrder(
      designated.map((d) => ({ ...d, ...namesOf(d.id, d.name) })),
      locale,
    ),
  };
}

const koreanCollator = new Intl.Collator("ko");

/** On a Korean page, the entities of each kind in 가나다 order of the names they are shown by (SQL gave them by primary name). */
function inKoreanOrder<E extends { kind: EntityKind; name: string }>(entities: E[], locale: "en" | "ko"): E[] {
  if (locale !== "ko") return entities;
  return [...entities].sort((a, b) => (a.kind === b.kind ? koreanCollator.compare(a.name, b.name) : 0));
}

import "server-only";
import { cache } from "react";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { announcements, authorities, designationSources, designations, programs, type FactStatus } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { isInForce } from "../in-force";
import { loadSources, sourceOf, type SourceRef } from "../sources";
import { entityStatus, type EntityStatus } from "../entity-status";

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

export type AuthorityDesignations = { authority: { code: string; name: string }; designations: DesignationView[] };

/** The entity's designations (not withdrawn), by authority, then by date, with their program and announcement. */
const loadDesignationRows = cache((id: number, db: DbOrTx) =>
  db
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
    .all(),
);

/** The entity's designations grouped by authority, each with its sources and whether it is in force today. */
export const loadDesignationsByAuthority = cache((id: number, db: DbOrTx): AuthorityDesignations[] => {
  const rows = loadDesignationRows(id, db);
  const links = rows.length
    ? db
        .select()
        .from(designationSources)
        .where(
          inArray(
            designationSources.designationId,
            rows.map((r) => r.d.id),
          ),
        )
        .all()
    : [];
  const sources = loadSources(db, [...links.map((l) => l.sourceId), ...rows.map((r) => r.d.delistingSourceId)]);
  const now = today();
  const byAuthority = new Map<string, AuthorityDesignations>();
  for (const r of rows) {
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
      delistingSource: sourceOf(sources, r.d.delistingSourceId),
      reason: r.d.reason,
      legalBasis: r.d.legalBasis,
      status: r.d.status,
      listRecordId: r.d.listRecordId,
      firstSeenOn: r.d.firstSeenOn,
      inForce: isInForce(r.d, now),
      version: r.d.version,
      sources: links
        .filter((l) => l.designationId === r.d.id)
        .map((l) => sourceOf(sources, l.sourceId))
        .filter((s): s is SourceRef => s !== null),
    });
    byAuthority.set(r.d.authorityCode, group);
  }
  return [...byAuthority.values()];
});

/** Whether the entity is sanctioned today, by whom and since when; or since when not. */
export const loadStatus = cache((id: number, db: DbOrTx): EntityStatus =>
  entityStatus(
    loadDesignationRows(id, db).map((r) => r.d),
    today(),
  ),
);

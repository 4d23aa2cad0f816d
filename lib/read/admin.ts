import "server-only";
import { asc, eq } from "drizzle-orm";
import { announcements, designations, entities, programs, type FactStatus } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { isInForce } from "./in-force";
import { today } from "@/lib/domain/partial-date";

/**
 * What the admin forms open with: the editable fields of a row and the
 * version they were read at (optimistic concurrency), including withdrawn
 * records, which the public pages leave out.
 */

export type DesignationForEdit = {
  id: number;
  version: number;
  authorityCode: string;
  programName: string;
  announcementId: string | null;
  reason: string | null;
  legalBasis: string | null;
  listedOn: string | null;
  effectiveOn: string | null;
  status: FactStatus;
  delistedOn: string | null;
  delistingReason: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  inForce: boolean;
};

/** Every designation of an entity, withdrawn ones too, by authority and start. */
export function listDesignationsForEdit(entityId: number, db: DbOrTx = getDb()): DesignationForEdit[] {
  const now = today();
  return db
    .select({ d: designations, programName: programs.name })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(eq(designations.entityId, entityId))
    .orderBy(asc(designations.authorityCode), asc(designations.id))
    .all()
    .map(({ d, programName }) => ({
      id: d.id,
      version: d.version,
      authorityCode: d.authorityCode,
      programName,
      announcementId: d.announcementId,
      reason: d.reason,
      legalBasis: d.legalBasis,
      listedOn: d.listedOn,
      effectiveOn: d.effectiveOn,
      status: d.status,
      delistedOn: d.delistedOn,
      delistingReason: d.delistingReason,
      withdrawnAt: d.withdrawnAt,
      withdrawnReason: d.withdrawnReason,
      inForce: isInForce(d, now),
    }));
}

export function getDesignationForEdit(id: number, db: DbOrTx = getDb()): (DesignationForEdit & { entityId: number }) | null {
  const row = db.select({ entityId: designations.entityId }).from(designations).where(eq(designations.id, id)).get();
  if (!row) return null;
  const found = listDesignationsForEdit(row.entityId, db).find((d) => d.id === id);
  return found ? { ...found, entityId: row.entityId } : null;
}

export type EntityForEdit = {
  id: number;
  kind: (typeof entities.$inferSelect)["kind"];
  name: string;
  remarks: string | null;
  version: number;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
};

export function getEntityForEdit(id: number, db: DbOrTx = getDb()): EntityForEdit | null {
  const e = db.select().from(entities).where(eq(entities.id, id)).get();
  return e
    ? {
        id: e.id,
        kind: e.kind,
        name: e.name,
        remarks: e.remarks,
        version: e.version,
        withdrawnAt: e.withdrawnAt,
        withdrawnReason: e.withdrawnReason,
      }
    : null;
}

export type AnnouncementForEdit = {
  id: string;
  version: number;
  authorityCode: string;
  program: string | null;
  title: string;
  summary: string | null;
  effects: string | null;
  note: string | null;
  announcedOn: string;
  effectiveOn: string | null;
  declaredVessels: number | null;
  declaredOrganizations: number | null;
  declaredIndividuals: number | null;
  status: FactStatus;
};

export function getAnnouncementForEdit(id: string, db: DbOrTx = getDb()): AnnouncementForEdit | null {
  const row = db
    .select({ a: announcements, programName: programs.name })
    .from(announcements)
    .leftJoin(programs, eq(programs.id, announcements.programId))
    .where(eq(announcements.id, id))
    .get();
  if (!row) return null;
  const { a } = row;
  return {
    id: a.id,
    version: a.version,
    authorityCode: a.authorityCode,
    program: row.programName,
    title: a.title,
    summary: a.summary,
    effects: a.effects,
    note: a.note,
    announcedOn: a.announcedOn,
    effectiveOn: a.effectiveOn,
    declaredVessels: a.declaredVessels,
    declaredOrganizations: a.declaredOrganizations,
    declaredIndividuals: a.declaredIndividuals,
    status: a.status,
  };
}

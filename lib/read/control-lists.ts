import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { authorities, controlListRevisions, controlLists, revisionSources, type FactStatus } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { basisOf, checkRevision, type RevisionCheck } from "@/lib/domain/revision-check";
import { loadSources, sourceOf, type SourceRef } from "./sources";

export type RevisionView = {
  id: number;
  effectiveOn: string;
  announcedOn: string | null;
  proposedOn: string | null;
  added: number;
  removed: number;
  total: number;
  note: string | null;
  /** What the total counts: named by this revision or carried from the one before (else the list's unit). */
  countBasis: string;
  status: FactStatus;
  sources: SourceRef[];
  /** previous + added − removed against the total, a change of count basis, and any conflicting reported figure. */
  check: RevisionCheck;
  reportedSource: SourceRef | null;
  discrepancyNote: string | null;
  /** The arithmetic fails on the same basis, or another source reports a conflicting figure. A restatement is not one. */
  hasDiscrepancy: boolean;
};

export type ControlListView = {
  key: string;
  name: string;
  unit: string;
  authority: { code: string; name: string };
  authorityNote: string | null;
  /** Oldest first. */
  revisions: RevisionView[];
  current: { total: number; effectiveOn: string } | null;
  discrepancyCount: number;
  restatementCount: number;
};

function load(db: DbOrTx, key?: string): ControlListView[] {
  const lists = db
    .select({ l: controlLists, authorityName: authorities.name })
    .from(controlLists)
    .innerJoin(authorities, eq(authorities.code, controlLists.authorityCode))
    .where(key ? eq(controlLists.key, key) : undefined)
    .orderBy(asc(controlLists.name))
    .all();
  if (lists.length === 0) return [];
  const revisions = db
    .select()
    .from(controlListRevisions)
    .where(
      inArray(
        controlListRevisions.listKey,
        lists.map((l) => l.l.key),
      ),
    )
    .orderBy(asc(controlListRevisions.effectiveOn))
    .all();
  const links = revisions.length
    ? db
        .select()
        .from(revisionSources)
        .where(
          inArray(
            revisionSources.revisionId,
            revisions.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const sourceMap = loadSources(db, [...links.map((l) => l.sourceId), ...revisions.map((r) => r.reportedSourceId)]);

  return lists.map(({ l, authorityName }) => {
    let previousTotal = 0;
    let previousBasis: string | null = null;
    const views: RevisionView[] = revisions
      .filter((r) => r.listKey === l.key)
      .map((r) => {
        const check = checkRevision({
          previousTotal,
          added: r.added,
          removed: r.removed,
          total: r.total,
          reportedPreviousTotal: r.reportedPreviousTotal,
          previousBasis,
          countBasis: r.countBasis,
        });
        const countBasis = basisOf(r.countBasis, previousBasis, l.unit);
        previousTotal = r.total;
        previousBasis = countBasis;
        return {
          id: r.id,
          effectiveOn: r.effectiveOn,
          announcedOn: r.announcedOn,
          proposedOn: r.proposedOn,
          added: r.added,
          removed: r.removed,
          total: r.total,
          note: r.note,
          countBasis,
          status: r.status,
          sources: links
            .filter((x) => x.revisionId === r.id)
            .map((x) => sourceOf(sourceMap, x.sourceId))
            .filter((s): s is SourceRef => s !== null),
          check,
          reportedSource: sourceOf(sourceMap, r.reportedSourceId),
          discrepancyNote: r.discrepancyNote,
          hasDiscrepancy: check.mismatch || check.reported !== null,
        };
      });
    const last = views.at(-1);
    return {
      key: l.key,
      name: l.name,
      unit: l.unit,
      authority: { code: l.authorityCode, name: authorityName },
      authorityNote: l.authorityNote,
      revisions: views,
      current: last ? { total: last.total, effectiveOn: last.effectiveOn } : null,
      discrepancyCount: views.filter((v) => v.hasDiscrepancy).length,
      restatementCount: views.filter((v) => v.check.restatement !== null).length,
    };
  });
}

export function listControlLists(db: DbOrTx = getDb()): ControlListView[] {
  return load(db);
}

export function getControlList(key: string, db: DbOrTx = getDb()): ControlListView | null {
  return load(db, key)[0] ?? null;
}

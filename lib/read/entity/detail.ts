import "server-only";
import type { EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import type { ChangeItem } from "../history";
import type { EntityStatus } from "../entity-status";
import type { EntityListRecord } from "../list-records";
import type { SourceRef } from "../sources";
import { loadDesignationsByAuthority, loadStatus, type AuthorityDesignations } from "./designations";
import { loadAttributes, loadIdentifiers, loadRefs, type EntityAttribute, type EntityIdentifier, type EntityRef } from "./facts";
import { loadNames, type EntityName } from "./names";
import { loadEntityRecord, loadListRecords, loadMerged, loadPossibleMatches } from "./record";
import { loadRelationships, type EntityRelationship } from "./relationships";
import { loadTimeline } from "./timeline";

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
  names: EntityName[];
  identifiers: EntityIdentifier[];
  attributes: EntityAttribute[];
  refs: EntityRef[];
  designationsByAuthority: AuthorityDesignations[];
  relationships: EntityRelationship[];
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

/**
 * Everything known about one entity, with its sources and history; null if
 * there is no such entity. Its timeline holds the changes in the world about
 * it (and about the entities merged into it), and the tracker's record keeping
 * too when `withRecordKeeping` is set.
 */
export function getEntity(id: number, db: DbOrTx = getDb(), options: { withRecordKeeping?: boolean } = {}): EntityDetail | null {
  const entity = loadEntityRecord(id, db);
  if (!entity) return null;
  const names = loadNames(id, db);
  const identifiers = loadIdentifiers(id, db);
  const attributes = loadAttributes(id, db);
  const designationsByAuthority = loadDesignationsByAuthority(id, db);
  const relationships = loadRelationships(id, db);
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
    merged: loadMerged(id, db),
    names,
    identifiers,
    attributes,
    refs: loadRefs(id, db),
    designationsByAuthority,
    relationships,
    timeline: loadTimeline(id, db, options.withRecordKeeping ?? false),
    sources: citedSources([
      ...names.map((n) => n.source),
      ...identifiers.map((i) => i.source),
      ...attributes.map((a) => a.source),
      ...designationsByAuthority.flatMap((g) => g.designations.flatMap((d) => [...d.sources, d.delistingSource])),
      ...relationships.map((r) => r.source),
    ]),
    possibleMatches: loadPossibleMatches(id, db),
    listRecords: loadListRecords(id, db),
    status: loadStatus(id, db),
  };
}

/** Each source once, by citation. */
function citedSources(cited: (SourceRef | null)[]): SourceRef[] {
  const byId = new Map<number, SourceRef>();
  for (const s of cited) if (s) byId.set(s.id, s);
  return [...byId.values()].sort((a, b) => a.citation.localeCompare(b.citation) || a.id - b.id);
}

import "server-only";
import { cache } from "react";
import { asc, eq, inArray } from "drizzle-orm";
import { announcements, entityNames, sources as sourcesTable, type FactStatus, type ListKey, type NameType } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { loadSources, sourceOf, type SourceRef } from "../sources";
import type { EntityListRecord, Publication } from "../list-records";
import { loadListRecords } from "./record";

/**
 * Where a name comes from: a source of its own; a list record that gives it
 * (with the publication that last carried it); the announcement that named
 * the entity so. A name may have several, or none.
 */
export type NameOrigin =
  | { kind: "source"; source: SourceRef }
  | { kind: "listRecord"; listKey: ListKey; recordId: string; publication: Publication | null }
  | { kind: "announcement"; id: string; authorityCode: string; announcedOn: string; title: string };

export type EntityName = {
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
};

type NameRow = typeof entityNames.$inferSelect;

/** The entity's names as stored, in the order they were added. */
export const loadNameRows = cache((id: number, db: DbOrTx): NameRow[] =>
  db.select().from(entityNames).where(eq(entityNames.entityId, id)).orderBy(asc(entityNames.id)).all(),
);

/** The entity's names with their sources and origins. */
export const loadNames = cache((id: number, db: DbOrTx): EntityName[] => {
  const rows = loadNameRows(id, db);
  const sources = loadSources(
    db,
    rows.map((n) => n.sourceId),
  );
  const originsOf = nameOrigins(db, rows, loadListRecords(id, db), sources);
  return rows.map((n) => ({
    id: n.id,
    value: n.value,
    type: n.type,
    script: n.script,
    lang: n.lang,
    official: n.official,
    status: n.status,
    note: n.note,
    source: sourceOf(sources, n.sourceId),
    origins: originsOf(n),
  }));
});

/**
 * A name's origins. A name whose own source is a publication of a list that
 * still gives it in the entity's record shows that record instead, which says
 * more (the record id) in fewer words.
 */
function nameOrigins(
  db: DbOrTx,
  names: NameRow[],
  records: EntityListRecord[],
  sourceMap: Map<number, SourceRef>,
): (name: NameRow) => NameOrigin[] {
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
        .select({
          id: announcements.id,
          authorityCode: announcements.authorityCode,
          announcedOn: announcements.announcedOn,
          title: announcements.title,
        })
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

import "server-only";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import {
  designationSources,
  designations,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  programs,
  sources,
  type AttributeKey,
  type EntityKind,
  type IdentifierType,
} from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { isInForce } from "./in-force";
import { currentPublications } from "./publications";

/** One designation of an exported entity. Dates are as stored: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null. */
export type DesignationExport = {
  /** The designation's id in this tracker (stable; the FtM export names its Sanction after it). */
  id: number;
  /** Authority code: `KR-MOFA`, `US-OFAC`, `UN-1718` ... */
  authority: string;
  /** Program code: `DPRK4`, `REG-269-2014-ANNEX-I` ... */
  program: string;
  listedOn: string | null;
  effectiveOn: string | null;
  delistedOn: string | null;
  /**
   * Tracker time: the publication of the list in which the tracker first saw
   * the designation. Lists that publish no listing dates (the OFAC SDN files)
   * leave only this; the tracker counts such a designation in force from it.
   */
  firstSeenOn: string | null;
  /** Tracker time: when the tracker recorded it (ISO timestamp); by then, at the latest, it knew of it. */
  recordedAt: string;
  reason: string | null;
  /** The first source asserting the designation: its URL, or its citation when it has none. */
  source: string | null;
};

/**
 * One entity as the exports (JSON lines, CSV, FtM) and the entity API give it.
 * Every entity that is not withdrawn is exported, delisted ones included; an
 * entity merged into another is exported as that one (docs/decisions/0009).
 */
export type EntityExport = {
  id: number;
  kind: EntityKind;
  /** The main name. */
  name: string;
  /** Every name the entity is known by, in every script, the main name first. */
  names: string[];
  identifiers: { type: IdentifierType; value: string }[];
  /** External references: `seed:patriot`, `ofac:24508`, `un:KPi.066`. */
  refs: string[];
  /**
   * The official lists that carry the entity's records, each with the date of
   * its latest publication the tracker imported: how current the entity's
   * data can be. An entity known only from entered facts has none.
   */
  publications: { list: string; publishedOn: string }[];
  /** Details by key (flag, birth_date, nationality, country, address, ...); several values may stand side by side. */
  attributes: { key: AttributeKey; value: string }[];
  designations: DesignationExport[];
};

function groupBy<T extends { entityId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.entityId);
    if (list) list.push(r);
    else out.set(r.entityId, [r]);
  }
  return out;
}

/** The URL of a designation's first source (in the order sources were added), else its citation. */
const firstSource = sql<string | null>`(
  select coalesce(${sources.url}, ${sources.citation})
  from ${designationSources} join ${sources} on ${sources.id} = ${designationSources.sourceId}
  where ${designationSources.designationId} = ${designations.id}
  order by ${designationSources}.rowid
  limit 1
)`;

type PublishedByPrefix = Map<string, { list: string; publishedOn: string }>;

/** Which publication each list's refs come from, read once per export rather than once per batch. */
function publishedByRefPrefix(db: DbOrTx): PublishedByPrefix {
  return new Map(currentPublications(db).map((p) => [p.refPrefix, { list: p.listKey, publishedOn: p.publishedOn }]));
}

/** Loads the parts of a batch of entities: one query per table, whatever the batch size. */
function loadBatch(
  db: DbOrTx,
  rows: { id: number; kind: EntityKind; name: string }[],
  publishedByPrefix: PublishedByPrefix,
): EntityExport[] {
  const ids = rows.map((r) => r.id);
  const names = groupBy(
    db
      .select({ entityId: entityNames.entityId, value: entityNames.value })
      .from(entityNames)
      .where(inArray(entityNames.entityId, ids))
      .orderBy(asc(entityNames.entityId), asc(entityNames.id))
      .all(),
  );
  const identifiers = groupBy(
    db
      .select({ entityId: entityIdentifiers.entityId, type: entityIdentifiers.type, value: entityIdentifiers.value })
      .from(entityIdentifiers)
      .where(inArray(entityIdentifiers.entityId, ids))
      .orderBy(asc(entityIdentifiers.entityId), asc(entityIdentifiers.id))
      .all(),
  );
  const refs = groupBy(
    db
      .select({ entityId: entityRefs.entityId, ref: entityRefs.ref })
      .from(entityRefs)
      .where(inArray(entityRefs.entityId, ids))
      .orderBy(asc(entityRefs.entityId), asc(entityRefs.ref))
      .all(),
  );
  const attributes = groupBy(
    db
      .select({ entityId: entityAttributes.entityId, key: entityAttributes.key, value: entityAttributes.value })
      .from(entityAttributes)
      .where(inArray(entityAttributes.entityId, ids))
      .orderBy(asc(entityAttributes.entityId), asc(entityAttributes.id))
      .all(),
  );
  const desigs = groupBy(
    db
      .select({
        entityId: designations.entityId,
        id: designations.id,
        authority: designations.authorityCode,
        program: programs.code,
        listedOn: designations.listedOn,
        effectiveOn: designations.effectiveOn,
        delistedOn: designations.delistedOn,
        firstSeenOn: designations.firstSeenOn,
        recordedAt: designations.recordedAt,
        reason: designations.reason,
        source: firstSource,
      })
      .from(designations)
      .innerJoin(programs, eq(programs.id, designations.programId))
      .where(and(inArray(designations.entityId, ids), isNull(designations.withdrawnAt)))
      .orderBy(
        asc(designations.entityId),
        asc(designations.authorityCode),
        sql`coalesce(${designations.effectiveOn}, ${designations.listedOn})`,
        asc(designations.id),
      )
      .all(),
  );

  return rows.map((e) => {
    const otherNames = (names.get(e.id) ?? []).map((n) => n.value).filter((v) => v !== e.name);
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      names: [e.name, ...otherNames],
      identifiers: (identifiers.get(e.id) ?? []).map(({ type, value }) => ({ type, value })),
      refs: (refs.get(e.id) ?? []).map((r) => r.ref),
      publications: [
        ...new Set(
          (refs.get(e.id) ?? []).map((r) => publishedByPrefix.get(r.ref.slice(0, r.ref.indexOf(":")))).filter((p) => p !== undefined),
        ),
      ],
      attributes: (attributes.get(e.id) ?? []).map(({ key, value }) => ({ key, value })),
      designations: (desigs.get(e.id) ?? []).map((d) => ({
        id: d.id,
        authority: d.authority,
        program: d.program,
        listedOn: d.listedOn,
        effectiveOn: d.effectiveOn,
        delistedOn: d.delistedOn,
        firstSeenOn: d.firstSeenOn,
        recordedAt: d.recordedAt,
        reason: d.reason,
        source: d.source ?? null,
      })),
    };
  });
}

/**
 * Every entity (delisted included, withdrawn and merged-away ones not), in id order, a batch at
 * a time: each batch is read with one query per table and nothing is held
 * between batches but the last id, so memory stays flat however many entities
 * there are. Reading resumes after the last id seen, so an entity added while
 * an export runs appears at most once and none is skipped or repeated.
 */
export function* iterateEntityExportBatches(db: DbOrTx = getDb(), batchSize = 500): Generator<EntityExport[], void, undefined> {
  const size = Math.max(1, Math.floor(batchSize));
  let after = 0;
  const published = publishedByRefPrefix(db);
  for (;;) {
    const rows = db
      .select({ id: entities.id, kind: entities.kind, name: entities.name })
      .from(entities)
      .where(and(gt(entities.id, after), isNull(entities.withdrawnAt), isNull(entities.mergedIntoId)))
      .orderBy(asc(entities.id))
      .limit(size)
      .all();
    if (rows.length === 0) return;
    yield loadBatch(db, rows, published);
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** One entity in the export shape (also the entity API's), or null if there is none (or it was merged into another: `mergedIntoOf`). */
export function getEntityExport(id: number, db: DbOrTx = getDb()): EntityExport | null {
  const rows = db
    .select({ id: entities.id, kind: entities.kind, name: entities.name })
    .from(entities)
    .where(and(eq(entities.id, id), isNull(entities.withdrawnAt), isNull(entities.mergedIntoId)))
    .all();
  return rows.length ? (loadBatch(db, rows, publishedByRefPrefix(db))[0] ?? null) : null;
}

/**
 * The entities of `ids` in the export shape, keyed by id, read with one query per
 * table for each 500 (the screening API builds every result of a batch at once);
 * an id withdrawn, merged away or unknown is absent.
 */
export function getEntityExports(ids: Iterable<number>, db: DbOrTx = getDb()): Map<number, EntityExport> {
  const all = [...new Set(ids)];
  const out = new Map<number, EntityExport>();
  if (all.length === 0) return out;
  const published = publishedByRefPrefix(db);
  for (let i = 0; i < all.length; i += 500) {
    const rows = db
      .select({ id: entities.id, kind: entities.kind, name: entities.name })
      .from(entities)
      .where(and(inArray(entities.id, all.slice(i, i + 500)), isNull(entities.withdrawnAt), isNull(entities.mergedIntoId)))
      .all();
    if (rows.length) for (const e of loadBatch(db, rows, published)) out.set(e.id, e);
  }
  return out;
}

/** Every entity (delisted included), one at a time, read in batches: see `iterateEntityExportBatches`. */
export function* iterateEntityExports(db: DbOrTx = getDb(), batchSize = 500): Generator<EntityExport, void, undefined> {
  for (const batch of iterateEntityExportBatches(db, batchSize)) yield* batch;
}

export type ExportStatus = {
  /** Whether any designation is in force on the day (see `isInForce`: from its effective, else listing, else first-seen date). */
  active: boolean;
  /** The earliest listing (or, without one, effective) date of any designation. */
  firstListedOn: string | null;
  /** When every designation has ended: the last delisting date; otherwise null. */
  delistedOn: string | null;
  /** Authority codes, each once, in the order of the designations. */
  authorities: string[];
  /** Program codes, each once, in the order of the designations. */
  programs: string[];
};

/** The status of an exported entity on a day (default today), from its designations alone. */
export function exportStatus(e: Pick<EntityExport, "designations">, asOf: string = today()): ExportStatus {
  const ds = e.designations;
  const starts = ds.map((d) => d.listedOn ?? d.effectiveOn).filter((v): v is string => v !== null);
  const ended = ds.length > 0 && ds.every((d) => d.delistedOn !== null);
  return {
    active: ds.some((d) => isInForce({ ...d, withdrawnAt: null }, asOf)),
    firstListedOn: starts.length ? starts.reduce((a, b) => (b < a ? b : a)) : null,
    delistedOn: ended ? ds.map((d) => d.delistedOn!).reduce((a, b) => (b > a ? b : a)) : null,
    authorities: [...new Set(ds.map((d) => d.authority))],
    programs: [...new Set(ds.map((d) => d.program))],
  };
}

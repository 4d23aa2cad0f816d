import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { authorities, designations, entities, ENTITY_KINDS, type EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { IN_FORCE_RANK, dayRank, rankOf } from "./in-force";
import { currentPublications, type CurrentPublication } from "./publications";
import { cachedByDataVersion } from "./data-version";
import { listChanges, type ChangeItem } from "./history";
import { listControlLists, type ControlListView } from "./control-lists";

export type HomeSummary = {
  asOf: string;
  /** Whether `asOf` is a past date the reader asked for, not today. */
  past: boolean;
  /** Designations in force on the day, and the distinct entities they cover, per kind. */
  byKind: { kind: EntityKind; designations: number; entities: number }[];
  byAuthority: { code: string; name: string; designations: number; entities: number }[];
  totals: { designations: number; entities: number };
  /** Of the designations in force, those resting only on a first-seen date; and those not known for the day (see `DayState`). */
  onFirstSeen: { designations: number; entities: number };
  unknown: { designations: number; entities: number };
  /** The list publications the figures rest on, with their age. */
  publications: CurrentPublication[];
  controlLists: ControlListView[];
  latestChanges: ChangeItem[];
};

/** Designations and distinct entities, counted by a key. */
class Tally {
  private readonly designations = new Map<string, number>();
  private readonly entities = new Map<string, Set<number>>();
  add(key: string, entityId: number): void {
    this.designations.set(key, (this.designations.get(key) ?? 0) + 1);
    const set = this.entities.get(key) ?? new Set<number>();
    set.add(entityId);
    this.entities.set(key, set);
  }
  get(key: string): { designations: number; entities: number } {
    return { designations: this.designations.get(key) ?? 0, entities: this.entities.get(key)?.size ?? 0 };
  }
  keys(): string[] {
    return [...this.designations.keys()];
  }
}

/** The home page's figures on `day` (default today). */
export function getHomeSummary(day?: string, db: DbOrTx = getDb()): HomeSummary {
  const now = today();
  const asOf = day ?? now;
  return cachedByDataVersion("home", db, `${asOf}|${now}`, () => computeHomeSummary(db, asOf, asOf !== now));
}

function computeHomeSummary(db: DbOrTx, asOf: string, past: boolean): HomeSummary {
  // One pass over the designations in force or not known on the day; the tallies are counted here rather than in several scans.
  const rank = dayRank(asOf);
  const rows = db
    .select({ kind: entities.kind, authority: designations.authorityCode, entityId: designations.entityId, rank })
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    // A merged-away entity is counted as its survivor (its designations moved there), never as one more entity.
    .where(
      and(
        sql`${designations.withdrawnAt} is null`,
        sql`${rank} >= ${rankOf("unknown")}`,
        sql`${entities.withdrawnAt} is null`,
        sql`${entities.mergedIntoId} is null`,
      ),
    )
    .all();
  const byKind = new Tally();
  const byAuthority = new Tally();
  const all = new Tally();
  for (const r of rows) {
    if (r.rank < IN_FORCE_RANK) {
      all.add("unknown", r.entityId);
      continue;
    }
    byKind.add(r.kind, r.entityId);
    byAuthority.add(r.authority, r.entityId);
    all.add("all", r.entityId);
    if (r.rank === rankOf("seen")) all.add("seen", r.entityId);
  }
  const names = new Map(
    db
      .select()
      .from(authorities)
      .all()
      .map((a) => [a.code, a.name]),
  );
  return {
    asOf,
    past,
    byKind: ENTITY_KINDS.map((kind) => ({ kind, ...byKind.get(kind) })),
    byAuthority: byAuthority
      .keys()
      .map((code) => ({ code, name: names.get(code) ?? code, ...byAuthority.get(code) }))
      .sort((a, b) => b.designations - a.designations || a.code.localeCompare(b.code)),
    totals: all.get("all"),
    onFirstSeen: all.get("seen"),
    unknown: all.get("unknown"),
    publications: currentPublications(db),
    controlLists: listControlLists(db),
    latestChanges: listChanges({ pageSize: 8, withTotal: false }, db).items,
  };
}

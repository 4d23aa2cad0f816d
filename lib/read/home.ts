import { and, eq, sql } from "drizzle-orm";
import { authorities, designations, entities, ENTITY_KINDS, type EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/lib/commands/context";
import { today } from "@/lib/domain/partial-date";
import { inForceOn } from "./in-force";
import { cachedByDataVersion } from "./data-version";
import { listChanges, type ChangeItem } from "./history";
import { listControlLists, type ControlListView } from "./control-lists";

export type HomeSummary = {
  asOf: string;
  /** Designations in force today, and the distinct entities they cover, per kind. */
  byKind: { kind: EntityKind; designations: number; entities: number }[];
  byAuthority: { code: string; name: string; designations: number; entities: number }[];
  totals: { designations: number; entities: number };
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

export function getHomeSummary(db: DbOrTx = getDb()): HomeSummary {
  const asOf = today();
  return cachedByDataVersion("home", db, asOf, () => computeHomeSummary(db, asOf));
}

function computeHomeSummary(db: DbOrTx, asOf: string): HomeSummary {
  // One pass over the designations in force; the three tallies are counted here rather than in three scans.
  const rows = db
    .select({ kind: entities.kind, authority: designations.authorityCode, entityId: designations.entityId })
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    // A merged-away entity is counted as its survivor (its designations moved there), never as one more entity.
    .where(and(inForceOn(asOf), sql`${entities.withdrawnAt} is null`, sql`${entities.mergedIntoId} is null`))
    .all();
  const byKind = new Tally();
  const byAuthority = new Tally();
  const all = new Tally();
  for (const r of rows) {
    byKind.add(r.kind, r.entityId);
    byAuthority.add(r.authority, r.entityId);
    all.add("all", r.entityId);
  }
  const names = new Map(db.select().from(authorities).all().map((a) => [a.code, a.name]));
  return {
    asOf,
    byKind: ENTITY_KINDS.map((kind) => ({ kind, ...byKind.get(kind) })),
    byAuthority: byAuthority
      .keys()
      .map((code) => ({ code, name: names.get(code) ?? code, ...byAuthority.get(code) }))
      .sort((a, b) => b.designations - a.designations || a.code.localeCompare(b.code)),
    totals: all.get("all"),
    controlLists: listControlLists(db),
    latestChanges: listChanges({ pageSize: 8, withTotal: false }, db).items,
  };
}

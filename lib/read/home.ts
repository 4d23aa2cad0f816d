import { and, asc, eq, sql } from "drizzle-orm";
import { authorities, designations, entities, ENTITY_KINDS, type EntityKind } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/lib/commands/context";
import { today } from "@/lib/domain/partial-date";
import { inForceOn } from "./in-force";
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

export function getHomeSummary(db: DbOrTx = getDb()): HomeSummary {
  const asOf = today();
  const active = and(inForceOn(asOf), sql`${entities.withdrawnAt} is null`);
  const counts = {
    designations: sql<number>`count(*)`,
    entities: sql<number>`count(distinct ${designations.entityId})`,
  };
  const kindRows = db
    .select({ kind: entities.kind, ...counts })
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    .where(active)
    .groupBy(entities.kind)
    .all();
  const authorityRows = db
    .select({ code: authorities.code, name: authorities.name, ...counts })
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    .innerJoin(authorities, eq(authorities.code, designations.authorityCode))
    .where(active)
    .groupBy(authorities.code)
    .orderBy(sql`count(*) desc`, asc(authorities.code))
    .all();
  const totals = db
    .select(counts)
    .from(designations)
    .innerJoin(entities, eq(entities.id, designations.entityId))
    .where(active)
    .get() ?? { designations: 0, entities: 0 };
  return {
    asOf,
    byKind: ENTITY_KINDS.map((kind) => {
      const r = kindRows.find((x) => x.kind === kind);
      return { kind, designations: r?.designations ?? 0, entities: r?.entities ?? 0 };
    }),
    byAuthority: authorityRows,
    totals,
    controlLists: listControlLists(db),
    latestChanges: listChanges({ pageSize: 8 }, db).items,
  };
}

import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { entities, entityRefs, possibleMatches } from "@/db/schema";
import { conflictingIdentifier, planCrossListMerges, possibleMatchRule, type CrossListRule } from "@/lib/domain/entity-match";
import type { DbOrTx } from "@/db/connection";
import { type CommandContext, inTransaction } from "./context";
import { recordPossibleMatch } from "./entities";
import { loadMatchFacts } from "./match-facts";
import { mergeEntities } from "./merge";
import { RECONCILE_ACTOR } from "@/lib/read/actors";

export type ReconcileResult = {
  /** Entities this pass merged into another, by rule. */
  merged: Partial<Record<CrossListRule, number>>;
  /** Possible matches this pass recorded, by rule (`possibleMatchRule`); pairs already recorded are not counted. */
  possibleMatches: Record<string, number>;
  /** Merges the plan made that a strong identifier refused when the groups came together (kept apart). */
  refused: number;
  ms: number;
};

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * The cross-list reconciliation pass (docs/decisions/0009): entities made
 * from records of different official lists that the rules of
 * lib/domain/entity-match.ts find to be one real thing are merged
 * (`mergeEntities`, the rule in the change log), and those that may be are
 * recorded as possible matches, shown on both pages. It runs after the
 * default data is loaded (`db:setup`) and after each import (the import CLI),
 * in one transaction. Idempotent: the merged-away entities are out of the
 * next pass, a survivor holds the records of both lists (so a namesake on
 * either list is the same list to it), and a possible match already recorded
 * is not recorded again, so a second pass changes nothing.
 */
export function reconcileEntities(ctx: CommandContext): ReconcileResult {
  const started = performance.now();
  const result = inTransaction(ctx, (ctx) => {
    const out: Omit<ReconcileResult, "ms"> = { merged: {}, possibleMatches: {}, refused: 0 };
    const plan = planCrossListMerges([...loadMatchFacts(ctx.db).values()]);
    for (const m of plan.merges) {
      // The plan compared pairs; a group's third member is checked against the survivor as it now stands.
      const facts = loadMatchFacts(ctx.db, { ids: [m.from, m.into] });
      const from = facts.get(m.from);
      const into = facts.get(m.into);
      if (!from || !into || conflictingIdentifier(from, into)) {
        out.refused++;
        continue;
      }
      mergeEntities(ctx, m);
      bump(out.merged, m.rule);
    }
    for (const p of plan.possible) {
      const exists = ctx.db
        .select({ a: possibleMatches.entityId })
        .from(possibleMatches)
        .where(and(eq(possibleMatches.entityId, p.entityId), eq(possibleMatches.otherEntityId, p.otherEntityId)))
        .get();
      if (exists) continue;
      recordPossibleMatch(ctx, p);
      bump(out.possibleMatches, possibleMatchRule(p.basis));
    }
    return out;
  });
  return { ...result, ms: Math.round(performance.now() - started) };
}

/** The pass as db:setup and the import CLI run it: its changes are the reconciliation's (`reconcile` in the change log). */
export function reconcileDatabase(db: DbOrTx): ReconcileResult {
  return reconcileEntities({ db, actor: { name: RECONCILE_ACTOR } });
}

/** One line for the command line: what the pass did, by rule. */
export function describeReconciliation(r: ReconcileResult): string {
  const list = (counts: Partial<Record<string, number>>) =>
    Object.entries(counts)
      .map(([rule, n]) => `${n} by ${rule}`)
      .join(", ");
  const merged = Object.values(r.merged).reduce((a, n) => a + (n ?? 0), 0);
  const possible = Object.values(r.possibleMatches).reduce((a, n) => a + n, 0);
  if (merged + possible === 0) return `cross-list reconciliation: nothing to merge (${r.ms} ms)`;
  return [
    `cross-list reconciliation: ${merged} entities merged${merged ? ` (${list(r.merged)})` : ""}`,
    `${possible} possible matches noted${possible ? ` (${list(r.possibleMatches)})` : ""}`,
    r.refused ? `${r.refused} kept apart by a strong identifier` : "",
  ]
    .filter(Boolean)
    .join("; ")
    .concat(` (${r.ms} ms)`);
}

export type MatchCounts = {
  /** List records merged into an entity made from another record, by the rule that merged them (import-time rules and cross-list rules alike). */
  merges: Record<string, number>;
  /** Entities merged into another by the reconciliation (`merged_into_id` set). */
  mergedEntities: number;
  /** Possible matches recorded, by rule. */
  possibleMatches: Record<string, number>;
};

/** How many merges and possible matches the database holds, by rule: the figures before and after a reconciliation. */
export function matchCounts(db: DbOrTx): MatchCounts {
  const merges: Record<string, number> = {};
  for (const r of db
    .select({ basis: entityRefs.basis, n: sql<number>`count(*)` })
    .from(entityRefs)
    .where(and(eq(entityRefs.origin, "record"), isNotNull(entityRefs.basis)))
    .groupBy(entityRefs.basis)
    .all()) {
    merges[r.basis!] = r.n;
  }
  const possible: Record<string, number> = {};
  for (const r of db.select({ basis: possibleMatches.basis }).from(possibleMatches).all()) bump(possible, possibleMatchRule(r.basis));
  const mergedEntities =
    db
      .select({ n: sql<number>`count(*)` })
      .from(entities)
      .where(isNotNull(entities.mergedIntoId))
      .get()?.n ?? 0;
  return { merges, mergedEntities, possibleMatches: possible };
}

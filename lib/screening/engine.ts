import "server-only";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { DEFAULT_THRESHOLD, search } from "@/lib/search/engine";
import type { ScreeningCandidate, ScreeningOptions, ScreeningQuery } from "./types";

/**
 * PROVISIONAL: screens through the lookup engine, name by name and identifier
 * by identifier, the best hit per entity kept. The scoring that explains
 * itself (countries, birth dates, generic words, legal forms, numbers) replaces
 * this body; the signature stays.
 */
export const SCREENING_THRESHOLD = DEFAULT_THRESHOLD;
/** Names the scoring a result was computed by; part of each screening's evidence. */
export const SCORING_VERSION = "lookup-1";

export function screen(query: ScreeningQuery, options: ScreeningOptions = {}, db: DbOrTx = getDb()): ScreeningCandidate[] {
  const threshold = options.threshold ?? SCREENING_THRESHOLD;
  const limit = options.limit ?? 5;
  const best = new Map<number, ScreeningCandidate>();
  const consider = (q: string, feature: string) => {
    for (const r of search({ q, kind: query.kind, asOf: options.asOf, limit }, db).results) {
      if (best.has(r.id) && best.get(r.id)!.score >= r.score) continue;
      best.set(r.id, {
        entityId: r.id,
        score: r.score,
        match: r.score >= threshold,
        matchedName: r.matched.value,
        features: [{ name: feature, score: r.score, explanation: `"${q}" ~ "${r.matched.value}"` }],
        explanation: [`"${q}" matched ${r.matched.field} "${r.matched.value}" (${r.score.toFixed(2)}).`],
      });
    }
  };
  for (const id of query.identifiers) consider(id.value, "identifier_match");
  for (const name of query.names) consider(name, "name_match");
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

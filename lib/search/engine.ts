import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import {
  designations,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  programs,
  IDENTIFIER_TYPES,
  type EntityKind,
} from "@/db/schema";
import { getDb } from "@/db/client";
import { type DbOrTx, preparedStatements } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { IN_FORCE_RANK, dayRank, entityDayState, rankOf, type DayCounts, type EntityDayState } from "@/lib/read/in-force";
import { KEY_PREFIX, MIN_TYPO_LENGTH, deletions, nameIndex, type NameIndex } from "./memory-index";
import { normalizeName, parseIdentifierQuery, tokenSetSimilarity } from "./text";

/** At or above this score a result counts as a match (the API reports it as `threshold`). */
export const DEFAULT_THRESHOLD = 0.88;
/** Below this a candidate is not shown at all (a partial name, two words of six, scores low but belongs in the list). */
const FLOOR = 0.35;
/** Names gathered from the postings per query, at most. */
const MAX_CANDIDATES = 2000;
/** Of those, the names scored in full (by how much of the query they hold). */
const MAX_SCORED = 100;
/** A term held by more names than this is not used to find candidates when rarer terms exist. */
const COMMON_TERM = 2000;

export type SearchStatus = "active" | "delisted" | "unknown";

export type SearchQuery = {
  q: string;
  kind?: EntityKind;
  authority?: string;
  program?: string;
  country?: string;
  status?: SearchStatus;
  /** YYYY-MM-DD: status as of that day, and only entities designated by then (default: today, all entities). */
  asOf?: string;
  limit?: number;
  offset?: number;
};

export type Matched =
  | { field: "name" | "alias"; value: string; script: string; official: boolean; tokens: string[] }
  | { field: "identifier"; value: string; type: string };

export type SearchResult = {
  id: number;
  kind: EntityKind;
  name: string;
  score: number;
  matched: Matched;
  refs: string[];
  authorities: string[];
  programs: string[];
  countries: string[];
  active: boolean;
  /** On the day asked for (see `EntityDayState`): in force by a date, by a first-seen date, not known, delisted. */
  state: EntityDayState;
};

export type Facet = { value: string; count: number }[];

export type SearchResponse = {
  query: string;
  results: SearchResult[];
  /** Results above the floor after filters (the page holds `limit` of them). */
  total: number;
  threshold: number;
  facets: { kind: Facet; authority: Facet; program: Facet; country: Facet; status: Facet };
  /** The day statuses refer to. */
  asOf: string;
  /** Of the results after every filter but status: in force on the day, of them resting on first-seen dates, and not known for the day. */
  counts: DayCounts;
  /** What the query was read as when it is an identifier, and whether it holds. */
  identifier?: { type: string; value: string; valid: boolean; message?: string };
};

const p = sql.placeholder;
const ids = sql`(select value from json_each(${sql.placeholder("ids")}))`;
const statements = preparedStatements((db) => ({
  // By type and value, so the (type, value) index answers it.
  identifiers: db
    .select({ entityId: entityIdentifiers.entityId, type: entityIdentifiers.type, value: entityIdentifiers.value })
    .from(entityIdentifiers)
    .where(
      and(sql`${entityIdentifiers.type} in ${sql`(select value from json_each(${p("types")}))`}`, eq(entityIdentifiers.value, p("value"))),
    )
    .prepare(),
  entities: db
    .select({ id: entities.id, kind: entities.kind, name: entities.name })
    .from(entities)
    .where(and(sql`${entities.id} in ${ids}`, sql`${entities.withdrawnAt} is null`, sql`${entities.mergedIntoId} is null`))
    .prepare(),
  mergedInto: db
    .select({ id: entities.id, into: entities.mergedIntoId })
    .from(entities)
    .where(and(sql`${entities.id} in ${ids}`, sql`${entities.mergedIntoId} is not null`))
    .prepare(),
  refs: db
    .select({ entityId: entityRefs.entityId, ref: entityRefs.ref })
    .from(entityRefs)
    .where(and(sql`${entityRefs.entityId} in ${ids}`, eq(entityRefs.origin, "record")))
    .prepare(),
  designations: db
    .select({
      entityId: designations.entityId,
      authority: designations.authorityCode,
      program: programs.code,
      rank: dayRank(sql.placeholder("day")),
    })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(and(sql`${designations.entityId} in ${ids}`, sql`${designations.withdrawnAt} is null`))
    .prepare(),
  countries: db
    .select({ entityId: entityAttributes.entityId, value: entityAttributes.value })
    .from(entityAttributes)
    .where(and(sql`${entityAttributes.entityId} in ${ids}`, inArray(entityAttributes.key, ["country", "nationality", "flag"])))
    .prepare(),
  names: db
    .select({
      id: entityNames.id,
      value: entityNames.value,
      type: entityNames.type,
      script: entityNames.script,
      official: entityNames.official,
    })
    .from(entityNames)
    .where(sql`${entityNames.id} in ${ids}`)
    .prepare(),
}));

/** Damerau-Levenshtein distance of at most one: a typo of one letter. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // deletion
    restA === restB.slice(1) || // insertion
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // transposition
  );
}

type Group = { terms: string[]; df: number };

/** Each query token with the vocabulary tokens one typo away, and each key: the ways a name can be found. */
function termGroups(index: NameIndex, tokens: string[], keys: string[]): Group[] {
  const groups: Group[] = [];
  for (const token of new Set(tokens)) {
    const terms = new Set<string>([token]);
    if (token.length >= MIN_TYPO_LENGTH) {
      for (const variant of [token, ...deletions(token)]) {
        for (const word of index.tokensDeletingTo(variant)) if (oneTypoApart(token, word)) terms.add(word);
      }
      for (const shorter of deletions(token)) if (index.df(shorter) > 0) terms.add(shorter);
    }
    const found = [...terms].filter((t) => index.df(t) > 0);
    if (found.length) groups.push({ terms: found, df: found.reduce((n, t) => n + index.df(t), 0) });
  }
  for (const key of new Set(keys)) {
    const term = KEY_PREFIX + key;
    if (index.df(term) > 0) groups.push({ terms: [term], df: index.df(term) });
  }
  return groups.sort((a, b) => a.df - b.df);
}

/**
 * Candidate names (index slots), each with the summed weight of the query
 * groups it holds. Rarest groups first, so common words (kim, co, ltd) do not
 * flood the list; the best-covered names are then scored in full.
 */
function candidates(index: NameIndex, groups: Group[], idf: (df: number) => number): number[] {
  const hits = new Map<number, number>();
  for (const [i, group] of groups.entries()) {
    if (i > 0 && group.df > COMMON_TERM && hits.size > 0) break;
    const weight = idf(group.df);
    for (const term of group.terms) {
      for (const slot of index.namesWith(term)) {
        const current = hits.get(slot);
        if (current !== undefined) hits.set(slot, current + weight);
        else if (hits.size < MAX_CANDIDATES) hits.set(slot, weight);
      }
    }
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SCORED)
    .map(([slot]) => slot);
}

/**
 * The index slots (names) worth scoring for a normalized query name, best
 * covered first: the lookup's own candidate step, shared with the screening
 * engine (lib/screening/engine.ts), which scores them its own way.
 */
export function nameCandidateSlots(index: NameIndex, query: { tokens: string[]; keys: string[] }): number[] {
  if (query.tokens.length === 0) return [];
  return candidates(index, termGroups(index, query.tokens, query.keys), idfOf(index));
}

type Scored = { entityId: number; nameId: number; score: number; tokens: string[] };

/** Rare words say more about who is meant than common ones: inverse document frequency. */
export function idfOf(index: NameIndex): (df: number) => number {
  const total = Math.max(index.size, 1000);
  return (df) => Math.log(1 + total / (1 + df));
}

function scoreCandidates(index: NameIndex, query: { tokens: string[]; keys: string[] }, slots: number[]): Scored[] {
  const idf = idfOf(index);
  const weights = new Map<string, number>();
  const weightOf = (term: string) => {
    let w = weights.get(term);
    if (w === undefined) weights.set(term, (w = idf(index.df(term))));
    return w;
  };
  const tokenWeight = { weight: (token: string) => weightOf(token) };
  // Keys fold spellings together already: two keys match only when equal.
  const keyWeight = { weight: (key: string) => weightOf(KEY_PREFIX + key), minSimilarity: 0.999 };
  const best = new Map<number, Scored>();
  for (const slot of slots) {
    const tokens = index.tokensOf[slot]!;
    const keys = index.keysOf[slot]!;
    const entityId = index.entityOf[slot]!;
    const byTokens = tokenSetSimilarity(query.tokens, tokens, tokenWeight);
    // A key match counts a little less than the same match on the words themselves.
    const byKeys = query.keys.length ? tokenSetSimilarity(query.keys, keys, keyWeight).score * 0.97 : 0;
    const score = Math.max(byTokens.score, byKeys);
    const current = best.get(entityId);
    if (score >= FLOOR && (!current || score > current.score)) {
      const matchedTokens = byTokens.matches.map((m) => tokens[m.candidate]!);
      best.set(entityId, { entityId, nameId: index.nameIdOf[slot]!, score, tokens: matchedTokens });
    }
  }
  return [...best.values()];
}

type EntityFacts = {
  id: number;
  kind: EntityKind;
  name: string;
  refs: string[];
  authorities: Set<string>;
  programs: Set<string>;
  countries: Set<string>;
  activeAuthorities: Set<string>;
  /** The best state of its designations on the day (index in DAY_STATES); -1 with none. */
  best: number;
  /** The same, per authority. */
  bestBy: Map<string, number>;
};

function facts(db: DbOrTx, entityIds: number[], day: string): Map<number, EntityFacts> {
  const out = new Map<number, EntityFacts>();
  if (entityIds.length === 0) return out;
  const st = statements(db);
  const ids = JSON.stringify(entityIds);
  for (const e of st.entities.all({ ids })) {
    out.set(e.id, {
      ...e,
      refs: [],
      authorities: new Set(),
      programs: new Set(),
      countries: new Set(),
      activeAuthorities: new Set(),
      best: -1,
      bestBy: new Map(),
    });
  }
  for (const r of st.refs.all({ ids })) out.get(r.entityId)?.refs.push(r.ref);
  for (const d of st.designations.all({ ids, day })) {
    const f = out.get(d.entityId);
    if (!f) continue;
    f.authorities.add(d.authority);
    f.programs.add(d.program);
    if (d.rank >= IN_FORCE_RANK) f.activeAuthorities.add(d.authority);
    f.best = Math.max(f.best, d.rank);
    f.bestBy.set(d.authority, Math.max(f.bestBy.get(d.authority) ?? -1, d.rank));
  }
  for (const a of st.countries.all({ ids })) {
    if (/^[A-Z]{2}$/.test(a.value)) out.get(a.entityId)?.countries.add(a.value);
  }
  return out;
}

/** Where an entity stands on the day, as the status filter names it. */
function statusOf(best: number): SearchStatus {
  return best >= IN_FORCE_RANK ? "active" : best === rankOf("unknown") ? "unknown" : "delisted";
}

function facetOf(values: string[][]): Facet {
  const counts = new Map<string, number>();
  for (const list of values) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type Hit = Scored | { entityId: number; score: number; identifier: { type: string; value: string } };

/**
 * Hits on an entity merged into another are hits on the survivor, its best
 * one kept: a name that moved to the survivor may still be indexed under the
 * merged-away entity in a server's memory (the index only appends), and a
 * name or identifier both had stays on the merged-away entity too.
 */
function followMerges(db: DbOrTx, hits: Hit[]): Hit[] {
  if (hits.length === 0) return hits;
  const into = new Map(
    statements(db)
      .mergedInto.all({ ids: JSON.stringify([...new Set(hits.map((h) => h.entityId))]) })
      .map((r) => [r.id, r.into!]),
  );
  if (into.size === 0) return hits;
  const best = new Map<number, Hit>();
  for (const h of hits) {
    const entityId = into.get(h.entityId) ?? h.entityId;
    const current = best.get(entityId);
    if (!current || h.score > current.score) best.set(entityId, { ...h, entityId });
  }
  return [...best.values()];
}

function respond(db: DbOrTx, query: SearchQuery, hits: Hit[]): SearchResponse {
  const scored = followMerges(db, hits);
  const day = query.asOf ?? today();
  const all = facts(
    db,
    scored.map((s) => s.entityId),
    day,
  );
  const rows = scored
    .filter((s) => all.has(s.entityId))
    // A past date: only what had been designated by then (or cannot be placed on it).
    .filter((s) => !query.asOf || all.get(s.entityId)!.best >= rankOf("ended"))
    .map((s) => ({ s, f: all.get(s.entityId)! }))
    // Equal scores: the entity more lists name first (it is more likely the one meant), then by name.
    .sort((a, b) => b.s.score - a.s.score || b.f.refs.length - a.f.refs.length || a.f.name.localeCompare(b.f.name));
  const facets = {
    kind: facetOf(rows.map((r) => [r.f.kind])),
    authority: facetOf(rows.map((r) => [...r.f.authorities])),
    program: facetOf(rows.map((r) => [...r.f.programs])),
    country: facetOf(rows.map((r) => [...r.f.countries])),
    status: facetOf(rows.map((r) => [statusOf(r.f.best)])),
  };
  const counts: DayCounts = { inForce: 0, onFirstSeen: 0, unknown: 0 };
  const kept = rows.filter(({ f }) => {
    if (query.kind && f.kind !== query.kind) return false;
    if (query.authority && !f.authorities.has(query.authority)) return false;
    if (query.program && !f.programs.has(query.program)) return false;
    if (query.country && !f.countries.has(query.country)) return false;
    const best = query.authority ? (f.bestBy.get(query.authority) ?? -1) : f.best;
    const status = statusOf(best);
    if (status === "active") counts.inForce++;
    if (best === rankOf("seen")) counts.onFirstSeen++;
    if (status === "unknown") counts.unknown++;
    return !query.status || query.status === status;
  });
  const offset = query.offset ?? 0;
  const page = kept.slice(offset, offset + (query.limit ?? 20));
  const nameIds = page.flatMap(({ s }) => ("nameId" in s ? [s.nameId] : []));
  const names = new Map(
    nameIds.length
      ? statements(db)
          .names.all({ ids: JSON.stringify(nameIds) })
          .map((n) => [n.id, n])
      : [],
  );
  return {
    query: query.q,
    total: kept.length,
    threshold: DEFAULT_THRESHOLD,
    facets,
    asOf: day,
    counts,
    results: page.map(({ s, f }) => {
      let matched: Matched;
      if ("identifier" in s) {
        matched = { field: "identifier", type: s.identifier.type, value: s.identifier.value };
      } else {
        const n = names.get(s.nameId);
        matched = {
          field: n?.type === "primary" ? "name" : "alias",
          value: n?.value ?? f.name,
          script: n?.script ?? "Latn",
          official: n?.official ?? true,
          tokens: s.tokens,
        };
      }
      return {
        id: f.id,
        kind: f.kind,
        name: f.name,
        score: Math.round(s.score * 1000) / 1000,
        matched,
        refs: f.refs.sort(),
        authorities: [...f.authorities].sort(),
        programs: [...f.programs].sort(),
        countries: [...f.countries].sort(),
        active: f.activeAuthorities.size > 0,
        state: entityDayState(Math.max(f.best, 0)),
      };
    }),
  };
}

/**
 * Looks up a name or an identifier. Identifiers (IMO numbers in any form,
 * MMSI, registration and passport numbers) are looked up exactly; an IMO
 * number whose check digit fails is reported, not searched as text. Names are
 * normalized like stored names, candidates come from the index (the rarest
 * terms first, one-typo neighbours and romanization keys included), and each
 * is scored by weighted token-set similarity in [0, 1].
 */
export function search(query: SearchQuery, db: DbOrTx = getDb()): SearchResponse {
  const q = query.q.trim();
  const id = parseIdentifierQuery(q);
  if (id) {
    const st = statements(db);
    const types: readonly string[] = id.type === "imo" ? ["imo", "imo_company"] : id.type === "mmsi" ? ["mmsi"] : IDENTIFIER_TYPES;
    const hits = st.identifiers.all({ value: id.value, types: JSON.stringify(types) });
    if (id.type === "imo" && !id.checkDigitValid && !hits.some((h) => h.type === "imo_company")) {
      const response = respond(db, query, []);
      return { ...response, identifier: { type: "imo", value: id.value, valid: false, message: `IMO ${id.value} fails its check digit` } };
    }
    if (hits.length > 0 || id.type !== "number") {
      const response = respond(
        db,
        query,
        hits.map((h) => ({ entityId: h.entityId, score: 1, identifier: { type: h.type, value: h.value } })),
      );
      return { ...response, identifier: { type: id.type, value: id.value, valid: true } };
    }
  }
  const index = nameIndex(db);
  const normalized = normalizeName(q);
  if (normalized.tokens.length === 0) return respond(db, query, []);
  const groups = termGroups(index, normalized.tokens, normalized.keys);
  return respond(db, query, scoreCandidates(index, normalized, candidates(index, groups, idfOf(index))));
}

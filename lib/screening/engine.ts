import "server-only";
import { and, isNull, sql } from "drizzle-orm";
import { designations, entities, entityAttributes, entityIdentifiers, entityNames } from "@/db/schema";
import { getDb } from "@/db/client";
import { type DbOrTx, preparedStatements } from "@/db/connection";
import type { EntityKind, IdentifierType } from "@/lib/domain/vocabulary";
import { imoCheckDigitValid } from "@/lib/domain/imo";
import { countriesOfDetail } from "@/lib/commands/match-facts";
import { WEAK_ALIAS_NOTE } from "@/lib/importers/types";
import { messagesFor, type Messages } from "@/lib/i18n";
import { dayRank, rankOf } from "@/lib/read/in-force";
import { DEFAULT_THRESHOLD, idfOf, nameCandidateSlots } from "@/lib/search/engine";
import { KEY_PREFIX, nameIndex, type NameIndex } from "@/lib/search/memory-index";
import {
  compactIdentifier,
  isLegalForm,
  latinKey,
  normalizeName,
  parseIdentifierQuery,
  tokenSetSimilarity,
  type TokenSetSimilarity,
} from "@/lib/search/text";
import { cleanQueryName } from "./clean";
import type { ScoreFeature, ScreeningCandidate, ScreeningOptions, ScreeningQuery } from "./types";

/**
 * The screening engine: a counterparty (names, countries, birth dates,
 * identifiers) against every entity, each candidate scored in [0, 1] by
 * features that each say in words what they did. docs/matching.md explains
 * the score, each amount below and how to choose a threshold.
 *
 * Candidates come from the lookup's in-memory name index (every query name,
 * after the text that is not name is set aside) and from exact identifier
 * lookups; their facts are read in one batch per table, never per candidate.
 */
export const SCREENING_THRESHOLD = DEFAULT_THRESHOLD;
/** Names the scoring a result was computed by; part of each screening's evidence. Bump when any amount or rule changes. */
export const SCORING_VERSION = "screen-1";

/** Every amount the score is built from, by feature. */
export const SCORING = {
  /** Transliteration keys match a little below the same match on the words themselves. */
  keyFactor: 0.97,
  /** A name written in Arabic or Hebrew script, compared by its consonants with Latin names: vowels are lost, so less sure. */
  skeletonFactor: 0.92,
  /** Weight of a common word of company names ("trading", "group") relative to its rarity weight. */
  genericWeight: 0.25,
  /** A name match made only of common words and legal forms stays at or below this. */
  genericOnlyCap: 0.5,
  /** Names whose numbers differ ("No. 8" / "No. 6") stay at or below this. */
  numberMismatchCap: 0.6,
  /** A number on one side only. */
  numberMissing: -0.1,
  /** An organization, vessel or aircraft whose name has a distinctive word the other lacks, in its place. */
  wordMismatchCap: 0.7,
  /** The name matched is a former name of the entity. */
  formerName: -0.05,
  /** The name matched is one the list calls a weak alias. */
  weakAlias: -0.1,
  /** A strong identifier (IMO, MMSI, company IMO, passport with its country) that matches decides. */
  identifierDecides: 1,
  /** A weaker identifier (registration, tax, national ID, call sign; a passport without a country) adds this ... */
  identifierWeak: 0.15,
  /** ... and scores at least this alone. */
  identifierWeakFloor: 0.75,
  /** The entity has a strong identifier of the type given, and it is another one. */
  identifierMismatch: -0.3,
  countryMatch: 0.02,
  /** Nationality, citizenship, jurisdiction or address country disjoint. */
  countryMismatch: -0.15,
  /** A vessel's or aircraft's flag changes often: a different one says less. */
  flagMismatch: -0.05,
  /** Born on the same day (both dates full). */
  dobMatchDay: 0.05,
  /** The same year or month (one date partial). */
  dobMatchYear: 0.02,
  /** No birth year in common. */
  dobYearMismatch: -0.25,
  /** The same year, another month or day. */
  dobDayMismatch: -0.1,
  /** Candidates below this name score are not kept. */
  floor: 0.35,
} as const;

/**
 * Words of company and vessel names that say what a company does or is, not
 * which one it is: alone they never carry a match, and beside a distinctive
 * word they weigh a quarter of what their rarity would give them.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    "trading trade traders general international intl inter group holding holdings shipping ship shipmanagement management " +
    "services service industries industrial industry enterprise enterprises import export imports exports importexport " +
    "investment investments invest global commercial commerce logistics marine maritime navigation transport transportation " +
    "technology technologies tech solutions systems partners consulting consultants agency development developments " +
    "manufacturing production products resources energy petroleum oil gas chemicals chemical engineering construction " +
    "supply supplies distribution finance financial capital bank company corporation firm limited national united " +
    "worldwide world overseas universal new the of and for de del la le el du des der und da do al"
  ).split(" "),
);
const GENERIC_KEYS: ReadonlySet<string> = new Set([...GENERIC_WORDS].map(latinKey));
/** Words that only announce a number ("No. 8", "Nr 3"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(["no", "nr", "number", "num"]);
const STRONG_TYPES: ReadonlySet<string> = new Set(["imo", "mmsi", "imo_company"]);
/** Entities whose facts are read per query, the best named first (identifier hits besides): enough for the limit after facts move scores. */
const MAX_ENTITIES = 12;
/** What a word of a person's listed name that the query leaves out costs, relative to a word the query has and the name lacks (0.5 for other kinds). */
const PERSON_MISSING_COST = 0.25;
/** Abbreviations of common words, written out before comparing (both sides). */
const ABBREVIATIONS: Record<string, string> = {
  intl: "international",
  int: "international",
  grp: "group",
  mfg: "manufacturing",
  mfrs: "manufacturers",
  svcs: "services",
  svc: "service",
  natl: "national",
  dev: "development",
  eng: "engineering",
  engg: "engineering",
  tech: "technology",
  ind: "industries",
  inds: "industries",
  bros: "brothers",
  assoc: "association",
  mgmt: "management",
  mgt: "management",
  shpg: "shipping",
  nav: "navigation",
  trdg: "trading",
  hldgs: "holdings",
  invt: "investment",
};
/** A name of common words only is still a name when written out in full with at least this many words. */
const GENERIC_LITERAL_WORDS = 4;
/** Of the names the index offers per query name (best covered first), the ones compared. */
const MAX_SLOTS = 60;

const ids = sql`(select value from json_each(${sql.placeholder("ids")}))`;
const identifierColumns = {
  entityId: entityIdentifiers.entityId,
  type: entityIdentifiers.type,
  value: entityIdentifiers.value,
  country: entityIdentifiers.country,
};
const statements = preparedStatements((db) => ({
  identifiers: db
    .select(identifierColumns)
    .from(entityIdentifiers)
    .where(
      and(
        sql`${entityIdentifiers.type} in (select value from json_each(${sql.placeholder("types")}))`,
        sql`${entityIdentifiers.value} in (select value from json_each(${sql.placeholder("values")}))`,
      ),
    )
    .prepare(),
  entities: db
    .select({ id: entities.id, kind: entities.kind, name: entities.name, into: entities.mergedIntoId })
    .from(entities)
    .where(and(sql`${entities.id} in ${ids}`, isNull(entities.withdrawnAt)))
    .prepare(),
  names: db
    .select({
      id: entityNames.id,
      entityId: entityNames.entityId,
      value: entityNames.value,
      type: entityNames.type,
      note: entityNames.note,
    })
    .from(entityNames)
    .where(sql`${entityNames.entityId} in ${ids}`)
    .prepare(),
  attributes: db
    .select({ entityId: entityAttributes.entityId, key: entityAttributes.key, value: entityAttributes.value })
    .from(entityAttributes)
    .where(
      and(
        sql`${entityAttributes.entityId} in ${ids}`,
        sql`${entityAttributes.key} in ('birth_date', 'country', 'nationality', 'flag', 'address')`,
      ),
    )
    .prepare(),
  entityIdentifiers: db
    .select(identifierColumns)
    .from(entityIdentifiers)
    .where(sql`${entityIdentifiers.entityId} in ${ids}`)
    .prepare(),
  bestRank: db
    .select({ entityId: designations.entityId, rank: sql<number>`max(${dayRank(sql.placeholder("day"))})` })
    .from(designations)
    .where(and(sql`${designations.entityId} in ${ids}`, isNull(designations.withdrawnAt)))
    .groupBy(designations.entityId)
    .prepare(),
}));

/** Arabic and Hebrew letters: scripts that write consonants only. */
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * A word's consonants as an abjad writes them: vowels and the letters that
 * stand for vowels (w, y) dropped, v and b one letter (Hebrew bet/vet),
 * doubled letters once. "Muhammad" and "mhmd" (محمد), "David" and "dvd" (דוד)
 * meet. Words of fewer than two consonants give none.
 */
export function consonantSkeleton(word: string): string | null {
  let out = "";
  for (const ch of word) {
    if ("aeiouyw'".includes(ch)) continue;
    const c = ch === "v" ? "b" : ch;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out.length >= 2 && !/\d/.test(out) ? out : null;
}

function skeletonOf(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const k = consonantSkeleton(w);
    if (k) out.push(k);
  }
  return out;
}

/** Postings from skeletons to index slots, built on first use and extended as the index grows (it only appends). */
class SkeletonIndex {
  private built = 0;
  private readonly postings = new Map<string, number[]>();
  constructor(private readonly index: NameIndex) {}
  update(): this {
    for (let slot = this.built; slot < this.index.size; slot++) {
      for (const k of new Set(skeletonOf(this.index.tokensOf[slot]!.filter((t) => !isLegalForm(t))))) {
        const list = this.postings.get(k);
        if (list) list.push(slot);
        else this.postings.set(k, [slot]);
      }
    }
    this.built = this.index.size;
    return this;
  }
  df(k: string): number {
    return this.postings.get(k)?.length ?? 0;
  }
  /** Slots holding the most of the skeletons, rarest skeletons first. */
  slots(skeletons: string[], max: number): number[] {
    const hits = new Map<number, number>();
    for (const k of [...new Set(skeletons)].sort((a, b) => this.df(a) - this.df(b))) {
      for (const slot of this.postings.get(k) ?? []) {
        const n = hits.get(slot);
        if (n !== undefined) hits.set(slot, n + 1);
        else if (hits.size < 2000) hits.set(slot, 1);
      }
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, max)
      .map(([slot]) => slot);
  }
}
const skeletonIndexes = new WeakMap<NameIndex, SkeletonIndex>();
function skeletonIndex(index: NameIndex): SkeletonIndex {
  let s = skeletonIndexes.get(index);
  if (!s) skeletonIndexes.set(index, (s = new SkeletonIndex(index)));
  return s.update();
}

/** A name ready to compare: its tokens and keys, legal forms and number words set apart. */
type Prepared = {
  raw: string;
  tokens: string[];
  keys: string[];
  /** Tokens without legal forms and number words (all tokens when nothing else is left). */
  core: string[];
  coreKeys: string[];
  /** Consonant skeletons of the core words: set for a query name written in an abjad (Arabic, Hebrew), and for stored names compared with one. */
  skeleton?: string[];
  /** Tokens with a digit. */
  numbers: string[];
};

/** Roman numerals of vessel and company names ("OCEAN STAR II"): single letters are left alone, they are initials as often. */
const ROMAN: Record<string, string> = { ii: "2", iii: "3", iv: "4", vi: "6", vii: "7", viii: "8", ix: "9", xi: "11", xii: "12" };

/** A number written with its number word in one ("No8", "nr12"), or as a roman numeral: the number itself. */
function numberToken(t: string): string | null {
  if (ROMAN[t] !== undefined) return ROMAN[t];
  const m = /^(?:no|nr|num)(\d+)$/.exec(t);
  return m ? m[1]! : null;
}

function prepare(raw: string, tokens: string[], keys: string[], keyToken: number[] | null): Prepared {
  if (tokens.some((t) => numberToken(t) !== null)) {
    const changed = tokens.map((t) => numberToken(t) !== null);
    tokens = tokens.map((t) => numberToken(t) ?? t);
    if (keyToken) keys = keys.map((k, i) => (changed[keyToken[i]!] ? tokens[keyToken[i]!]! : k));
    else if (keys.length === tokens.length) keys = keys.map((k, i) => (changed[i] ? tokens[i]! : k));
  }
  if (tokens.some((t) => ABBREVIATIONS[t] !== undefined)) {
    const changed = tokens.map((t) => ABBREVIATIONS[t] !== undefined);
    tokens = tokens.map((t) => ABBREVIATIONS[t] ?? t);
    if (keyToken) keys = keys.map((k, i) => (changed[keyToken[i]!] ? latinKey(tokens[keyToken[i]!]!) : k));
    else if (keys.length === tokens.length) keys = keys.map((k, i) => (changed[i] ? latinKey(tokens[i]!) : k));
  }
  const drop = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isLegalForm(t)) drop[i] = 1;
    else if (NUMBER_WORDS.has(t) && i + 1 < tokens.length && /\d/.test(tokens[i + 1]!)) drop[i] = 1;
  }
  let core = tokens.filter((_, i) => !drop[i]);
  let coreKeys: string[];
  if (keyToken) coreKeys = keys.filter((_, k) => !drop[keyToken[k]!]);
  else if (keys.length === tokens.length) coreKeys = keys.filter((_, k) => !drop[k]);
  else coreKeys = keys.filter((k) => !isLegalForm(k));
  if (core.length === 0) core = tokens;
  if (coreKeys.length === 0) coreKeys = keys;
  return { raw, tokens, keys, core, coreKeys, numbers: tokens.filter((t) => /\d/.test(t)) };
}

/** Whether a normalized word (or its key) says nothing about who is meant: a generic word or a legal form. */
export const isGeneric = (t: string) => GENERIC_WORDS.has(t) || isLegalForm(t);
export const isGenericKey = (k: string) => GENERIC_KEYS.has(k) || isLegalForm(k);
const hasDigit = (t: string) => /\d/.test(t);

/** One query name against one stored name: the similarity and what the rules found. */
type NameEval = {
  slot: number;
  entityId: number;
  nameId: number;
  query: Prepared;
  similarity: number;
  /** The similarity with the words the query leaves out (a patronymic, a middle name) costing PERSON_MISSING_COST. */
  personSimilarity: number;
  via: "tokens" | "keys" | "skeleton";
  literal: boolean;
  /** The matched words when only common words matched (possibly none), else null. */
  genericOnly: string[] | null;
  numberMismatch: { query: string[]; stored: string[] } | null;
  numberMissing: { numbers: string[]; side: "query" | "entity" } | null;
  wordMismatch: { query: string[]; stored: string[] } | null;
};

class Comparer {
  private readonly idf: (df: number) => number;
  private readonly tokenWeights = new Map<string, number>();
  private readonly keyWeights = new Map<string, number>();
  private readonly skeletonWeights = new Map<string, number>();
  private readonly missingTokenWeights = new Map<string, number>();
  private readonly missingKeyWeights = new Map<string, number>();
  constructor(private readonly index: NameIndex) {
    this.idf = idfOf(index);
  }
  /**
   * A common word weighs a quarter when it agrees or when the query adds it,
   * but its full weight when the entity's name has it and the query leaves it
   * out: "Korea Trading" is not "Korea Trading Bank".
   */
  private tokenWeight = (t: string, side: "query" | "candidate" = "query") => {
    const cache = side === "query" ? this.tokenWeights : this.missingTokenWeights;
    let w = cache.get(t);
    if (w === undefined) cache.set(t, (w = this.idf(this.index.df(t)) * (side === "query" && isGeneric(t) ? SCORING.genericWeight : 1)));
    return w;
  };
  private keyWeight = (k: string, side: "query" | "candidate" = "query") => {
    const cache = side === "query" ? this.keyWeights : this.missingKeyWeights;
    let w = cache.get(k);
    if (w === undefined)
      cache.set(k, (w = this.idf(this.index.df(KEY_PREFIX + k)) * (side === "query" && isGenericKey(k) ? SCORING.genericWeight : 1)));
    return w;
  };
  private skeletonWeight = (k: string) => {
    let w = this.skeletonWeights.get(k);
    if (w === undefined) this.skeletonWeights.set(k, (w = this.idf(skeletonIndex(this.index).df(k))));
    return w;
  };

  /** Null when the names are too far apart to be kept (below the floor): most candidates stop here, before the rules. */
  compare(query: Prepared, stored: Prepared, at: { slot: number; entityId: number; nameId: number }, keep = false): NameEval | null {
    const byTokens = tokenSetSimilarity(query.core, stored.core, { weight: this.tokenWeight });
    const byKeys =
      byTokens.score < SCORING.keyFactor && query.coreKeys.length
        ? tokenSetSimilarity(query.coreKeys, stored.coreKeys, { weight: this.keyWeight, minSimilarity: 0.999 })
        : null;
    type Route = {
      via: NameEval["via"];
      sim: TokenSetSimilarity;
      factor: number;
      q: string[];
      s: string[];
      generic: (w: string) => boolean;
      weight: (w: string, side?: "query" | "candidate") => number;
    };
    let route: Route = {
      via: "tokens",
      sim: byTokens,
      factor: 1,
      q: query.core,
      s: stored.core,
      generic: isGeneric,
      weight: this.tokenWeight,
    };
    if (byKeys !== null && byKeys.score * SCORING.keyFactor > byTokens.score) {
      route = {
        via: "keys",
        sim: byKeys,
        factor: SCORING.keyFactor,
        q: query.coreKeys,
        s: stored.coreKeys,
        generic: isGenericKey,
        weight: this.keyWeight,
      };
    }
    if (query.skeleton && route.sim.score * route.factor < SCORING.skeletonFactor) {
      const storedSkeleton = (stored.skeleton ??= skeletonOf(stored.core));
      const bySkeleton = tokenSetSimilarity(query.skeleton, storedSkeleton, { weight: this.skeletonWeight, minSimilarity: 1 });
      if (bySkeleton.score * SCORING.skeletonFactor > route.sim.score * route.factor) {
        route = {
          via: "skeleton",
          sim: bySkeleton,
          factor: SCORING.skeletonFactor,
          q: query.skeleton,
          s: storedSkeleton,
          generic: () => false,
          weight: this.skeletonWeight,
        };
      }
    }
    const best = route.sim;
    const qList = route.q;
    const sList = route.s;
    const generic = route.generic;
    const similarity = best.score * route.factor;
    let personSimilarity = similarity;
    if (best.unmatchedCandidate.length && similarity < 1) {
      const weight = route.weight;
      let matched = 0;
      for (const m of best.matches) matched += m.similarity * weight(qList[m.query]!);
      let queryWeight = 0;
      for (const w of qList) queryWeight += weight(w);
      let missing = 0;
      for (const i of best.unmatchedCandidate) missing += weight(sList[i]!, "candidate");
      personSimilarity = Math.min(1, matched / (queryWeight + PERSON_MISSING_COST * missing)) * route.factor;
    }
    if (similarity < SCORING.floor && !keep) return null;

    const matchedWords = best.matches.map((m) => qList[m.query]!);
    const distinctive = matchedWords.filter((w) => !generic(w) && !hasDigit(w));
    const queryDistinct = query.core.some((t) => !isGeneric(t) && !hasDigit(t));
    // A long name of common words written out in full ("Global Marine Ship Management Co Ltd") names one company; two such words do not.
    const literalLong = byTokens.score === 1 && sameSet(query.core, stored.core) && query.core.length >= GENERIC_LITERAL_WORDS;
    const genericOnly = (distinctive.length === 0 || !queryDistinct) && !literalLong ? matchedWords.filter((w) => !hasDigit(w)) : null;

    const qn = new Set(query.numbers);
    const sn = new Set(stored.numbers);
    let numberMismatch: NameEval["numberMismatch"] = null;
    let numberMissing: NameEval["numberMissing"] = null;
    if (qn.size && sn.size) {
      if (qn.size !== sn.size || [...qn].some((n) => !sn.has(n))) numberMismatch = { query: [...qn], stored: [...sn] };
    } else if (qn.size) numberMissing = { numbers: [...qn], side: "query" };
    else if (sn.size) numberMissing = { numbers: [...sn], side: "entity" };

    const extraQuery = best.unmatchedQuery.map((i) => qList[i]!).filter((w) => !generic(w) && !hasDigit(w));
    const extraStored = best.unmatchedCandidate.map((i) => sList[i]!).filter((w) => !generic(w) && !hasDigit(w));
    const wordMismatch = extraQuery.length && extraStored.length ? { query: extraQuery, stored: extraStored } : null;

    return {
      ...at,
      query,
      similarity,
      personSimilarity,
      via: route.via,
      literal: sameSet(query.tokens, stored.tokens) || (byTokens.score === 1 && sameSet(query.core, stored.core)),
      genericOnly,
      numberMismatch,
      numberMissing,
      wordMismatch,
    };
  }
}

/** Stored names prepared once per index slot: the index only appends, so a slot's name never changes. */
const preparedByIndex = new WeakMap<NameIndex, Prepared[]>();
function preparedSlots(index: NameIndex): Prepared[] {
  let list = preparedByIndex.get(index);
  if (!list) preparedByIndex.set(index, (list = []));
  return list;
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** One comparer per index while it holds the same names: word weights are computed once, not per query. */
const comparers = new WeakMap<NameIndex, { size: number; comparer: Comparer }>();
function comparerOf(index: NameIndex): Comparer {
  const cached = comparers.get(index);
  if (cached && cached.size === index.size) return cached.comparer;
  const comparer = new Comparer(index);
  comparers.set(index, { size: index.size, comparer });
  return comparer;
}

/** A person's list entry often has names a counterparty file leaves out (patronymic, middle names): they cost less. */
function similarityFor(e: NameEval, kind: EntityKind): number {
  return kind === "individual" ? e.personSimilarity : e.similarity;
}

/** The name score after the rules, as `nameScore` gives it for an individual (no word rule), without its sentences. */
function roughScore(e: NameEval): number {
  let score = e.personSimilarity;
  if (e.genericOnly) score = Math.min(score, SCORING.genericOnlyCap);
  if (e.numberMismatch) score = Math.min(score, SCORING.numberMismatchCap);
  else if (e.numberMissing) score += SCORING.numberMissing;
  return score;
}

/** The name score after the rules, for an entity of `kind`, with the features that made it. */
function nameScore(e: NameEval, kind: EntityKind, m: Messages["matching"]["feature"]): { score: number; features: ScoreFeature[] } {
  const features: ScoreFeature[] = [];
  let score = similarityFor(e, kind);
  const cap = (name: string, limit: number, explanation: string) => {
    if (score <= limit) return features.push({ name, score: 0, explanation });
    features.push({ name, score: round(limit - score), explanation });
    score = limit;
  };
  if (e.genericOnly) cap("name_generic_only", SCORING.genericOnlyCap, m.genericOnly(e.genericOnly, SCORING.genericOnlyCap));
  // A person's name has no numbers to agree on: a "vi" or "ii" there is a name.
  if (kind === "individual") {
    /* numbers say nothing */
  } else if (e.numberMismatch) {
    cap(
      "number_mismatch",
      SCORING.numberMismatchCap,
      m.numberMismatch(e.numberMismatch.query, e.numberMismatch.stored, SCORING.numberMismatchCap),
    );
  } else if (e.numberMissing) {
    score += SCORING.numberMissing;
    features.push({
      name: "number_missing",
      score: SCORING.numberMissing,
      explanation: m.numberMissing(e.numberMissing.numbers, e.numberMissing.side, SCORING.numberMissing),
    });
  }
  if (e.wordMismatch && kind !== "individual") {
    cap(
      "name_word_mismatch",
      SCORING.wordMismatchCap,
      m.wordMismatch(e.wordMismatch.query, e.wordMismatch.stored, SCORING.wordMismatchCap),
    );
  }
  return { score: Math.max(0, score), features };
}

type QueryIdentifier = { types: readonly string[]; values: string[]; shown: string; type: string; country?: string; strong: boolean };

const ALL_TYPES = ["imo", "mmsi", "call_sign", "imo_company", "registration", "tax_id", "passport", "national_id", "other"] as const;

/** A query identifier to the types and values to look it up by; null with `invalid` for an IMO number whose check digit fails. */
function readIdentifier(id: ScreeningQuery["identifiers"][number]): QueryIdentifier | { invalid: string } | null {
  const raw = id.value.trim();
  if (!raw) return null;
  const country = id.country?.toUpperCase() || undefined;
  const compact = compactIdentifier(raw);
  const digits = raw.replace(/\D/g, "");
  const typed = (type: IdentifierType): QueryIdentifier => {
    if (type === "imo" || type === "imo_company" || type === "mmsi") {
      return { types: [type], values: [digits], shown: digits, type, country, strong: true };
    }
    return { types: [type], values: unique([raw, compact]), shown: raw, type, country, strong: false };
  };
  if (id.type === "imo" && !imoCheckDigitValid(digits)) return { invalid: digits };
  if (id.type) return typed(id.type);
  const parsed = parseIdentifierQuery(raw);
  if (!parsed) return { types: ALL_TYPES, values: unique([raw, compact]), shown: raw, type: "other", country, strong: false };
  if (parsed.type === "imo") {
    if (!parsed.checkDigitValid)
      return parsed.labelled
        ? { invalid: parsed.value }
        : { types: ALL_TYPES, values: [parsed.value], shown: parsed.value, type: "other", country, strong: false };
    return {
      types: parsed.labelled ? ["imo", "imo_company"] : ALL_TYPES,
      values: [parsed.value],
      shown: parsed.value,
      type: "imo",
      country,
      strong: true,
    };
  }
  if (parsed.type === "imo_company") return typed("imo_company");
  if (parsed.type === "mmsi")
    return {
      types: parsed.labelled ? ["mmsi"] : ALL_TYPES,
      values: [parsed.value],
      shown: parsed.value,
      type: "mmsi",
      country,
      strong: true,
    };
  if (parsed.hint) return typed(parsed.hint);
  return { types: ALL_TYPES, values: unique([parsed.value, parsed.compact]), shown: parsed.value, type: "other", country, strong: false };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

type Facts = {
  id: number;
  kind: EntityKind;
  name: string;
  names: { id: number; value: string; type: string; note: string | null }[];
  countries: Set<string>;
  birthDates: Set<string>;
  identifiers: { type: string; value: string; country: string | null }[];
};

/** The facts of the entities, merged-away ones replaced by their survivors (`survivor` maps each id asked for). */
function loadFacts(db: DbOrTx, wanted: number[]): { facts: Map<number, Facts>; survivor: Map<number, number> } {
  const st = statements(db);
  const facts = new Map<number, Facts>();
  const survivor = new Map<number, number>();
  let round = wanted;
  for (let depth = 0; depth < 3 && round.length; depth++) {
    const next: number[] = [];
    for (const e of st.entities.all({ ids: JSON.stringify(round) })) {
      if (e.into !== null) {
        survivor.set(e.id, e.into);
        if (!facts.has(e.into)) next.push(e.into);
        continue;
      }
      survivor.set(e.id, e.id);
      facts.set(e.id, { id: e.id, kind: e.kind, name: e.name, names: [], countries: new Set(), birthDates: new Set(), identifiers: [] });
    }
    round = next;
  }
  // Chains of merges end at the last survivor.
  for (const [from, to] of survivor) {
    let end = to;
    for (let i = 0; i < 5 && survivor.get(end) !== undefined && survivor.get(end) !== end; i++) end = survivor.get(end)!;
    survivor.set(from, end);
  }
  const idList = JSON.stringify([...facts.keys()]);
  for (const n of st.names.all({ ids: idList })) facts.get(n.entityId)?.names.push(n);
  for (const a of st.attributes.all({ ids: idList })) {
    const f = facts.get(a.entityId);
    if (!f) continue;
    if (a.key === "birth_date") f.birthDates.add(a.value);
    else for (const c of countriesOfDetail(a.key, a.value)) f.countries.add(c);
  }
  for (const i of st.entityIdentifiers.all({ ids: idList })) facts.get(i.entityId)?.identifiers.push(i);
  return { facts, survivor };
}

/** Birth dates compared at the precision both have: "1962" agrees with "1962-02-18". */
function compareBirthDates(
  query: string[],
  stored: string[],
): { kind: "day" | "year" | "dayMismatch" | "yearMismatch"; date?: string } | null {
  if (!query.length || !stored.length) return null;
  let best: "day" | "year" | null = null;
  let date: string | undefined;
  let sameYear = false;
  for (const q of query) {
    for (const s of stored) {
      const n = Math.min(q.length, s.length);
      if (q.slice(0, 4) === s.slice(0, 4)) sameYear = true;
      if (q.slice(0, n) === s.slice(0, n)) {
        const day = q.length >= 10 && s.length >= 10;
        if (day || best === null) {
          best = day ? "day" : "year";
          date = q.length >= s.length ? q : s;
        }
      }
    }
  }
  if (best) return { kind: best, date };
  return { kind: sameYear ? "dayMismatch" : "yearMismatch" };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Screens one counterparty: its candidates, best first, each with its score,
 * whether it is a match at the threshold, its features and the sentences
 * that explain it. Names in any script; identifiers looked up exactly.
 */
export function screen(query: ScreeningQuery, options: ScreeningOptions = {}, db: DbOrTx = getDb()): ScreeningCandidate[] {
  const threshold = options.threshold ?? SCREENING_THRESHOLD;
  const limit = options.limit ?? 5;
  const msg = messagesFor(options.locale ?? "en").matching;
  const index = nameIndex(db);
  const comparer = comparerOf(index);

  // Names, with what is not name set aside.
  const setAside: string[] = [];
  const queryNames: Prepared[] = [];
  const seenNames = new Set<string>();
  for (const raw of query.names) {
    const cleaned = cleanQueryName(raw, query.kind);
    setAside.push(...cleaned.setAside);
    for (const name of cleaned.names) {
      const n = normalizeName(name);
      const key = n.tokens.join(" ");
      if (n.tokens.length === 0 || seenNames.has(key)) continue;
      seenNames.add(key);
      const prepared = prepare(name, n.tokens, n.keys, n.keyToken);
      if (ABJAD.test(name)) prepared.skeleton = skeletonOf(prepared.core);
      queryNames.push(prepared);
    }
  }

  // Candidates by name: every slot the index offers, scored by the rules; all of an entity's evaluations kept.
  const evals = new Map<number, NameEval[]>();
  const preScore = new Map<number, number>();
  const storedCache = preparedSlots(index);
  const stored = (slot: number) => (storedCache[slot] ??= prepare("", index.tokensOf[slot]!, index.keysOf[slot]!, null));
  for (const q of queryNames) {
    const slots = nameCandidateSlots(index, q).slice(0, MAX_SLOTS);
    if (q.skeleton?.length) slots.push(...skeletonIndex(index).slots(q.skeleton, MAX_SLOTS));
    for (const slot of new Set(slots)) {
      const entityId = index.entityOf[slot]!;
      const e = comparer.compare(q, stored(slot), { slot, entityId, nameId: index.nameIdOf[slot]! });
      if (!e) continue;
      const pre = roughScore(e);
      const list = evals.get(entityId);
      if (list) list.push(e);
      else evals.set(entityId, [e]);
      if (pre > (preScore.get(entityId) ?? -1)) preScore.set(entityId, pre);
    }
  }

  // Candidates by identifier, looked up exactly.
  const idFeatures: ScoreFeature[] = [];
  const queryIds: QueryIdentifier[] = [];
  const idHits = new Map<number, { id: QueryIdentifier; type: string; value: string; country: string | null }[]>();
  const st = statements(db);
  for (const raw of query.identifiers) {
    const id = readIdentifier(raw);
    if (!id) continue;
    if ("invalid" in id) {
      idFeatures.push({ name: "identifier_invalid", score: 0, explanation: msg.feature.identifierInvalid(id.invalid) });
      continue;
    }
    // A passport's country, when the identifier does not say it, is the counterparty's one country.
    if (id.type === "passport" && !id.country && query.countries.length === 1) id.country = query.countries[0]!.toUpperCase();
    queryIds.push(id);
    for (const h of st.identifiers.all({ types: JSON.stringify(id.types), values: JSON.stringify(id.values) })) {
      const list = idHits.get(h.entityId) ?? [];
      list.push({ id, type: h.type, value: h.value, country: h.country });
      idHits.set(h.entityId, list);
    }
  }

  // The best-named entities and every identifier hit: their facts in one batch.
  const byName = [...preScore]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Math.max(MAX_ENTITIES, limit * 2))
    .map(([id]) => id);
  const wanted = unique([...idHits.keys(), ...byName]);
  if (wanted.length === 0) return [];
  const { facts, survivor } = loadFacts(db, wanted);
  let ranks: Map<number, number> | null = null;
  if (options.asOf) {
    ranks = new Map(st.bestRank.all({ ids: JSON.stringify([...facts.keys()]), day: options.asOf }).map((r) => [r.entityId, r.rank]));
  }

  // Evaluations and hits of merged-away entities belong to their survivors.
  const evalsOf = new Map<number, NameEval[]>();
  const hitsOf = new Map<number, NonNullable<ReturnType<typeof idHits.get>>>();
  for (const id of wanted) {
    const to = survivor.get(id);
    if (to === undefined || !facts.has(to)) continue;
    if (evals.has(id)) evalsOf.set(to, [...(evalsOf.get(to) ?? []), ...evals.get(id)!]);
    if (idHits.has(id)) hitsOf.set(to, [...(hitsOf.get(to) ?? []), ...idHits.get(id)!]);
    if (!evalsOf.has(to)) evalsOf.set(to, []);
  }

  const queryCountries = unique(query.countries.map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)));
  const queryDates = unique(query.birthDates.map((d) => d.trim()).filter((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)));
  const out: ScreeningCandidate[] = [];
  const weightOf = new Map<number, number>();
  for (const [entityId, list] of evalsOf) {
    const f = facts.get(entityId)!;
    if (query.kind && f.kind !== query.kind) continue;
    // A past date: only what had been designated by then (or cannot be placed on it), as the lookup.
    if (ranks && (ranks.get(entityId) ?? -1) < rankOf("ended")) continue;
    const nameRows = new Map(f.names.map((n) => [n.id, n]));
    const kindNoun = msg.kindNoun[f.kind] ?? f.kind;

    // An identifier hit whose entity no name of the query found: compare the query names with its names.
    if (list.length === 0 && queryNames.length) {
      for (const n of f.names) {
        const norm = normalizeName(n.value);
        for (const q of queryNames)
          list.push(
            comparer.compare(q, prepare(n.value, norm.tokens, norm.keys, norm.keyToken), { slot: -1, entityId, nameId: n.id }, true)!,
          );
      }
    }

    // The best name, after the rules and the kind of name it is.
    let bestName: { e: NameEval; score: number; features: ScoreFeature[] } | null = null;
    for (const e of list) {
      const r = nameScore(e, f.kind, msg.feature);
      const row = nameRows.get(e.nameId);
      if (row?.type === "former_name") {
        r.score += SCORING.formerName;
        r.features.push({ name: "former_name", score: SCORING.formerName, explanation: msg.feature.formerName(SCORING.formerName) });
      }
      if (row?.note === WEAK_ALIAS_NOTE) {
        r.score += SCORING.weakAlias;
        r.features.push({ name: "weak_alias", score: SCORING.weakAlias, explanation: msg.feature.weakAlias(SCORING.weakAlias) });
      }
      if (!bestName || r.score > bestName.score) bestName = { e, ...r };
    }

    const features: ScoreFeature[] = [];
    let lead: string | null = null;
    let score = 0;
    let matchedName: string | null = null;
    if (bestName) {
      const e = bestName.e;
      const storedName = nameRows.get(e.nameId)?.value ?? f.name;
      matchedName = storedName;
      const s = round(similarityFor(e, f.kind));
      const feature = e.literal
        ? { name: "name_literal_match", score: 1, explanation: msg.feature.nameLiteral(e.query.raw, storedName) }
        : e.via === "keys"
          ? { name: "name_keys_match", score: s, explanation: msg.feature.nameKeys(e.query.raw, storedName, s) }
          : e.via === "skeleton"
            ? { name: "name_skeleton_match", score: s, explanation: msg.feature.nameSkeleton(e.query.raw, storedName, s) }
            : { name: "name_match", score: s, explanation: msg.feature.name(e.query.raw, storedName, s) };
      features.push(feature, ...bestName.features);
      lead = feature.explanation;
      score = bestName.score;
    }

    // Identifiers: a strong one that agrees decides; a weak one adds; a strong one of the same type that differs lowers.
    let decided = false;
    const seenHit = new Set<string>();
    for (const h of hitsOf.get(entityId) ?? []) {
      const key = `${h.type}:${h.value}`;
      if (seenHit.has(key)) continue;
      seenHit.add(key);
      const passportStrong = h.type === "passport" && h.id.country !== undefined && h.country !== null && h.id.country === h.country;
      if (h.type === "passport" && h.id.country && h.country && h.id.country !== h.country) continue;
      if (STRONG_TYPES.has(h.type) || passportStrong) {
        const explanation = msg.feature.identifierMatch(h.type, h.value, kindNoun);
        features.unshift({ name: "identifier_match", score: SCORING.identifierDecides, explanation });
        if (!decided) lead = explanation;
        decided = true;
        matchedName ??= h.value;
      } else {
        const bonus = SCORING.identifierWeak;
        score = Math.max(SCORING.identifierWeakFloor, score + bonus);
        features.push({
          name: "identifier_weak_match",
          score: bonus,
          explanation: msg.feature.identifierWeak(h.type, h.value, kindNoun, bonus),
        });
        lead ??= msg.feature.identifierWeak(h.type, h.value, kindNoun, bonus);
        matchedName ??= h.value;
      }
    }
    for (const id of queryIds) {
      if (!id.strong || (hitsOf.get(entityId) ?? []).some((h) => h.id === id)) continue;
      const type = id.type;
      const theirs = f.identifiers.filter((i) => i.type === type).map((i) => i.value);
      if (theirs.length === 0) continue;
      score += SCORING.identifierMismatch;
      features.push({
        name: "identifier_mismatch",
        score: SCORING.identifierMismatch,
        explanation: msg.feature.identifierMismatch(type, id.shown, theirs, SCORING.identifierMismatch),
      });
    }

    // Countries and birth dates.
    if (queryCountries.length && f.countries.size) {
      const common = queryCountries.filter((c) => f.countries.has(c));
      if (common.length) {
        score += SCORING.countryMatch;
        features.push({
          name: "country_match",
          score: SCORING.countryMatch,
          explanation: msg.feature.countryMatch(common, SCORING.countryMatch),
        });
      } else {
        const n = f.kind === "vessel" || f.kind === "aircraft" ? SCORING.flagMismatch : SCORING.countryMismatch;
        score += n;
        features.push({
          name: "country_mismatch",
          score: n,
          explanation: msg.feature.countryMismatch(queryCountries, [...f.countries].sort(), n),
        });
      }
    }
    if (f.kind === "individual") {
      const stored = [...f.birthDates].filter((d) => /^\d{4}/.test(d)).sort();
      const dob = compareBirthDates(queryDates, stored);
      if (dob?.kind === "day" || dob?.kind === "year") {
        const n = dob.kind === "day" ? SCORING.dobMatchDay : SCORING.dobMatchYear;
        score += n;
        features.push({ name: "dob_match", score: n, explanation: msg.feature.dobMatch(dob.date!, n) });
      } else if (dob?.kind === "yearMismatch") {
        score += SCORING.dobYearMismatch;
        features.push({
          name: "dob_year_mismatch",
          score: SCORING.dobYearMismatch,
          explanation: msg.feature.dobYearMismatch(queryDates, stored, SCORING.dobYearMismatch),
        });
      } else if (dob?.kind === "dayMismatch") {
        score += SCORING.dobDayMismatch;
        features.push({
          name: "dob_day_mismatch",
          score: SCORING.dobDayMismatch,
          explanation: msg.feature.dobDayMismatch(queryDates, stored, SCORING.dobDayMismatch),
        });
      }
    }
    features.push(...idFeatures);
    if (setAside.length) features.push({ name: "text_set_aside", score: 0, explanation: msg.feature.setAside(setAside) });

    const final = round(decided ? SCORING.identifierDecides : Math.min(1, Math.max(0, score)));
    if (final < SCORING.floor && !decided && !hitsOf.has(entityId)) continue;
    const isMatch = final >= threshold;
    const explanation = [msg.matched(lead ?? f.name, final, isMatch)];
    for (const feature of features) {
      if (feature.explanation === lead) continue;
      if (feature.name.startsWith("name_") && feature.name.endsWith("match")) {
        if (!decided) continue;
      }
      explanation.push(msg.adjusted(feature.explanation));
    }
    out.push({ entityId, score: final, match: isMatch, matchedName, features, explanation });
    weightOf.set(entityId, f.names.length);
  }
  // Equal scores: the entity with more names first (named by more lists, more likely the one meant).
  return out
    .sort((a, b) => b.score - a.score || weightOf.get(b.entityId)! - weightOf.get(a.entityId)! || a.entityId - b.entityId)
    .slice(0, limit);
}

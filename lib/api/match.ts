import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import type { EntityKind, IdentifierType } from "@/lib/domain/vocabulary";
import { today } from "@/lib/domain/partial-date";
import { ftmEntity, ftmEntityId, FTM_SCHEMA_OF } from "@/lib/export/ftm";
import { LISTS } from "@/lib/importers/lists";
import { countryFromCode } from "@/lib/importers/parsers/countries";
import { cachedByDataVersion } from "@/lib/read/data-version";
import { getEntityExports, type EntityExport } from "@/lib/read/export";
import { dayState } from "@/lib/read/in-force";
import { publicationsForApi } from "@/lib/read/publications";
import { screen, SCORING_VERSION, SCREENING_THRESHOLD } from "@/lib/screening/engine";
import type { ScreeningCandidate, ScreeningQuery } from "@/lib/screening/types";
import type { MatchBody, MatchExample, MatchParams, MatchSchema } from "@/lib/validation/match";
import { COUNTRY_PROPERTIES, IDENTIFIER_PROPERTIES, NAME_PART_PROPERTIES, NAME_PROPERTIES } from "@/lib/validation/match";

/**
 * POST /api/match in yente's shape: each query (an FtM example) becomes a
 * ScreeningQuery for the screening engine, and each candidate an FtM entity
 * scored as yente scores one, with the tracker's extensions (`explanation`,
 * `designations`, `matchedName`).
 */

const KIND_OF: Record<MatchSchema, EntityKind | undefined> = {
  Person: "individual",
  Organization: "organization",
  Company: "organization",
  LegalEntity: undefined,
  Vessel: "vessel",
  Airplane: "aircraft",
  Thing: undefined,
};

/** The tracker's identifier type of an FtM identifier property; undefined: tried as any type. */
function identifierType(property: string, kind: EntityKind | undefined): IdentifierType | undefined {
  const t = IDENTIFIER_PROPERTIES[property];
  if (property === "imoNumber") return kind === "vessel" ? "imo" : kind === "organization" ? "imo_company" : undefined;
  return t ?? undefined;
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** A country as FtM clients write it (`ru`, `RUS`, `Russia`) → ISO alpha-2 upper case; what is not a country is dropped. */
const countryOf = (value: string) => countryFromCode(value) ?? null;

export function screeningQueryOf(example: MatchExample): ScreeningQuery {
  const p = example.properties;
  const kind = KIND_OF[example.schema];
  const names = NAME_PROPERTIES.flatMap((prop) => p[prop] ?? []);
  // firstName + lastName (and the parts between) make a name, as yente's combine_names does.
  const parts = NAME_PART_PROPERTIES.map((prop) => p[prop]?.[0]?.trim()).filter((v): v is string => !!v);
  if (parts.length) names.push(parts.join(" "));
  const countries = unique(COUNTRY_PROPERTIES.flatMap((prop) => p[prop] ?? []).flatMap((v) => countryOf(v) ?? []));
  const identifiers: ScreeningQuery["identifiers"] = [];
  for (const prop of Object.keys(IDENTIFIER_PROPERTIES)) {
    for (const value of unique(p[prop] ?? [])) {
      const type = identifierType(prop, kind);
      // A passport is told apart by its country; with one country given, it is the passport's.
      const country = type === "passport" && countries.length === 1 ? countries[0] : undefined;
      identifiers.push({ ...(type ? { type } : {}), value, ...(country ? { country } : {}) });
    }
  }
  return { kind, names: unique(names), birthDates: unique(p.birthDate ?? []), countries, identifiers };
}

export type DesignationSummary = {
  authority: string;
  program: string;
  listedOn: string | null;
  delistedOn: string | null;
  /** On `asOf`: in force, delisted, not known for the day (undated, first seen later), or not yet in force. */
  state: "in_force" | "delisted" | "unknown" | "not_yet";
};

export type MatchResult = {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  score: number;
  match: boolean;
  features: Record<string, number>;
  /** Extensions (not in yente): the sentences that explain the score, the name that matched, the designations. */
  explanation: string[];
  matchedName: string | null;
  designations: DesignationSummary[];
};

const STATE = { dated: "in_force", seen: "in_force", ended: "delisted", unknown: "unknown", future: "not_yet" } as const;

const LIST_OF_PREFIX = new Map(Object.values(LISTS).map((l) => [l.refPrefix, l.key]));
/** The lists an entity's records come from (a ref's prefix names its list; the default facts' is `seed`). */
const datasetsOf = (refs: string[]) =>
  unique(refs.map((r) => r.slice(0, Math.max(0, r.indexOf(":")))).map((p) => LIST_OF_PREFIX.get(p) ?? p));

/** yente gives one score per feature; when the engine states one feature twice (two identifiers), the strongest stands. */
function featureScores(c: ScreeningCandidate): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of c.features) if (!(f.name in out) || Math.abs(f.score) > Math.abs(out[f.name]!)) out[f.name] = f.score;
  return out;
}

function resultOf(c: ScreeningCandidate, e: EntityExport, asOf: string): MatchResult {
  const ftm = ftmEntity(e, asOf);
  const designations = e.designations.map((d) => ({
    authority: d.authority,
    program: d.program,
    listedOn: d.listedOn ?? d.effectiveOn,
    delistedOn: d.delistedOn,
    state: STATE[dayState({ ...d, withdrawnAt: null }, asOf)],
  }));
  return {
    id: ftmEntityId(e.id),
    caption: e.name,
    schema: FTM_SCHEMA_OF[e.kind],
    properties: ftm.properties,
    datasets: datasetsOf(e.refs),
    referents: e.refs,
    target: designations.some((d) => d.state === "in_force"),
    score: c.score,
    match: c.match,
    features: featureScores(c),
    explanation: c.explanation,
    matchedName: c.matchedName,
    designations,
  };
}

/** What yente calls the matcher: each feature a result may carry, with what it means. */
const FEATURE_DOCS: Record<string, string> = {
  name_literal_match: "The query's name has the same words as one of the entity's names (legal forms aside)",
  name_match: "How closely the best of the query's names matches one of the entity's names (weighted words, typos allowed)",
  name_keys_match:
    "The query's name is a spelling or transliteration of one of the entity's names (romanization keys: Hangul, Cyrillic and other scripts)",
  name_skeleton_match:
    "The query's name has the consonants of one of the entity's names (Arabic and Hebrew scripts, which write no vowels)",
  name_generic_only: "Only generic words or legal forms matched: the score is capped below the threshold",
  name_word_mismatch: "One distinctive word differs (a sister company, another vessel): the score is capped below the threshold",
  number_mismatch: "A number in the names differs (No. 8 and No. 6): the score is capped below the threshold",
  number_missing: "A number in one name is missing from the other: the score is lowered",
  former_name: "The name matched is a former name of the entity: the score is lowered by the stated amount",
  weak_alias: "The name matched is a weak alias (as the list marks it): the score is lowered by the stated amount",
  text_set_aside:
    "Text that is not part of a name was set aside before matching (vessel prefixes, ex-names, branch annotations, payment labels)",
  identifier_match: "A strong identifier of the query (IMO, MMSI, passport with country) is the entity's: it decides",
  identifier_weak_match:
    "A weaker identifier (registration or tax number) of the query is the entity's: the score is raised by the stated amount",
  identifier_mismatch: "The query and the entity have different identifiers of the same type: the score is lowered by the stated amount",
  identifier_invalid: "An identifier of the query fails its check digit: it was not compared",
  country_match: "The query's country is one of the entity's: the score is raised by the stated amount",
  country_mismatch: "The query's countries and the entity's differ: the score is lowered by the stated amount",
  dob_match: "The query's birth date agrees with the entity's: the score is raised by the stated amount",
  dob_year_mismatch: "The query's birth year differs from the entity's: the score is lowered by the stated amount",
  dob_day_mismatch: "Same birth year, another day: the score is lowered by the stated amount",
};

export type Screened = { key: string; example: MatchExample; candidates: ScreeningCandidate[] }[];

/** The options every query of a request is screened with. */
export function screeningOptions(params: MatchParams) {
  return { threshold: params.threshold ?? SCREENING_THRESHOLD, limit: params.limit, asOf: params.asOf ?? today(), locale: params.lang };
}

/** Step 1: each query through the screening engine; a counterparty sent twice in one batch (under two keys) is screened once. */
export function screenAll(body: MatchBody, params: MatchParams, db: DbOrTx = getDb()): Screened {
  const options = screeningOptions(params);
  const seen = new Map<string, ScreeningCandidate[]>();
  return Object.entries(body.queries).map(([key, example]) => {
    const query = screeningQueryOf(example);
    const same = JSON.stringify(query);
    let candidates = seen.get(same);
    if (!candidates) {
      candidates = screen(query, options, db);
      seen.set(same, candidates);
    }
    return { key, example, candidates };
  });
}

/**
 * The candidates' entities, kept per data version: a batch screening meets the
 * same candidates again and again (every "Kim", every "… Trading LLC"), and
 * reading their parts cost a fifth of a request. A write anywhere starts a new cache.
 */
function entityExports(ids: number[], db: DbOrTx, day: string): Map<number, EntityExport> {
  const cache = cachedByDataVersion("match.entityExports", db, day, () => new LRUCache<number, EntityExport>({ max: 20_000 }));
  const out = new Map<number, EntityExport>();
  const missing: number[] = [];
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (const [id, e] of getEntityExports(missing, db)) {
    cache.set(id, e);
    out.set(id, e);
  }
  return out;
}

/** Step 2: every candidate of the request as an FtM entity, read with one query per table (those not already kept). */
export function matchResponse(screened: Screened, params: MatchParams, db: DbOrTx = getDb()) {
  const { threshold, asOf } = screeningOptions(params);
  const day = today();
  const exports = entityExports(
    screened.flatMap((s) => s.candidates.map((c) => c.entityId)),
    db,
    day,
  );
  const features = new Set<string>();
  // Entries, not assignments: a query keyed "__proto__" stays a key of its own.
  const responses: [string, unknown][] = [];
  for (const { key, example, candidates } of screened) {
    const results = candidates.flatMap((c) => {
      const e = exports.get(c.entityId);
      return e ? [resultOf(c, e, asOf)] : [];
    });
    for (const r of results) for (const f of Object.keys(r.features)) features.add(f);
    responses.push([
      key,
      {
        status: 200,
        results,
        total: { value: results.length, relation: "eq" },
        query: { ...(example.id ? { id: example.id } : {}), schema: example.schema, properties: example.properties },
      },
    ]);
  }
  return {
    responses: Object.fromEntries(responses) as Record<string, unknown>,
    matcher: Object.fromEntries(
      [...features].sort().map((f) => [f, { description: FEATURE_DOCS[f] ?? f, coefficient: 1, url: "/api/openapi.json" }]),
    ),
    limit: params.limit,
    // Extensions: what the scores were computed against, for a screening's evidence.
    threshold,
    asOf,
    scoringVersion: SCORING_VERSION,
    publications: cachedByDataVersion("match.publications", db, day, () => publicationsForApi(db, day)),
  };
}

/** Screens every query of the body, then builds all the results at once. */
export function matchAll(body: MatchBody, params: MatchParams, db: DbOrTx = getDb()) {
  return matchResponse(screenAll(body, params, db), params, db);
}

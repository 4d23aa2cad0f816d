import type { EntityKind, IdentifierType } from "@/lib/domain/vocabulary";
import { isFullDate } from "./partial-date";

/**
 * The cross-list merge rules (docs/decisions/0009): when two entities, each
 * made from the records of different official lists, are one real thing.
 * Pure functions over what each entity is known by, so the importer's
 * resolver and the reconciliation of existing entities decide alike.
 */

/** What the rules compare of one entity. */
export type MatchFacts = {
  id: number;
  kind: EntityKind;
  /** The lists whose records the entity holds, by ref prefix: `ofac`, `un`, `seed`. */
  lists: readonly string[];
  /** The keys (lib/domain/name-key.ts) of the names it is known by. */
  nameKeys: readonly string[];
  identifiers: readonly { type: IdentifierType; value: string; country?: string | null }[];
  /** Partial ISO dates: `1967`, `1975-03`, `1975-03-02`. */
  birthDates: readonly string[];
  /** ISO 3166 alpha-2 codes: its country, nationality or flag, and the countries of its addresses (an individual's too). */
  countries: readonly string[];
  /** Program families (lib/domain/program.ts) of its designations. */
  programFamilies: readonly string[];
};

/** Merge rules of the cross-list pass, named in the change log as the importer's rules are. */
export type CrossListRule =
  | "same name and country"
  | "same name and program family"
  | "same name and date of birth"
  | "same name, year of birth, country and program family";

export type Conflict = { identifier: "imo" | "imo_company" | "passport" | "birth_date"; detail: string };

export type Verdict =
  | { verdict: "merge"; rule: CrossListRule }
  | { verdict: "possible"; basis: string }
  | {
      verdict: "none";
      why: "different kinds" | "same list" | "no name in common" | "conflict" | "no birth date in common";
      conflict?: Conflict;
    };

/**
 * A number as compared: letters and digits only, so "D 000974" is "D000974".
 * Lists also write a passport's number inside words ("Libyan Passport No.
 * 96/184442"): one number that ends with another of six or more characters is
 * taken to be it.
 */
const compact = (value: string) => value.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, "");
const sameNumber = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 6 && /\d/.test(short) && long.endsWith(short));
};
const valuesOf = (f: MatchFacts, type: IdentifierType) =>
  new Set(f.identifiers.filter((i) => i.type === type).map((i) => compact(i.value)));
const noneInCommon = (a: Set<string>, b: Set<string>) => [...a].every((x) => [...b].every((y) => !sameNumber(x, y)));
const disjoint = <T>(a: Set<T>, b: Set<T>) => [...a].every((x) => !b.has(x));
const intersects = <T>(a: readonly T[], b: readonly T[]) => a.some((x) => b.includes(x));

/**
 * A strong identifier on which the two differ, which says they are two
 * things whatever their names: both have IMO numbers (or company IMO
 * numbers) and none in common; both have passports of one country and none
 * in common; both have full birth dates and none in common. A side that lacks
 * the identifier never conflicts: lists often leave it out.
 */
export function conflictingIdentifier(a: MatchFacts, b: MatchFacts): Conflict | null {
  for (const type of ["imo", "imo_company"] as const) {
    const x = valuesOf(a, type);
    const y = valuesOf(b, type);
    if (x.size && y.size && noneInCommon(x, y)) return { identifier: type, detail: `${[...x].join(", ")} ≠ ${[...y].join(", ")}` };
  }
  const passports = (f: MatchFacts) => {
    const byCountry = new Map<string, Set<string>>();
    for (const i of f.identifiers) {
      if (i.type !== "passport" || !i.country) continue;
      let set = byCountry.get(i.country);
      if (!set) byCountry.set(i.country, (set = new Set()));
      set.add(compact(i.value));
    }
    return byCountry;
  };
  const pa = passports(a);
  const pb = passports(b);
  for (const [country, x] of pa) {
    const y = pb.get(country);
    if (y && noneInCommon(x, y)) return { identifier: "passport", detail: `${country} ${[...x].join(", ")} ≠ ${[...y].join(", ")}` };
  }
  const fa = new Set(a.birthDates.filter(isFullDate));
  const fb = new Set(b.birthDates.filter(isFullDate));
  if (fa.size && fb.size && disjoint(fa, fb)) return { identifier: "birth_date", detail: `${[...fa].join(", ")} ≠ ${[...fb].join(", ")}` };
  return null;
}

/**
 * Whether two partial dates can be the same day: one is the other, or the
 * other made more precise (1975 and 1975-03-02; 1975-03 and 1975-03-02), never
 * two different years or months (1975 and 1976).
 */
export function birthDatesCompatible(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long.length === short.length || long[short.length] === "-");
}

/** The least precise date of the first compatible pair (what the two have in common), or null. */
export function commonBirthDate(a: readonly string[], b: readonly string[]): string | null {
  let best: string | null = null;
  for (const x of a) {
    for (const y of b) {
      if (!birthDatesCompatible(x, y)) continue;
      const common = x.length <= y.length ? x : y;
      // The most precise agreement says most: 1975-03-02 in common beats 1975.
      if (best === null || common.length > best.length) best = common;
    }
  }
  return best;
}

/**
 * Whether two entities made from records of different lists are one real
 * thing (`merge`, with the rule), may be (`possible`, with what they have in
 * common), or are not to be linked (`none`, with why).
 *
 * - Only across lists: two records of one list are two things, namesakes.
 * - A conflicting strong identifier rules out both.
 * - Organizations, vessels and aircraft with a name in common merge when they
 *   also share a country or a program family; else they are possible matches.
 * - Individuals with a name in common merge on a full date of birth in common
 *   (the importer's rule), or on a compatible partial one (1967 and 1967, or
 *   1967 and 1967-03-02) when they also share a country (nationality or
 *   address) and a program family: the name and year alone are shared by
 *   namesakes, the four together by one person. With compatible dates and
 *   less in common they are possible matches; without birth dates to
 *   compare, nothing (a common name says too little).
 */
export function crossListVerdict(a: MatchFacts, b: MatchFacts): Verdict {
  if (a.kind !== b.kind) return { verdict: "none", why: "different kinds" };
  if (a.lists.length === 0 || b.lists.length === 0 || intersects(a.lists, b.lists)) return { verdict: "none", why: "same list" };
  if (!intersects(a.nameKeys, b.nameKeys)) return { verdict: "none", why: "no name in common" };
  const conflict = conflictingIdentifier(a, b);
  if (conflict) return { verdict: "none", why: "conflict", conflict };
  if (a.kind === "individual") {
    const common = commonBirthDate(a.birthDates, b.birthDates);
    if (common === null) return { verdict: "none", why: "no birth date in common" };
    if (isFullDate(common)) return { verdict: "merge", rule: "same name and date of birth" };
    // A birth year (or month) alone is shared by namesakes; with a country and a sanctions regime besides, by one person.
    if (intersects(a.countries, b.countries) && intersects(a.programFamilies, b.programFamilies)) {
      return { verdict: "merge", rule: "same name, year of birth, country and program family" };
    }
    return { verdict: "possible", basis: `same name, born ${common}` };
  }
  if (intersects(a.countries, b.countries)) return { verdict: "merge", rule: "same name and country" };
  if (intersects(a.programFamilies, b.programFamilies)) return { verdict: "merge", rule: "same name and program family" };
  return { verdict: "possible", basis: POSSIBLE_SAME_NAME };
}

/** The basis of a possible match of two organizations or vessels that share only a name. */
export const POSSIBLE_SAME_NAME = "same name, on two lists";

/** A possible match's basis as counted in reports: `same name, born 1967` → `same name, born …`. */
export function possibleMatchRule(basis: string): string {
  return basis.replace(/, born .*$/, ", born …");
}

export type MergePlan = {
  /** Each entity to merge into the survivor of its group (the lowest id: the entity the tracker held first). */
  merges: { from: number; into: number; rule: CrossListRule }[];
  /** Pairs of survivors that may be one thing, each pair once (lower id first). */
  possible: { entityId: number; otherEntityId: number; basis: string }[];
};

/**
 * Decides, for entities that share a name key, which to merge and which to
 * note as possible matches. Two guards keep a merge from depending on the
 * order entities are looked at:
 * - a merge with an entity that has two namesakes on one list (two matches
 *   for one thing) is ambiguous: each pair is a possible match instead;
 * - merges that would give one entity two records of one list are not made
 *   (the pair is a possible match), so a group never holds namesakes.
 * `facts` are those of entities not merged into another.
 */
export function planCrossListMerges(facts: readonly MatchFacts[]): MergePlan {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const byKey = new Map<string, number[]>();
  for (const f of facts) {
    if (f.lists.length === 0) continue;
    for (const key of new Set(f.nameKeys)) {
      if (!key) continue;
      let ids = byKey.get(key);
      if (!ids) byKey.set(key, (ids = []));
      ids.push(f.id);
    }
  }
  const verdicts = new Map<string, { a: number; b: number; v: Verdict }>();
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
        const pair = `${a}:${b}`;
        if (verdicts.has(pair)) continue;
        const v = crossListVerdict(byId.get(a)!, byId.get(b)!);
        if (v.verdict !== "none") verdicts.set(pair, { a, b, v });
      }
    }
  }

  // Ambiguity: an entity whose merge partners include two from one list.
  const partners = new Map<number, number[]>();
  for (const { a, b, v } of verdicts.values()) {
    if (v.verdict !== "merge") continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let list = partners.get(x);
      if (!list) partners.set(x, (list = []));
      list.push(y);
    }
  }
  const ambiguous = (x: number) => {
    const seen = new Set<string>();
    for (const y of partners.get(x) ?? []) {
      for (const list of byId.get(y)!.lists) {
        if (seen.has(list)) return true;
        seen.add(list);
      }
    }
    return false;
  };

  const parent = new Map<number, number>();
  const root = (x: number): number => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const listsOf = new Map<number, Set<string>>();
  const groupLists = (r: number) => listsOf.get(r) ?? new Set(byId.get(r)!.lists);
  const joinedBy = new Map<number, CrossListRule>();
  const possible = new Map<string, { entityId: number; otherEntityId: number; basis: string }>();
  const notePossible = (a: number, b: number, basis: string) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    if (!possible.has(`${x}:${y}`)) possible.set(`${x}:${y}`, { entityId: x, otherEntityId: y, basis });
  };

  const ordered = [...verdicts.values()].sort((p, q) => p.a - q.a || p.b - q.b);
  for (const { a, b, v } of ordered) {
    if (v.verdict !== "merge") continue;
    if (ambiguous(a) || ambiguous(b)) {
      notePossible(a, b, `${v.rule}, but one list names two of them`);
      continue;
    }
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    const la = groupLists(ra);
    const lb = groupLists(rb);
    if ([...la].some((l) => lb.has(l))) {
      notePossible(a, b, `${v.rule}, but one list names two of them`);
      continue;
    }
    const [into, from] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(from, into);
    listsOf.set(into, new Set([...la, ...lb]));
    joinedBy.set(from, v.rule);
  }
  for (const { a, b, v } of ordered) if (v.verdict === "possible") notePossible(a, b, v.basis);

  const merges = [...joinedBy].map(([from, rule]) => ({ from, into: root(from), rule }));
  // A possible match with an entity that merges is one with its survivor.
  const survivors = new Map<string, MergePlan["possible"][number]>();
  for (const p of possible.values()) {
    const [x, y] = [root(p.entityId), root(p.otherEntityId)].sort((m, n) => m - n) as [number, number];
    if (x !== y && !survivors.has(`${x}:${y}`)) survivors.set(`${x}:${y}`, { entityId: x, otherEntityId: y, basis: p.basis });
  }
  return { merges: merges.sort((x, y) => x.from - y.from), possible: [...survivors.values()] };
}

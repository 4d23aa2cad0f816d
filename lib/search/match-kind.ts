import "server-only";
import type { SearchResult } from "./engine";
import { normalizeName, type NormalizedName } from "./text";

/**
 * What kind of match a search result is, in words an analyst can weigh: the
 * search page ranks and explains, and leaves "is this a hit" to screening.
 * Read from what the engine reports as matched and from the query; the score
 * is not touched.
 */
export type MatchKind =
  | { kind: "identifier" }
  | { kind: "full" }
  /** Every word of the name matched, but the name lacks some of the words searched for. */
  | { kind: "shorter"; matched: number; of: number }
  | { kind: "surname" }
  | { kind: "partial"; matched: number; of: number }
  /** No word of the name is in the query as such: found by a spelling a typo or two away. */
  | { kind: "similar" };

/** Positions of the name's words found in the query, word for word or spelled another way (the engine's keys). */
function coveredWords(name: NormalizedName, query: NormalizedName, engineTokens: readonly string[]): Set<number> {
  const queryTokens = new Set(query.tokens);
  const queryKeys = new Set(query.keys);
  const engine = new Set(engineTokens);
  const covered = new Set<number>();
  name.tokens.forEach((token, i) => {
    if (engine.has(token) || queryTokens.has(token)) covered.add(i);
  });
  name.keys.forEach((key, j) => {
    if (queryKeys.has(key)) covered.add(name.keyToken[j]!);
  });
  return covered;
}

/** How many query words the name holds: as such, spelled another way, or (the engine's pairs) a typo away. */
function queryWordsFound(query: NormalizedName, name: NormalizedName, engineTokens: readonly string[]): number {
  const nameTokens = new Set(name.tokens);
  const nameKeys = new Set(name.keys);
  const direct = query.tokens.filter((token, i) => nameTokens.has(token) || nameKeys.has(query.keys[i] ?? "")).length;
  return Math.max(direct, Math.min(engineTokens.length, query.tokens.length));
}

/**
 * Whether the query names only the surname of a listing written "SURNAME,
 * Given names": every query word is a surname word and every surname word is
 * asked for.
 */
function isSurnameOnly(primaryName: string, query: NormalizedName): boolean {
  const comma = primaryName.indexOf(",");
  if (comma <= 0) return false;
  const surname = normalizeName(primaryName.slice(0, comma));
  const whole = normalizeName(primaryName);
  if (surname.tokens.length === 0 || surname.tokens.length >= whole.tokens.length) return false;
  const covered = coveredWords(surname, query, []);
  if (covered.size !== surname.tokens.length) return false;
  const surnameTokens = new Set(surname.tokens);
  const surnameKeys = new Set(surname.keys);
  return query.tokens.every((token, i) => surnameTokens.has(token) || surnameKeys.has(query.keys[i] ?? ""));
}

export function matchKindOf(result: Pick<SearchResult, "kind" | "name" | "matched">, q: string): MatchKind {
  const m = result.matched;
  if (m.field === "identifier") return { kind: "identifier" };
  const query = normalizeName(q);
  const name = normalizeName(m.value);
  const covered = coveredWords(name, query, m.tokens);
  if (name.tokens.length > 0 && covered.size >= name.tokens.length) {
    const found = queryWordsFound(query, name, m.tokens);
    return found >= query.tokens.length ? { kind: "full" } : { kind: "shorter", matched: found, of: query.tokens.length };
  }
  if (result.kind === "individual" && isSurnameOnly(result.name, query)) return { kind: "surname" };
  if (covered.size === 0) return { kind: "similar" };
  return { kind: "partial", matched: covered.size, of: name.tokens.length };
}

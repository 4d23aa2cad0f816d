import "server-only";
import type { NormalizedName } from "./normalize";

/**
 * Jaro-Winkler similarity of two tokens, in [0, 1]: Jaro's matches within
 * half the longer length less one, half-transpositions, and Winkler's boost of
 * 0.1 per common leading character (at most four) when Jaro is above 0.7.
 *
 * Written here rather than taken from a package: @skyra/jaro-winkler counts a
 * common prefix of four or more as five (over-boosting: "abcdx"/"abcdy" gives
 * 0.933 instead of 0.920) and copies both strings into arrays on every call;
 * jaro-winkler (npm) is an untyped UMD file last changed years ago; talisman
 * brings six dependencies and several megabytes for one function; natural is a
 * whole NLP toolkit. This is the textbook algorithm on char codes with reused
 * buffers; the tests check it against the published values (MARTHA/MARHTA
 * 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813).
 */
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const lo = i > window ? i - window : 0;
    const hi = Math.min(i + window + 1, lb);
    for (let j = lo; j < hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  if (jaro <= 0.7) return jaro;
  const limit = Math.min(4, la, lb);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export type TokenMatch = {
  /** Index in the query tokens. */
  query: number;
  /** Index in the candidate tokens. */
  candidate: number;
  /** Jaro-Winkler similarity of the two tokens. */
  similarity: number;
};

export type TokenSetSimilarity = {
  /** In [0, 1]; 1 for equal token sets in any order. */
  score: number;
  /** The pairs matched, each query token and each candidate token at most once, in query order. */
  matches: TokenMatch[];
  /** The candidate tokens matched, in candidate order (for highlighting the stored name). */
  matched: string[];
  /** Query tokens with no candidate token at or above `minSimilarity` (extra words). */
  unmatchedQuery: number[];
  /** Candidate tokens no query token matched (missing words). */
  unmatchedCandidate: number[];
};

export type TokenSetOptions = {
  /**
   * The weight of a token, e.g. its IDF in the index; default 1. Called with
   * the token and which side it is on.
   */
  weight?: (token: string, side: "query" | "candidate") => number;
  /** Pairs below this Jaro-Winkler similarity do not match; default 0.8. 1 compares tokens exactly. */
  minSimilarity?: number;
  /**
   * Tokens shorter than this match only an equal token; default 4. One letter
   * apart, short words are different names (Jun/Jin, Kim/Kin, Min/Mun), and
   * Jaro-Winkler still rates them above 0.8.
   */
  exactBelow?: number;
  /**
   * How much an unmatched candidate token (a word the query leaves out, e.g. a
   * middle name) costs relative to an unmatched query token (a word the name
   * does not have); default 0.5.
   */
  missingCost?: number;
};

const DEFAULT_WEIGHT = () => 1;

/**
 * Similarity of two token lists as sets: each query token is matched to its
 * best distinct candidate token (greedy on Jaro-Winkler, highest pairs first;
 * pairs below `minSimilarity` do not match), then
 *
 *   score = Σ sim(q, c) · w(q)  /  ( Σ w(q) over all query tokens
 *                                   + missingCost · Σ w(c) over unmatched candidate tokens )
 *
 * so equal sets score 1 in any order, an extra query word lowers the score by
 * its full weight and a word the query leaves out (a middle name) by half of it.
 * Tokens shorter than `exactBelow` (4) only match equal tokens.
 * Empty lists score 0. The third argument may be the weight function alone.
 */
export function tokenSetSimilarity(
  query: readonly string[],
  candidate: readonly string[],
  options: TokenSetOptions | TokenSetOptions["weight"] = {},
): TokenSetSimilarity {
  if (typeof options === "function") options = { weight: options };
  const weight = options.weight ?? DEFAULT_WEIGHT;
  const minSimilarity = options.minSimilarity ?? 0.8;
  const missingCost = options.missingCost ?? 0.5;
  const exactBelow = options.exactBelow ?? 4;
  const nq = query.length;
  const nc = candidate.length;
  if (nq === 0 || nc === 0) {
    return { score: 0, matches: [], matched: [], unmatchedQuery: range(nq), unmatchedCandidate: range(nc) };
  }
  // All pairs at or above the threshold, best first (lists are short).
  const pairs: TokenMatch[] = [];
  for (let q = 0; q < nq; q++) {
    for (let c = 0; c < nc; c++) {
      const a = query[q]!;
      const b = candidate[c]!;
      let similarity: number;
      if (a === b) similarity = 1;
      else if (minSimilarity >= 1 || a.length < exactBelow || b.length < exactBelow) continue;
      else similarity = jaroWinkler(a, b);
      if (similarity >= minSimilarity) pairs.push({ query: q, candidate: c, similarity });
    }
  }
  pairs.sort((x, y) => y.similarity - x.similarity || x.query - y.query || x.candidate - y.candidate);
  const usedQ = new Uint8Array(nq);
  const usedC = new Uint8Array(nc);
  const matches: TokenMatch[] = [];
  let matched = 0;
  for (const p of pairs) {
    if (usedQ[p.query] || usedC[p.candidate]) continue;
    usedQ[p.query] = 1;
    usedC[p.candidate] = 1;
    matches.push(p);
    matched += p.similarity * weight(query[p.query]!, "query");
  }
  let queryWeight = 0;
  const unmatchedQuery: number[] = [];
  for (let q = 0; q < nq; q++) {
    queryWeight += weight(query[q]!, "query");
    if (!usedQ[q]) unmatchedQuery.push(q);
  }
  let missingWeight = 0;
  const unmatchedCandidate: number[] = [];
  const matchedTokens: string[] = [];
  for (let c = 0; c < nc; c++) {
    if (usedC[c]) {
      matchedTokens.push(candidate[c]!);
      continue;
    }
    unmatchedCandidate.push(c);
    missingWeight += weight(candidate[c]!, "candidate");
  }
  const denominator = queryWeight + missingCost * missingWeight;
  const score = denominator > 0 ? Math.min(1, matched / denominator) : 0;
  matches.sort((x, y) => x.query - y.query);
  return { score, matches, matched: matchedTokens, unmatchedQuery, unmatchedCandidate };
}

/**
 * Similarity of two normalized names: the better of the token-set similarity
 * of their tokens (Jaro-Winkler: catches typos, "CAARDENAS" ~ "CARDENAS") and
 * of their keys compared exactly (catches romanizations and transliterations:
 * "Gim Yeong-cheol" = "KIM YONG CHOL", which share no token). Keys are never
 * compared with Jaro-Winkler: they are short and already folded, so a near key
 * is another name (chon/chol: Kim Min-jun is not KIM Min Chol). `via` says
 * which won; with "keys", match indexes are key indexes (map them to tokens
 * with `keyToken`) and `matched` lists candidate keys.
 */
export function nameSimilarity(
  query: NormalizedName,
  candidate: NormalizedName,
  options: TokenSetOptions = {},
): TokenSetSimilarity & { via: "tokens" | "keys" } {
  const byTokens = tokenSetSimilarity(query.tokens, candidate.tokens, options);
  if (byTokens.score === 1) return { ...byTokens, via: "tokens" };
  const byKeys = tokenSetSimilarity(query.keys, candidate.keys, { ...options, minSimilarity: 1 });
  return byKeys.score > byTokens.score ? { ...byKeys, via: "keys" } : { ...byTokens, via: "tokens" };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

import "server-only";
/**
 * The text layer of name search: normalization and phonetic keys (written for
 * every stored name and every query), token similarity, identifier queries.
 */
/**
 * Bump when normalizeName's output changes for any name: stored tokens and
 * keys are then rebuilt (lib/search/indexer.ts) so stored names and queries
 * are normalized alike.
 */
export const NORMALIZER_VERSION = "2";

export { normalizeName, latinKey, tokenSetKey, keySetKey, type NormalizedName } from "./normalize";
export { koreanSyllableKeys, koreanKey } from "./korean";
export { romanizeHangul, romanizeSyllable } from "./hangul";
export { isLegalForm, LEGAL_FORM_TOKENS } from "./legal-forms";
export {
  jaroWinkler,
  tokenSetSimilarity,
  nameSimilarity,
  type TokenMatch,
  type TokenSetSimilarity,
  type TokenSetOptions,
} from "./similarity";
export { parseIdentifierQuery, compactIdentifier, type IdentifierQuery } from "./identifiers";

/**
 * A key under which two spellings of one full name meet for merging records:
 * diacritics, case, punctuation and word order do not count.
 * "KIM, Yong Chol" and "KIM YONG CHOL" → "CHOL KIM YONG".
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .sort()
    .join(" ");
}

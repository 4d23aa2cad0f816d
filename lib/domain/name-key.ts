/**
 * A key under which two spellings of one full name meet for merging records:
 * diacritics, case, punctuation and word order do not count.
 * "KIM, Yong Chol" and "KIM YONG CHOL" → "CHOL KIM YONG".
 */
export function nameKey(name: string): string {
  // Most list names are plain ASCII: no diacritics to strip, and no Unicode classes needed to split them.
  const text = isAscii(name) ? name.toUpperCase().replace(/[^A-Z0-9]+/g, " ") : foldUnicode(name);
  return text.trim().split(" ").filter(Boolean).sort().join(" ");
}

function foldUnicode(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

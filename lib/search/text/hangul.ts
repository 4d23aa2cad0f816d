import "server-only";
/**
 * Hangul to Latin, syllable by syllable, in the Revised Romanization of Korean
 * (2000): 김영철 → "gim", "yeong", "cheol"; 박 → "bak"; 리 → "ri"; 록 → "rok".
 *
 * Computed from the syllable's code point (initial × 588 + vowel × 28 + final)
 * rather than taken from a transliteration library: any-ascii writes a final
 * consonant in its initial form ("Bag", "Sig", "Log") and ㄹ as "L" ("LiManGeon"),
 * which is not how anyone romanizes a name; transliteration writes ㅊ as "c".
 * No sound changes across syllables are applied (신라 is "sin", "ra", not
 * "silla"): names are matched syllable by syllable.
 */

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
/** Final consonants as RR writes them at the end of a syllable (ㄱ ㄲ ㄳ → k, ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ → t, …). */
const FINALS = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** True for a precomposed Hangul syllable (U+AC00–U+D7A3). */
export function isHangulSyllable(code: number): boolean {
  return code >= FIRST && code <= LAST;
}

/** The RR spelling of one precomposed syllable, lower case; "" for any other code point. */
export function romanizeSyllable(code: number): string {
  if (code < FIRST || code > LAST) return "";
  const index = code - FIRST;
  const initial = Math.floor(index / 588);
  const vowel = Math.floor((index % 588) / 28);
  const final = index % 28;
  return INITIALS[initial]! + VOWELS[vowel]! + FINALS[final]!;
}

/** Hangul text to RR, one space-separated word per syllable: "김영철" → "gim yeong cheol". */
export function romanizeHangul(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHangulSyllable(code)) out += ` ${romanizeSyllable(code)} `;
    else out += text[i];
  }
  return out;
}

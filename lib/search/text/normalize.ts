import "server-only";
import anyAscii from "any-ascii";
import { detectScript, type ScriptCode } from "@/lib/domain/script";
import { isHangulSyllable, romanizeSyllable } from "./hangul";
import { isKoreanSurname, koreanSyllableKeys } from "./korean";
import { canonicalizeLegalForms, isLegalForm } from "./legal-forms";

/**
 * The text layer of name matching: a name, as a list writes it or as a user
 * types it, to the words it is made of (`tokens`) and to phonetic keys under
 * which spellings of the same name meet (`keys`). Pure and deterministic; the
 * index calls it for every stored name and the search for every query.
 */
export type NormalizedName = {
  /**
   * The words of the name in Latin lower case, in the order written (the caller
   * treats them as a set): NFKC, case folded, diacritics removed; periods,
   * commas, hyphens, parentheses and quotes break words, apostrophes join them
   * ("Ch'un" → "chun", "BA'ASYIR" → "baasyir"); Hangul romanized one syllable a
   * word (RR), Cyrillic and other scripts transliterated (any-ascii); legal
   * forms canonical ("Company Limited" → "co", "ltd"; "L.L.C." → "llc").
   */
  tokens: string[];
  /**
   * Phonetic keys. In general one per token (`keyToken[i]` is the index of the
   * token key i comes from). In a Korean name (`korean`) one per syllable: a
   * word of two syllables ("Yongchol") gives two keys, so "Yong Chol",
   * "Yong-Chol" and "Yongchol" have the same keys.
   */
  keys: string[];
  /** For each key, the index in `tokens` of the word it comes from. */
  keyToken: number[];
  /** ISO 15924 script of the input ("Latn", "Hang", "Cyrl", …; "Zyyy" when none). */
  script: ScriptCode;
  /** True when the name was read as a Korean personal name and keyed by syllable. */
  korean: boolean;
};

const EMPTY_KEYS: string[] = [];

/** Code points that join the letters around them instead of breaking a word. */
function isApostrophe(code: number): boolean {
  return (
    code === 39 || // '
    code === 96 || // `
    code === 0xb4 || // ´
    code === 0x2018 || // ‘
    code === 0x2019 || // ’
    code === 0x02bc || // ʼ
    code === 0x02bb || // ʻ
    code === 0x02b9 || // ʹ
    code === 0x02be || // ʾ
    code === 0x02bf // ʿ
  );
}

function isCjkIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Any text to lower-case ASCII in which words are separated by anything that
 * is not a letter, a digit, an apostrophe or "&". Hangul syllables and Han
 * ideographs each become a word of their own.
 */
function toAscii(value: string): string {
  if (isAscii(value)) return value.toLowerCase(); // NFKC leaves ASCII as it is
  let text = "";
  // Apostrophes first: NFKC would turn the acute accent (´) into a space and a combining mark.
  for (let i = 0; i < value.length; i++) text += isApostrophe(value.charCodeAt(i)) ? "'" : value[i];
  text = text.normalize("NFKC");
  let pre = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) pre += text[i];
    else if (isHangulSyllable(code)) pre += ` ${romanizeSyllable(code)} `;
    else if (isApostrophe(code)) pre += "'";
    else if (isCjkIdeograph(code)) pre += ` ${text[i]} `;
    else pre += text[i];
  }
  return (isAscii(pre) ? pre : anyAscii(pre)).toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Splits lower-case ASCII into words: apostrophes join, "&" is the word "and". */
function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  let word = "";
  let pending = false; // word has content
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 39 || c === 96) {
      // Apostrophe: keep what came before, join with what follows.
      if (start >= 0) {
        word += text.slice(start, i);
        pending = true;
        start = -1;
      }
      continue;
    }
    if (start >= 0) {
      word += text.slice(start, i);
      pending = true;
      start = -1;
    }
    if (pending) {
      words.push(word);
      word = "";
      pending = false;
    }
    if (c === 38) words.push("and");
  }
  return words;
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The key of a word of a name that is not read as Korean: the folds that make
 * transliterations of one (mostly Russian, Ukrainian and Arabic) name meet.
 * x → ks, w → v, q → k, ph → f, kh → h, ck → k, c before a consonant or a/o/u
 * → k, tz → ts, y and j → i, ou → u; doubled letters once; then ie → e
 * (Yevgeniy = Evgeny, Matviyenko = Matvienko, Savelyeva = Saveleva), io between
 * consonants → e (Fyodorov = Fedorov, Semyonovich = Semenovich), a final h after
 * a vowel dropped (Salameh = Salame), -off/-ow → -ov. Words with digits,
 * legal-form tokens and acronyms of up to three letters without a vowel
 * ("PKK", "PCC") are their own key.
 */
export function latinKey(word: string): string {
  const n = word.length;
  if (isLegalForm(word) || (n <= 3 && !/[aeiouy]/.test(word))) return word;
  let s = "";
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return word; // digits: as written
    const next = i + 1 < n ? word.charCodeAt(i + 1) : 0;
    switch (c) {
      case 120: // x
        s += "ks";
        break;
      case 119: // w
        s += "v";
        break;
      case 113: // q
        s += "k";
        break;
      case 121: // y
      case 106: // j
        s += "i";
        break;
      case 112: // p
        if (next === 104) {
          s += "f";
          i++;
        } else s += "p";
        break;
      case 107: // k
        if (next === 104) {
          s += "h";
          i++;
        } else s += "k";
        break;
      case 99: // c
        if (next === 104) {
          s += "ch";
          i++;
        } else if (next === 107) {
          s += "k";
          i++;
        } else if (next === 101 || next === 105 || next === 121) s += "c";
        else s += "k";
        break;
      case 116: // t
        if (next === 122) {
          s += "ts";
          i++;
        } else s += "t";
        break;
      case 111: // o
        if (next === 117) {
          s += "u";
          i++;
        } else s += "o";
        break;
      default:
        s += word[i];
    }
  }
  // Doubled letters once (Matviyenko → matviienko → matvienko) ...
  let single = "";
  for (let i = 0; i < s.length; i++) if (i === 0 || s.charCodeAt(i) !== s.charCodeAt(i - 1)) single += s[i];
  // ... then ie → e and consonant-io-consonant → e, without doubling again.
  let out = "";
  let prev = 0;
  for (let i = 0; i < single.length; i++) {
    let c = single.charCodeAt(i);
    if (c === 105 /* i */ && i + 1 < single.length) {
      const next = single.charCodeAt(i + 1);
      if (next === 101 /* e */) {
        c = 101;
        i++;
      } else if (next === 111 /* o */ && prev !== 0 && !isVowel(prev) && i + 2 < single.length) {
        const after = single.charCodeAt(i + 2);
        // Not the English and French -tion/-sion ending.
        const suffix = after === 110 && i + 3 === single.length && (prev === 116 || prev === 115);
        if (isLetter(after) && !isVowel(after) && after !== 105 && !suffix) {
          c = 101;
          i++;
        }
      }
    }
    if (c === prev) continue;
    out += String.fromCharCode(c);
    prev = c;
  }
  const len = out.length;
  if (len >= 3 && out.charCodeAt(len - 1) === 104 && isVowel(out.charCodeAt(len - 2))) {
    out = out.slice(0, -1);
  } else if (len >= 5 && out.endsWith("of")) {
    out = out.slice(0, -1) + "v";
  }
  return out;
}

/** Korean keys of all words, or null when the name is not a Korean name. */
function koreanKeys(tokens: string[], forced: boolean): { keys: string[]; keyToken: number[] } | null {
  if (!forced && (tokens.length < 2 || tokens.length > 4)) return null;
  const keys: string[] = [];
  const keyToken: number[] = [];
  let surname = forced;
  for (let t = 0; t < tokens.length; t++) {
    const syllables = koreanSyllableKeys(tokens[t]!);
    if (syllables === null) {
      if (!forced) return null;
      keys.push(latinKey(tokens[t]!));
      keyToken.push(t);
      continue;
    }
    if (!surname && (t === 0 || t === tokens.length - 1) && isKoreanSurname(syllables)) surname = true;
    for (const k of syllables) {
      keys.push(k);
      keyToken.push(t);
    }
  }
  return surname ? { keys, keyToken } : null;
}

/**
 * A name to its tokens and keys. "KIM, Yong Chol", "Gim Yeong-cheol",
 * "Kim Young-chul" and "김영철" all have the keys kim·yong·chol;
 * "Дерипаска Олег Владимирович" and "DERIPASKA, Oleg Vladimirovich" have the
 * same tokens and keys.
 *
 * A name is read as Korean (keyed by syllable, see korean.ts) when it is
 * written in Hangul, or when it has two to four words, every word is one or
 * two romanized Korean syllables and the first or the last is a Korean surname;
 * otherwise every word gets `latinKey`.
 */
export function normalizeName(value: string): NormalizedName {
  const ascii = toAscii(value);
  const script: ScriptCode = isAscii(value) ? asciiScript(value) : detectScript(value);
  const tokens = canonicalizeLegalForms(splitWords(ascii));
  if (tokens.length === 0) return { tokens, keys: EMPTY_KEYS, keyToken: [], script, korean: false };
  const korean = koreanKeys(tokens, script === "Hang");
  if (korean) return { tokens, keys: korean.keys, keyToken: korean.keyToken, script, korean: true };
  const keys = new Array<string>(tokens.length);
  const keyToken = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    keys[i] = latinKey(tokens[i]!);
    keyToken[i] = i;
  }
  return { tokens, keys, keyToken, script, korean: false };
}

function asciiScript(value: string): ScriptCode {
  return /[A-Za-z]/.test(value) ? "Latn" : "Zyyy";
}

/** Sorted unique tokens joined by a space: equal for names equal after normalization, in any word order. */
export function tokenSetKey(name: NormalizedName | string): string {
  const n = typeof name === "string" ? normalizeName(name) : name;
  return sortedUnique(n.tokens).join(" ");
}

/** Sorted unique keys joined by a space: equal for spellings of one name that meet under the folds. */
export function keySetKey(name: NormalizedName | string): string {
  const n = typeof name === "string" ? normalizeName(name) : name;
  return sortedUnique(n.keys).join(" ");
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

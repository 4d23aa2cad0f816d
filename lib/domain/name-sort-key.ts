import anyAscii from "any-ascii";

/**
 * The key a name is sorted by in lists, so that names come in the order a
 * reader looks for them rather than in code-point order of their first
 * character:
 *
 * - apostrophes and quotes are dropped, joining the letters around them: the
 *   many OFAC names that begin with an ʿayn written as an apostrophe
 *   ("'ABD AL-SALAM") sort under A, "O'BRIEN" as "OBRIEN";
 * - any other punctuation (hyphens, commas, periods, brackets) separates words
 *   like a space, and a space sorts before any letter ("AL RASHID" before
 *   "ALABAMA": word by word, as indexes do);
 * - case and Latin diacritics do not count: Latin letters beyond ASCII are
 *   spelled in ASCII by any-ascii (é → e, ø → o, ł → l, ß → ss, æ → ae);
 * - letters of other scripts are kept as they are (NFKC), so the
 *   database compares them by code point: Hangul syllables are encoded in
 *   Korean dictionary order (가나다…, 김 < 박 < 이), and each script sorts as a
 *   block after Latin (Cyrillic, Han, then Hangul), the order of the Unicode
 *   blocks. Latin first because the interface and nearly every primary name
 *   are Latin; a Hangul name is not mixed in under its romanization, which
 *   would hide the Korean order its readers expect.
 *
 * SQLite's default (BINARY) collation compares UTF-8 bytes, which is
 * code-point order: the stored key needs no collation of its own.
 */
export function nameSortKey(name: string): string {
  const key = isAscii(name) ? foldAscii(name) : foldUnicode(name);
  // A name of punctuation only still sorts somewhere stable.
  return key || name.trim().toLowerCase();
}

const QUOTES_ASCII = /['"`]/g;
/** Apostrophes, modifier letters used as apostrophes (ʼ ʻ ʿ ʾ ʹ), quotation marks and guillemets. */
const QUOTES = /['"`´\u2018-\u201f\u2032\u2033\u02b9-\u02bf\u00ab\u00bb\u2039\u203a]/gu;

function foldAscii(name: string): string {
  return name
    .replace(QUOTES_ASCII, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function foldUnicode(name: string): string {
  // NFKC first: full-width and other compatibility forms become the letters they stand for, decomposed accents are composed again.
  const text = name.normalize("NFKC").replace(QUOTES, "");
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 128) out += ch;
    else if (isLatin(code)) out += anyAscii(ch);
    // A stray combining accent: Latin's diacritics do not count. Letters of other scripts (Cyrillic й) keep theirs, being precomposed.
    else if (code >= 0x300 && code <= 0x36f) continue;
    else out += ch;
  }
  return out
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Latin-1 Supplement, Latin Extended-A/B, IPA and Latin Extended Additional: the accented and extended Latin letters. */
function isLatin(code: number): boolean {
  return (code >= 0xc0 && code <= 0x2af) || (code >= 0x1e00 && code <= 0x1eff);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** ISO 15924 code of the script a name is written in. */
export type ScriptCode = "Latn" | "Hang" | "Cyrl" | "Hani" | "Arab" | "Zyyy";

const SCRIPTS: [ScriptCode, RegExp][] = [
  ["Hang", /\p{Script=Hangul}/u],
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Hani", /\p{Script=Han}/u],
  ["Arab", /\p{Script=Arabic}/u],
  ["Latn", /\p{Script=Latin}/u],
];

/** The first non-Latin script found wins: a Hangul name with a Latin suffix is Hangul. */
export function detectScript(value: string): ScriptCode {
  for (const [code, re] of SCRIPTS) if (re.test(value)) return code;
  return "Zyyy";
}

/** The languages the tracker marks names in, by script: a screen reader then reads a Hangul or Cyrillic name in its language. */
const LANG_OF_SCRIPT: Partial<Record<string, string>> = { Hang: "ko", Cyrl: "ru" };

/** The `lang` to mark a name written in `script` with; undefined for Latin and scripts of several languages. */
export function langOfScript(script: string | null | undefined): string | undefined {
  return script ? LANG_OF_SCRIPT[script] : undefined;
}

/**
 * The `lang` to mark a piece of the data's own text with (an announcement's
 * title, a reason, a note: the sources' words, never translated) on a page
 * in `pageLang`: "en" for Latin-script text on a page in another language,
 * so a screen reader reads it as English and `:lang(ko)` styles leave it be;
 * undefined where it reads in the page's language (an English page is left
 * as it is).
 */
export function langOfDataText(text: string | null | undefined, pageLang: string): string | undefined {
  if (pageLang === "en" || !text) return undefined;
  return detectScript(text) === "Latn" ? "en" : undefined;
}

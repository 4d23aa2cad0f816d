import "server-only";
/**
 * Legal-form words to one canonical token each, so that "CO., LTD." and
 * "Company Limited", "L.L.C." and "Limited Liability Company" and "OOO" meet.
 *
 * Two steps over the words of a name (already lower case, punctuation gone):
 * 1. single words to a class: "company" → "co", "limited" → "ltd", the spelling
 *    variants of Russian legal words ("obshchestvo", "obschestvo", "obshestvo")
 *    to one spelling;
 * 2. phrases of classes to one token, longest first: "ltd liability co" → "llc",
 *    "open joint stock co" → "ojsc", "l l c" (from "L.L.C.") → "llc".
 * A Russian class word that is not part of a phrase keeps its own spelling.
 * Legal words of seven letters or more are also recognized with one typo
 * (one letter added, dropped, changed, or two swapped) where a legal form
 * stands: first or last word, or next to another legal word ("LIMTIED
 * LIABILITY COMANY" is still "llc"; "COMPASS LIMITER COMPARE" is left alone).
 */

/** Single words whose canonical token differs from the word (or is a legal form itself). */
const WORDS: Record<string, string> = {
  company: "co",
  co: "co",
  compania: "co",
  compagnie: "co",
  companhia: "co",
  limited: "ltd",
  ltd: "ltd",
  incorporated: "inc",
  inc: "inc",
  corporation: "corp",
  corp: "corp",
  private: "pvt",
  pvt: "pvt",
  pte: "pvt",
  llc: "llc",
  ooo: "llc",
  llp: "llp",
  jsc: "jsc",
  ao: "jsc",
  ojsc: "ojsc",
  oao: "ojsc",
  pjsc: "pjsc",
  pao: "pjsc",
  cjsc: "cjsc",
  zao: "cjsc",
  plc: "plc",
  gmbh: "gmbh",
  limitada: "ltda",
  ltda: "ltda",
  sendirian: "sdn",
  sdn: "sdn",
  berhad: "bhd",
  bhd: "bhd",
  sa: "sa",
  sarl: "sarl",
  sas: "sas",
  sac: "sac",
  srl: "srl",
  spa: "spa",
  sl: "sl",
  cv: "cv",
  bv: "bv",
  nv: "nv",
  ag: "ag",
  kg: "kg",
  fze: "fze",
  fzco: "fzco",
  fzc: "fzc",
  kk: "kk",
  kabushikigaisha: "kk",
  kabushikikaisha: "kk",
  aktiengesellschaft: "ag",
  pt: "pt",
};

/** Class words that only count inside a phrase (Russian legal forms, spelled many ways). */
function russianClass(word: string): string | null {
  switch (word.charCodeAt(0)) {
    case 111: // o
      if (/^obs[shc]*estvo$/.test(word)) return "obshchestvo";
      if (word.startsWith("ogranichenn")) return "ogranichennoi";
      if (word.startsWith("otvetstvenn")) return "otvetstvennostyu";
      if (word.startsWith("otkryt")) return "otkrytoe";
      return null;
    case 97: // a
      return /^a[kc]tsionern/.test(word) ? "aktsionernoe" : null;
    case 122: // z
      return word.startsWith("zakryt") ? "zakrytoe" : null;
    case 112: // p
      return word.startsWith("publichn") ? "publichnoe" : null;
    case 116: // t
      return /^tovaris(h)?ch?estvo$/.test(word) ? "tovarishchestvo" : null;
    default:
      return null;
  }
}

/** Legal words recognized with one typo, and their class. */
const FUZZY: [string, string][] = [
  ["company", "co"],
  ["limited", "ltd"],
  ["liability", "liability"],
  ["corporation", "corp"],
  ["incorporated", "inc"],
  ["partnership", "partnership"],
  ["obshchestvo", "obshchestvo"],
  ["aktsionernoe", "aktsionernoe"],
  ["ogranichennoi", "ogranichennoi"],
  ["ogranichennoy", "ogranichennoi"],
  ["otvetstvennostyu", "otvetstvennostyu"],
];

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // substitution, or a swap of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function fuzzyClass(word: string): string | null {
  const c0 = word.charCodeAt(0);
  for (const [legal, cls] of FUZZY) {
    if (Math.abs(legal.length - word.length) > 1) continue;
    if (legal.charCodeAt(0) !== c0 && legal.charCodeAt(1) !== c0) continue;
    if (withinOneEdit(word, legal)) return cls;
  }
  return null;
}

const PHRASES: [string[], string][] = [
  [["ltd", "liability", "co"], "llc"],
  [["ltd", "liability", "partnership"], "llp"],
  [["open", "joint", "stock", "co"], "ojsc"],
  [["public", "joint", "stock", "co"], "pjsc"],
  [["closed", "joint", "stock", "co"], "cjsc"],
  [["joint", "stock", "co"], "jsc"],
  [["jointstock", "co"], "jsc"],
  [["open", "jsc"], "ojsc"],
  [["public", "jsc"], "pjsc"],
  [["closed", "jsc"], "cjsc"],
  [["public", "ltd", "co"], "plc"],
  [["otkrytoe", "aktsionernoe", "obshchestvo"], "ojsc"],
  [["zakrytoe", "aktsionernoe", "obshchestvo"], "cjsc"],
  [["publichnoe", "aktsionernoe", "obshchestvo"], "pjsc"],
  [["aktsionernoe", "obshchestvo"], "jsc"],
  [["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"], "llc"],
  [["tovarishchestvo", "s", "ogranichennoi", "otvetstvennostyu"], "llp"],
  // Limited liability in other languages is the same form: Polish, German, French, Spanish, Portuguese, Dutch.
  [["sp", "z", "o", "o"], "llc"],
  [["spolka", "z", "ograniczona", "odpowiedzialnoscia"], "llc"],
  [["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"],
  [["societe", "a", "responsabilite", "limitee"], "sarl"],
  [["sociedad", "de", "responsabilidad", "ltda"], "srl"],
  [["sociedade", "ltda"], "ltda"],
  [["besloten", "vennootschap"], "bv"],
  [["naamloze", "vennootschap"], "nv"],
  [["kabushiki", "kaisha"], "kk"],
  [["kabushiki", "gaisha"], "kk"],
  [["perseroan", "terbatas"], "pt"],
  [["k", "k"], "kk"],
  [["sociedad", "anonima"], "sa"],
  [["societe", "anonyme"], "sa"],
  // Letters of an abbreviation written with periods: "L.L.C." → l l c.
  [["l", "l", "c"], "llc"],
  [["l", "l", "p"], "llp"],
  [["l", "t", "d"], "ltd"],
  [["j", "s", "c"], "jsc"],
  [["o", "o", "o"], "llc"],
  [["p", "l", "c"], "plc"],
  [["g", "m", "b", "h"], "gmbh"],
  [["s", "a", "r", "l"], "sarl"],
  [["s", "a", "c"], "sac"],
  [["s", "a", "s"], "sas"],
  [["s", "r", "l"], "srl"],
  [["s", "p", "a"], "spa"],
  [["s", "a"], "sa"],
  [["s", "l"], "sl"],
  [["c", "v"], "cv"],
  [["b", "v"], "bv"],
  [["n", "v"], "nv"],
];

const STANDALONE: ReadonlySet<string> = new Set(Object.values(WORDS));

/** Words of legal phrases besides their first: next to one, a typo'd legal word is recognized. */
const CONTEXT: ReadonlySet<string> = new Set(["liability", "stock", "joint", "partnership", "s"]);

/** A word outside a phrase: its canonical form if it is a legal form by itself ("comany" → "co"), else as written. */
function standalone(cls: string, word: string): string {
  return STANDALONE.has(cls) ? cls : word;
}

/** Phrases by their first class word, longest first. */
const BY_FIRST = new Map<string, [string[], string][]>();
for (const phrase of PHRASES) {
  const list = BY_FIRST.get(phrase[0][0]!) ?? [];
  list.push(phrase);
  list.sort((a, b) => b[0].length - a[0].length);
  BY_FIRST.set(phrase[0][0]!, list);
}

/** The canonical legal-form tokens this module produces. */
export const LEGAL_FORM_TOKENS: ReadonlySet<string> = new Set([...Object.values(WORDS), ...PHRASES.map(([, token]) => token)]);

/** True for a canonical legal-form token ("co", "ltd", "llc", "jsc", …). */
export function isLegalForm(token: string): boolean {
  return LEGAL_FORM_TOKENS.has(token);
}

/**
 * Words to tokens with legal forms canonical. Returns the input array itself
 * when no word is a legal-form word (the common case for person names).
 */
export function canonicalizeLegalForms(words: string[]): string[] {
  let classes: string[] | null = null;
  let exact: Uint8Array | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const cls = WORDS[word] ?? (word.length >= 6 ? russianClass(word) : null) ?? (CONTEXT.has(word) || BY_FIRST.has(word) ? word : null);
    if (cls !== null) {
      classes ??= words.slice();
      classes[i] = cls;
      exact ??= new Uint8Array(words.length);
      exact[i] = 1;
    }
  }
  // One typo: only where a legal form stands, first or last or next to another legal word.
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const word = words[i]!;
    if (word.length < 6 || (exact !== null && exact[i] === 1)) continue;
    if (i !== 0 && i !== last && !(exact !== null && (exact[i - 1] === 1 || exact[i + 1] === 1))) continue;
    const cls = fuzzyClass(word);
    if (cls !== null) {
      classes ??= words.slice();
      classes[i] = cls;
    }
  }
  // Letter phrases ("l l c") and English phrases whose words are not in WORDS.
  const source = classes ?? words;
  let hasPhraseStart = false;
  for (const c of source) {
    if (BY_FIRST.has(c)) {
      hasPhraseStart = true;
      break;
    }
  }
  if (!hasPhraseStart) {
    if (classes === null) return words;
    return classes.map((c, i) => standalone(c, words[i]!));
  }
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const phrases = BY_FIRST.get(source[i]!);
    let matched = false;
    if (phrases) {
      for (const [phrase, token] of phrases) {
        if (i + phrase.length > source.length) continue;
        let ok = true;
        for (let k = 1; k < phrase.length; k++) {
          if (source[i + k] !== phrase[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          out.push(token);
          i += phrase.length;
          matched = true;
          break;
        }
      }
    }
    if (!matched) {
      out.push(standalone(source[i]!, words[i]!));
      i++;
    }
  }
  return out;
}

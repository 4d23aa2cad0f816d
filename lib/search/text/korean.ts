import "server-only";
/**
 * Romanized Korean syllables to one key per syllable, so that the romanizations
 * of one name meet: McCune-Reischauer as the UN and OFAC write North Korean
 * names (KIM YONG CHOL, PAK TO CHUN, RI MAN GON), Revised Romanization
 * (Gim Yeong-cheol, Bak Do-chun, Ri Man-geon) and South Korean habit
 * (Kim Young-chul, Park Do-chun, Lee Man-gun) all give kim·yong·chol,
 * pak·to·chon, i·man·kon.
 *
 * The folds, and only these:
 * - initials: g/k/kk/kh → k, d/t/tt/th → t, b/p/pp/ph → p, j/ch/jj/tch → ch,
 *   s/ss/sh → s, r/l/rh → r;
 * - the initial-sound rule: r (and n) before i or y is dropped (Ri/Rhee/Lee/Li/Yi
 *   → i, Ryu/Yoo/Yu → yo, Rim/Lim/Im → im, Ryong → yong); r before any other
 *   vowel is n (Ro/Roh/Noh/No → no);
 * - vowels: eo/o/u/eu/oo/ou/woo → o (ㅓ is "o" in MR and "u" in South Korean
 *   habit: Jong/Jeong/Jung, Chol/Cheol/Chul, Gon/Geon/Gun), yeo/yo/you/yu/yoo → yo
 *   (Young = Yong, Hyun = Hyon), ae/e → e, oe/oi/we/wae → we (Choe/Choi/Chwe),
 *   wo/weo → wo, ui/eui/ee/yi/i → i;
 * - finals: ng, n, m, k, l/ll, p, t; "rk" → k (Park); "hn" → n (Ahn); an "h"
 *   ending the word is silent (Roh, Oh, Suh).
 * The cost: syllables that differ only in ㅓ/ㅗ/ㅜ/ㅡ (정/종/중, 성/송/숭),
 * in 윤/연, or in 룡/용 share a key. A full name still needs all its syllables.
 */

/** Spelling → key; "R" and "N" are resolved by the initial-sound rule. Longest first. */
const INITIALS: [string, string][] = [
  ["tch", "ch"],
  ["jj", "ch"],
  ["ch", "ch"],
  ["kk", "k"],
  ["kh", "k"],
  ["tt", "t"],
  ["th", "t"],
  ["pp", "p"],
  ["ph", "p"],
  ["ss", "s"],
  ["sh", "s"],
  ["rh", "R"],
  ["j", "ch"],
  ["k", "k"],
  ["g", "k"],
  ["t", "t"],
  ["d", "t"],
  ["p", "p"],
  ["b", "p"],
  ["s", "s"],
  ["r", "R"],
  ["l", "R"],
  ["n", "N"],
  ["m", "m"],
  ["h", "h"],
];

const VOWELS: [string, string][] = [
  ["yeo", "yo"],
  ["you", "yo"],
  ["yoo", "yo"],
  ["yae", "ye"],
  ["wae", "we"],
  ["weo", "wo"],
  ["woo", "o"],
  ["eui", "i"],
  ["ae", "e"],
  ["ya", "ya"],
  ["eo", "o"],
  ["ye", "ye"],
  ["yo", "yo"],
  ["yu", "yo"],
  ["yi", "i"],
  ["wa", "wa"],
  ["oe", "we"],
  ["oi", "we"],
  ["we", "we"],
  ["wo", "wo"],
  ["wi", "wi"],
  ["eu", "o"],
  ["ui", "i"],
  ["oo", "o"],
  ["ou", "o"],
  ["ee", "i"],
  ["a", "a"],
  ["e", "e"],
  ["o", "o"],
  ["u", "o"],
  ["i", "i"],
];

/** Finals; "h" (silent, Roh/Oh/Suh) only ends a word. */
const FINALS: [string, string][] = [
  ["ng", "ng"],
  ["rk", "k"],
  ["ll", "l"],
  ["hn", "n"],
  ["n", "n"],
  ["m", "m"],
  ["k", "k"],
  ["l", "l"],
  ["p", "p"],
  ["t", "t"],
  ["h", ""],
];

const INITIAL_KEY = new Map(INITIALS);
const VOWEL_KEY = new Map(VOWELS);
const FINAL_KEY = new Map(FINALS);

const alt = (parts: [string, string][]) => parts.map(([p]) => p).join("|");
const INITIAL = `(${alt(INITIALS)})?`;
const VOWEL = `(${alt(VOWELS)})`;
/** The final of a first syllable: ng first (it never starts a syllable), then none (the consonant starts the next syllable), then the others. */
const FIRST_FINAL = `(ng||${alt(FINALS.filter(([f]) => f !== "ng" && f !== "h"))})`;
const LAST_FINAL = `(${alt(FINALS)})?`;
const ONE = new RegExp(`^${INITIAL}${VOWEL}${LAST_FINAL}$`);
const TWO = new RegExp(`^${INITIAL}${VOWEL}${FIRST_FINAL}${INITIAL}${VOWEL}${LAST_FINAL}$`);

function syllableKey(initial: string | undefined, vowel: string, final: string | undefined): string {
  let init = initial ? INITIAL_KEY.get(initial)! : "";
  const v = VOWEL_KEY.get(vowel)!;
  if (init === "R" || init === "N") {
    const c = v.charCodeAt(0);
    init = c === 105 /* i */ || c === 121 /* y */ ? "" : "n";
  }
  return init + v + (final ? FINAL_KEY.get(final)! : "");
}

/** Letters no romanization of Korean uses (c only in ch/tch). */
function hasForeignLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return true;
    if (c === 102 || c === 113 || c === 118 || c === 120 || c === 122) return true; // f q v x z
    if (c === 99 && s.charCodeAt(i + 1) !== 104) return true; // c not in ch
  }
  return false;
}

/**
 * The syllable keys of one romanized word (lower-case ASCII) of one or two Korean syllables:
 * "yong" → ["yong"], "young" → ["yong"], "yongchol" → ["yong", "chol"],
 * "park" → ["pak"]; null when the word is not one or two Korean syllables.
 * A word that could be split two ways takes the consonant into the second
 * syllable (Jimin → ji·min), except ng, which never starts a syllable
 * (Jongil → jong·il).
 */
export function koreanSyllableKeys(word: string): string[] | null {
  if (word.length === 0 || word.length > 10 || hasForeignLetter(word)) return null;
  let m = ONE.exec(word);
  if (m) return [syllableKey(m[1], m[2]!, m[3])];
  m = TWO.exec(word);
  if (m) return [syllableKey(m[1], m[2]!, m[3]), syllableKey(m[4], m[5]!, m[6])];
  return null;
}

/** The key of one romanized syllable (any case) or null: "cheol" → "chol", "Lee" → "i". */
export function koreanKey(syllable: string): string | null {
  const keys = koreanSyllableKeys(syllable.toLowerCase());
  return keys !== null && keys.length === 1 ? keys[0]! : null;
}

/**
 * Korean surnames as the lists, RR, McCune-Reischauer and South Korean habit
 * write them (the hundred-odd commonest cover nearly every Korean). A name is
 * only read as Korean when its first or last word is one of them, so that
 * "Abu Ali" or "Boko Haram", whose words happen to be Korean-looking
 * syllables, keep their own keys.
 */
const SURNAMES = (
  "kim gim lee yi rhee ri i li park pak bak choi choe chwe jung jeong chung chong jong kang gang cho jo " +
  "yun yoon jang chang im lim rim han o oh seo suh so shin sin kwon gwon hwang an ahn song ryu yu yoo " +
  "jeon jun chon jon chun hong ko go moon mun yang son bae pae baek paek paik heo huh ho nam shim sim " +
  "noh roh no ro ha kwak gwak sung seong cha joo ju chu woo u koo gu ku min na ra jin chin ji chi eom um om " +
  "chae won cheon bang pang kong gong hyun hyeon hyon ham byun byeon pyon yeom yom ryom yeo ryo choo do to " +
  "seok sok sun seon seol sol ma gil kil yeon yon wi wee pyo myung myeong myong ki gi ban pan wang geum kum " +
  "keum ok yuk yook ryuk in maeng je che mo tak kook guk kuk eun un pyeon yong ryong ye bong pong kyung " +
  "gyeong kyong sa bu pu kye gye tae thae ryang seung bin pi kan gan si shi on " +
  "hwangbo namgung jegal chegal sunwoo seonu sonu dokgo tokko"
).split(" ");

const SURNAME_KEYS: ReadonlySet<string> = new Set(
  SURNAMES.map((s) => {
    const keys = koreanSyllableKeys(s);
    if (!keys) throw new Error(`not a Korean surname spelling: ${s}`);
    return keys.join(" ");
  }),
);

/** True when the syllable keys of a word are those of a Korean surname (["kim"], ["pak"], ["hwang", "po"]). */
export function isKoreanSurname(keys: readonly string[]): boolean {
  return SURNAME_KEYS.has(keys.length === 1 ? keys[0]! : keys.join(" "));
}

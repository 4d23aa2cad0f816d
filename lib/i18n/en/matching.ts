/** Signed amount as a user reads it: "+0.02", "−0.15". */
const amount = (n: number) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(2)}`;
const score = (n: number) => n.toFixed(2);
const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(", ");
const identifierLabel: Record<string, string> = {
  imo: "IMO",
  imo_company: "company IMO",
  mmsi: "MMSI",
  passport: "passport",
  registration: "registration number",
  tax_id: "tax number",
  national_id: "national ID",
  call_sign: "call sign",
  other: "identifier",
};
const label = (type: string) => identifierLabel[type] ?? type;

/**
 * The screening engine's sentences (lib/screening/engine.ts): each feature's
 * explanation, and the lines a user reads under a result.
 */
export const matching = {
  feature: {
    nameLiteral: (query: string, stored: string) => `"${query}" has the same words as the entity's name "${stored}" (legal forms aside)`,
    name: (query: string, stored: string, similarity: number) => `"${query}" is like the entity's name "${stored}" (${score(similarity)})`,
    nameKeys: (query: string, stored: string, similarity: number) =>
      `"${query}" is a spelling or transliteration of the entity's name "${stored}" (${score(similarity)})`,
    nameSkeleton: (query: string, stored: string, similarity: number) =>
      `"${query}" has the consonants of the entity's name "${stored}" (${score(similarity)}); the script writes no vowels, so check it`,
    genericOnly: (words: string[], cap: number) =>
      words.length
        ? `only common words of company names agree (${quoted(words)}): such words never carry a match, the score stays at or below ${score(cap)}`
        : `the name holds only common words of company names: such words never carry a match, the score stays at or below ${score(cap)}`,
    numberMismatch: (query: string[], stored: string[], cap: number) =>
      `the numbers differ (${quoted(query)} against ${quoted(stored)}): another vessel or company, the score stays at or below ${score(cap)}`,
    numberMissing: (numbers: string[], side: "query" | "entity", n: number) =>
      side === "query"
        ? `the name screened has the number ${quoted(numbers)}, the entity's name has none: ${amount(n)}`
        : `the entity's name has the number ${quoted(numbers)}, the name screened has none: ${amount(n)}`,
    wordMismatch: (query: string[], stored: string[], cap: number) =>
      `a distinctive word differs (${quoted(query)} against ${quoted(stored)}): another company, the score stays at or below ${score(cap)}`,
    formerName: (n: number) => `the name matched is one the entity no longer uses: ${amount(n)}`,
    weakAlias: (n: number) => `the name matched is one the list itself calls a weak alias: ${amount(n)}`,
    identifierMatch: (type: string, value: string, kind: string) => `${label(type)} ${value} is the ${kind}'s ${label(type)} number`,
    identifierWeak: (type: string, value: string, kind: string, n: number) =>
      `${label(type)} ${value} is also the ${kind}'s ${label(type)}, which alone does not decide: ${amount(n)}`,
    identifierMismatch: (type: string, value: string, stored: string[], n: number) =>
      `${label(type)} ${value} is not the entity's ${label(type)} (${stored.join(", ")}): ${amount(n)}`,
    identifierInvalid: (value: string) => `IMO ${value} fails its check digit: not compared`,
    countryMatch: (countries: string[], n: number) => `country ${countries.join(", ")} agrees: ${amount(n)}`,
    countryMismatch: (query: string[], stored: string[], n: number) =>
      `country ${query.join(", ")} screened, the entity's is ${stored.join(", ")}: ${amount(n)}`,
    dobMatch: (date: string, n: number) => `born ${date}, as the entity: ${amount(n)}`,
    dobYearMismatch: (query: string[], stored: string[], n: number) =>
      `born ${query.join(", ")}, the entity ${stored.join(", ")}: another year, ${amount(n)}`,
    dobDayMismatch: (query: string[], stored: string[], n: number) =>
      `born ${query.join(", ")}, the entity ${stored.join(", ")}: the same year, another day, ${amount(n)}`,
    setAside: (parts: string[]) => `set aside as not part of a name: ${quoted(parts)}`,
  },
  /** The first line of an explanation: what matched. */
  matched: (what: string, final: number, isMatch: boolean) =>
    `${capitalize(what)}. Score ${score(final)}: ${isMatch ? "a match" : "below the threshold"}.`,
  adjusted: (what: string) => `${capitalize(what)}.`,
  /** A watchlist's result once the entity is no longer among the counterparty's candidates. */
  noLongerMatches: "The entity no longer matches this counterparty.",
  /** One designation of a watchlist result's entity, as the result keeps it: "US-OFAC DPRK3 in force". */
  designationLine: (authority: string, program: string, delistedOn: string | null) =>
    `${authority} ${program} ${delistedOn === null ? "in force" : `delisted ${delistedOn}`}`,
  kindNoun: { vessel: "vessel", organization: "organization", individual: "person", aircraft: "aircraft" } as Record<string, string>,
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

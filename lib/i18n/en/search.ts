import type { EntityKind } from "@/db/schema";

export const search = {
  title: "Search",
  lede: "Names in any script or spelling (김영철, Kim Young-chul, KIM Yong Chol), with typos and in any word order, and identifiers such as IMO numbers.",
  label: "Name or identifier",
  placeholder: "e.g. 김영철, Gim Yeong-cheol, Дерипаска, IMO 9003550",
  button: "Search",
  hint: "Results update as you type.",
  filters: "Narrow the results",
  facet: {
    kind: "Kind",
    authority: "Authority",
    program: "Program",
    country: "Country",
    status: "Status",
  },
  status: { active: "In force", delisted: "Delisted", unknown: "Not known for the date" } as Record<string, string>,
  asOf: "As of date",
  asOfHint: "Statuses as of that day; only what was designated by then",
  clearFilter: (name: string) => `Clear ${name.toLowerCase()}`,
  results: "Results",
  count: (total: number, matches: number) =>
    total === 0 ? "No results." : `${total} ${total === 1 ? "result" : "results"}, ${matches} at or above the match threshold.`,
  threshold: (t: number) => `A score of ${t} or more counts as a match.`,
  score: "Score",
  match: "match",
  weaker: "weaker result",
  matchedVia: {
    name: "matched the name",
    alias: "matched another name",
    identifier: "matched the identifier",
  },
  script: { Latn: "Latin", Hang: "Hangul", Cyrl: "Cyrillic", Hani: "Han", Arab: "Arabic", Zyyy: "" } as Record<string, string>,
  unofficial: "unofficial",
  invalidIdentifier: (message: string) => `${message}. Check the number: it is not searched as text.`,
  identifierRead: (type: string, value: string) =>
    `Read as ${type === "imo" ? "IMO number" : type === "mmsi" ? "MMSI" : "identifier"} ${value}.`,
  kindLabel: (kind: EntityKind) => kind,
  api: "The same search as JSON (see the API documentation at /api-docs):",
  empty: "Type a name or an identifier to search.",
};

import type { EntityKind } from "@/lib/domain/vocabulary";

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
  count: (total: number) => (total === 0 ? "No results." : `${total} ${total === 1 ? "result" : "results"}, closest first.`),
  best: {
    identifier: "The best result matches an identifier.",
    full: "The best result matches a name in full.",
    shorter: (matched: number, of: number) =>
      `The best result's name holds only ${matched} of the ${of} words searched for: check it before relying on it.`,
    surname: "The best result matches the surname only: check the other names and details before relying on it.",
    partial: (matched: number, of: number) =>
      `The best result matches ${matched} of the ${of} words of a name: check the other words and details before relying on it.`,
    similar: "The best result matches a name spelled differently: check it before relying on it.",
  },
  score: "Score",
  kindOfMatch: {
    identifier: "identifier",
    full: "name in full",
    shorter: (matched: number, of: number) => `${matched} of ${of} words searched for`,
    surname: "surname only",
    partial: (matched: number, of: number) => `${matched} of ${of} words`,
    similar: "similar spelling",
  },
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
  api: "The same search as JSON:",
  apiDocs: "API documentation",
  empty: "Type a name or an identifier to search.",
};

import type { BuiltInListKey, EntityKind } from "@/lib/domain/vocabulary";
import type { ActorView } from "@/lib/read/actors";

/** Each official list as a sentence names it ("import of the OFAC SDN list"). */
const LIST_NAMES: Record<BuiltInListKey, string> = {
  "ofac-sdn": "the OFAC SDN list",
  "ofac-consolidated": "the OFAC Consolidated (non-SDN) list",
  "un-consolidated": "the UN Security Council Consolidated List",
  "bis-dpl": "the BIS Denied Persons List",
};
const listName = (key: string) => LIST_NAMES[key as BuiltInListKey] ?? `the ${key} list`;

/** An account as the public pages name it: its display name, else its email; a deleted one by its number. */
const account = (a: Extract<ActorView, { kind: "account" }>) => a.name ?? a.email ?? `account #${a.id}`;

/** Who made a change, in words. */
const actor = (by: ActorView): string => {
  switch (by.kind) {
    case "account":
      return account(by);
    case "seed":
      return "default data";
    case "import":
      return `import of ${listName(by.list)}`;
    case "cli":
      return "command line";
    case "reconcile":
      return "cross-list reconciliation";
    case "other":
      return by.actor;
  }
};

export const common = {
  siteName: "Sanctions Tracker",
  siteTagline: "Sanctioned vessels, organizations and individuals, with every designation and its source",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    home: "Home",
    search: "Search",
    screen: "Screen",
    watchlists: "Watchlists",
    entities: "Entities",
    announcements: "Announcements",
    history: "History",
    exportControls: "Export controls",
    sources: "Sources",
    admin: "Admin",
  },
  /** The header's language switch, and the home page's suggestion to a browser that prefers this language (in this language's words). */
  language: {
    label: "Language",
    suggestion: "This site is also in English.",
    accept: "Read in English",
    decline: "No, thanks",
  },
  /** The header's account area, filled in client-side from GET /api/session. */
  account: {
    label: "Account",
    /** Read out before the account's name or email. */
    signedInAs: "Signed in as",
  },
  /** The link from a public page to its admin page, for editors and admins. */
  edit: "Edit",
  footerLinks: { api: "JSON API", feed: "Atom feed", signIn: "Sign in" },
  footer: "Every fact carries its source. Nothing is overwritten: each change is kept in the change log.",
  kind: {
    vessel: "Vessel",
    organization: "Organization",
    individual: "Individual",
    aircraft: "Aircraft",
  } satisfies Record<EntityKind, string>,
  kindPlural: {
    vessel: "Vessels",
    organization: "Organizations",
    individual: "Individuals",
    aircraft: "Aircraft",
  } satisfies Record<EntityKind, string>,
  kindCount: (n: number, kind: EntityKind) =>
    `${n} ${n === 1 ? { vessel: "vessel", organization: "organization", individual: "individual", aircraft: "aircraft" }[kind] : { vessel: "vessels", organization: "organizations", individual: "individuals", aircraft: "aircraft" }[kind]}`,
  status: {
    inForce: "In force",
    delisted: "Delisted",
    confirmed: "Confirmed",
    reported: "Reported (one source)",
  },
  unofficial: "unofficial",
  sources: "Sources",
  source: "Source",
  noSources: "No source recorded",
  none: "None",
  unknown: "Unknown",
  /** A tracker date (ISO, possibly partial: 2024, 2024-07) as this language writes it; English shows it as kept. */
  date: (iso: string) => iso,
  /** How long ago a date was, in whole calendar units. */
  ago: (a: { years: number; months: number; days: number; totalDays: number }) => {
    const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    if (a.totalDays <= 0) return "today";
    if (a.years === 0 && a.months === 0) return `${unit(a.days, "day")} ago`;
    return `${[a.years ? unit(a.years, "year") : "", a.months ? unit(a.months, "month") : ""].filter(Boolean).join(" ")} ago`;
  },
  /** A person's age today, in whole years; a range when the birth date gives only a year or a month. */
  age: (a: { min: number; max: number }) => (a.min === a.max ? `aged ${a.max}` : `aged ${a.min}–${a.max}`),
  outOfDate: "out of date",
  dataBasis: "Data:",
  dataBasisFacts: "; and the tracker's sourced facts.",
  outOfDateTitle: (days: number) => `Published more than ${days} days ago: a newer publication of this list may exist`,
  notFound: {
    title: "Not found",
    body: "There is no page at this address. It may have been mistyped, or the record does not exist.",
    back: "Go to the home page",
  },
  error: {
    title: "Something went wrong",
    body: "The page could not be shown. Try again; if it keeps happening, the error has been logged.",
    retry: "Try again",
  },
  pagination: {
    label: "Pages",
    previous: "Previous",
    next: "Next",
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  },
  invalidParam: (name: string, value: string) => `Ignored ${name}="${value}": not a valid value.`,
  apply: "Apply",
  reset: "Reset",
  all: "All",
  actor,
  recordedAt: (when: string, actor: string) => `recorded ${when.slice(0, 10)} by ${actor}`,
};

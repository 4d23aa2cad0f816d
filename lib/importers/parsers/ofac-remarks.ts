import "server-only";
import type { IdentifierType } from "@/db/schema";
import type { ListRecord, RecordKind } from "../types";
import { countryCode, countryOrName } from "./countries";
import { parseListDate, parseListDateOrSpan } from "./dates";
import { ID_LABELS } from "./ofac-id-labels";

/** What a Remarks field adds to a record, and what it could not read. */
export type RemarksFacts = Pick<ListRecord, "names" | "identifiers" | "attributes" | "links"> & {
  /** Items known to carry nothing the record has a field for (sanctions notes, web sites). */
  skipped: string[];
  /** Items no rule recognized; they stay readable in the record's remarks. */
  unrecognized: string[];
  /** Dates in the items that could not be read, by the label they follow ("DOB", "issued"). */
  unreadDates: { field: string; value: string }[];
};

type Context = { kind: RecordKind; titles: string[]; facts: RemarksFacts };
type Rule = (item: string, ctx: Context) => boolean;

/**
 * Splits an OFAC Remarks field into its items. Items are separated by "; " and
 * the whole field ends with ".", which is dropped; a "." inside an item
 * ("Tax ID No. 7707083893", "S.A.") is kept.
 */
export function splitRemarks(remarks: string): string[] {
  return remarks
    .trim()
    .replace(/\.$/, "")
    .split(/;\s+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseOfacRemarks(remarks: string, kind: RecordKind, titles: string[] = []): RemarksFacts {
  const facts: RemarksFacts = { names: [], identifiers: [], attributes: [], links: [], skipped: [], unrecognized: [], unreadDates: [] };
  const ctx: Context = { kind, titles, facts };
  for (const raw of splitRemarks(remarks)) {
    // "alt. DOB", "alt. Passport": another value of the same kind
    const item = raw.replace(/^alt\.\s+/, "");
    if (!RULES.some((rule) => rule(item, ctx))) facts.unrecognized.push(raw);
  }
  return facts;
}

// ---- dates of birth ----

/** "circa 1962", "1962 to 1964", "01 Jan 1961 to 31 Dec 1962", "circa 1955-1957" → value and note. */
export function parseDob(text: string): { value: string; note?: string } | undefined {
  let rest = text.trim();
  const notes: string[] = [];
  if (/^circa\s+/i.test(rest)) {
    notes.push("circa");
    rest = rest.replace(/^circa\s+/i, "");
  }
  const range = /^(.+?)\s*(?:\bto\b|-)\s*(.+)$/.exec(rest);
  if (range) {
    let from = parseListDate(range[1]!);
    let to = parseListDate(range[2]!);
    if (!from || !to) return undefined;
    // "01 Jan 1961 to 31 Dec 1962" is a span of whole years
    if (from.endsWith("-01-01") && to.endsWith("-12-31")) {
      from = from.slice(0, 4);
      to = to.slice(0, 4);
    }
    notes.push(`range ${from} to ${to}`);
    return { value: from, note: notes.join("; ") };
  }
  const value = parseListDate(rest);
  if (!value) return undefined;
  return notes.length ? { value, note: notes.join("; ") } : { value };
}

// ---- identifiers ----

/** Labels by their first word, longest first, so "R.F.C. # 123" is read with "R.F.C. #", not "R.F.C.". */
const LABELS_BY_FIRST_WORD = new Map<string, string[]>();
for (const label of Object.keys(ID_LABELS).sort((a, b) => b.length - a.length)) {
  const first = label.split(" ")[0]!;
  LABELS_BY_FIRST_WORD.set(first, [...(LABELS_BY_FIRST_WORD.get(first) ?? []), label]);
}

function findLabel(item: string): string | undefined {
  const candidates = LABELS_BY_FIRST_WORD.get(item.slice(0, item.indexOf(" ")));
  return candidates?.find((l) => item.length > l.length && item[l.length] === " " && item.startsWith(l));
}

/**
 * "472320665 (Korea, North) expires 26 Sep 2017" → value, country, note.
 * A last "(...)" naming a country is the issuing country; other "(...)" and
 * issued/expires dates go to the note. An unmapped last group stays in the
 * note too, as it is as often a registry's city as a country.
 */
export function parseIdentifierBody(body: string): { value: string; country?: string; note?: string } | undefined {
  let rest = body.trim();
  const notes: string[] = [];
  const dates = /\s+((?:issued|expires)\b.*)$/i.exec(rest);
  if (dates) {
    notes.push(dates[1]!);
    rest = rest.slice(0, dates.index).trim();
  }
  let country: string | undefined;
  const qualifiers: string[] = [];
  for (let m = /\s*\(([^()]*)\)$/.exec(rest); m && m.index > 0; m = /\s*\(([^()]*)\)$/.exec(rest)) {
    const inner = m[1]!.trim();
    // Only the last group, and only a real country: "(Medellin)" is a registry's city.
    const code = country === undefined && qualifiers.length === 0 ? countryCode(inner) : undefined;
    if (code) country = code;
    else qualifiers.unshift(inner);
    rest = rest.slice(0, m.index).trim();
  }
  if (rest === "") return undefined;
  const note = [...qualifiers, ...notes].join("; ");
  return { value: rest, ...(country ? { country } : {}), ...(note ? { note } : {}) };
}

/** Reads a date of an item, or notes it as unread. */
function readDate(ctx: Context, field: string, text: string, parse: (text: string) => unknown = parseListDateOrSpan): boolean {
  if (parse(text.trim())) return true;
  ctx.facts.unreadDates.push({ field, value: text.trim() });
  return false;
}

function addIdentifier(ctx: Context, type: IdentifierType, body: string, labelNote?: string): boolean {
  const parsed = parseIdentifierBody(body);
  if (!parsed) return false;
  // "issued 12 May 2009 expires 11 May 2014": the note keeps them as written, once they are known to read.
  // Not "issued in Ulm" nor "issued under the name …": a date starts with a day, a month or a year.
  const DATED = /\b(issued|expires)\s+((?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).*?)(?=\s+(?:issued|expires)\b|;|$)/g;
  for (const m of parsed.note?.matchAll(DATED) ?? []) {
    readDate(ctx, m[1]!.toLowerCase(), m[2]!);
  }
  const note = [labelNote, parsed.note].filter(Boolean).join("; ");
  ctx.facts.identifiers.push({
    type,
    value: parsed.value,
    ...(parsed.country ? { country: parsed.country } : {}),
    ...(note ? { note } : {}),
  });
  return true;
}

// ---- the rules, tried in order ----

const matchOn =
  (re: RegExp, use: (m: RegExpExecArray, ctx: Context) => boolean | void): Rule =>
  (item, ctx) => {
    const m = re.exec(item);
    return m ? use(m, ctx) !== false : false;
  };

/**
 * Remarks items that carry nothing a record has a field for: sanctions-regime
 * notes, contact details, crypto addresses, the aircraft model (no attribute
 * key), former flags (a flag attribute would read as the current flag).
 */
const SKIPPED = new RegExp(
  "^(?:" +
    [
      "Additional Sanctions Information",
      "Secondary sanctions risk",
      "Transactions Prohibited",
      "Purchase/Sales For Divestment",
      "Executive Order \\d+",
      "CAATSA",
      "IFCA Determination",
      "For more information",
      "Organization Type",
      "Target Type",
      "Website",
      "Email Address",
      "Phone Number",
      "PHONE",
      "Telephone",
      "Fax",
      "Digital Currency Address",
      "Former Vessel Flag",
      "Aircraft Model",
      "Equity Ticker",
      "Issuer Name",
      "Chinese Commercial Code",
      "all offices worldwide",
      "all branches",
      "and all other",
    ].join("|") +
    ")\\b",
  "i",
);

const RULES: Rule[] = [
  // First, as most items are these.
  (item, ctx) => {
    if (!SKIPPED.test(item)) return false;
    ctx.facts.skipped.push(item);
    return true;
  },
  // Dates of sanctions directives and of a company's founding: kept in the remarks, read to know they can be.
  // "Listing Date (EO 14024 Directive 2): 24 Feb 2022"; some name the directive and give no date.
  matchOn(/^((?:Listing|Effective) Date)\b[^:]*(?::\s*(.*))?$/, (m, ctx) => {
    if (m[2]) readDate(ctx, m[1]!, m[2]);
    ctx.facts.skipped.push(m[0]);
  }),
  matchOn(/^(Organization Established Date)\s+(.+)$/, (m, ctx) => {
    readDate(ctx, m[1]!, m[2]!);
    ctx.facts.skipped.push(m[0]);
  }),
  matchOn(/^DOB\s+(.+)$/, (m, ctx) => {
    const dob = parseDob(m[1]!);
    if (!dob) {
      readDate(ctx, "DOB", m[1]!, parseDob);
      return false;
    }
    ctx.facts.attributes.push({ key: "birth_date", ...dob });
  }),
  matchOn(/^POB\s+(.+)$/, (m, ctx) => {
    ctx.facts.attributes.push({ key: "birth_place", value: m[1]!.trim() });
  }),
  matchOn(/^(nationality|citizen):?\s+(.+)$/, (m, ctx) => {
    const value = countryOrName(m[2]!);
    if (!value) return false;
    const note = m[1] === "citizen" ? "citizenship" : undefined;
    ctx.facts.attributes.push({ key: "nationality", value, ...(note ? { note } : {}) });
  }),
  matchOn(/^Gender\s+(Male|Female)$/i, (m, ctx) => {
    ctx.facts.attributes.push({ key: "gender", value: m[1]!.toLowerCase() });
  }),
  // "Vessel Registration Identification IMO 9003550", "Company Number IMO 5753988", "Identification Number IMO 6016988"
  matchOn(
    /^(Vessel Registration Identification|Identification Number|Company Number|Company Identification)?\s*IMO\s+(\d+)\b(.*)$/,
    (m, ctx) => {
      const companyLabel = m[1] === "Company Number" || m[1] === "Company Identification";
      const type: IdentifierType = ctx.kind === "vessel" && !companyLabel ? "imo" : "imo_company";
      if (m[2]!.length !== 7) return addIdentifier(ctx, "other", m[2]!, "IMO number as written (not seven digits)");
      ctx.facts.identifiers.push({ type, value: m[2]! });
    },
  ),
  matchOn(/^International Maritime Organization No\.\s*\(?(\d{7})\)?$/, (m, ctx) => {
    ctx.facts.identifiers.push({ type: ctx.kind === "vessel" ? "imo" : "imo_company", value: m[1]! });
  }),
  matchOn(/^Vessel Registration Identification\s+(.+)$/, (m, ctx) => addIdentifier(ctx, "registration", m[1]!, "vessel registration")),
  matchOn(/^Vessel Year of Build\s+(\d{4})$/, (m, ctx) => {
    ctx.facts.attributes.push({ key: "build_year", value: m[1]! });
  }),
  matchOn(/^Aircraft Manufacture Date\s+(.+)$/, (m, ctx) => {
    const date = parseListDate(m[1]!);
    if (!date) {
      readDate(ctx, "Aircraft Manufacture Date", m[1]!);
      return false;
    }
    ctx.facts.attributes.push({ key: "build_year", value: date.slice(0, 4), ...(date.length > 4 ? { note: `manufactured ${date}` } : {}) });
  }),
  matchOn(/^(Other )?Vessel Type\s+(.+)$/, (m, ctx) => {
    ctx.facts.attributes.push({ key: "vessel_type", value: m[2]!.trim(), ...(m[1] ? { note: "other vessel type" } : {}) });
  }),
  matchOn(/^(Other )?Vessel Flag\s+(.+)$/, (m, ctx) => {
    const value = countryOrName(m[2]!);
    if (!value) return false;
    ctx.facts.attributes.push({ key: "flag", value, ...(m[1] ? { note: "other flag" } : {}) });
  }),
  matchOn(/^Aircraft Operator\s+(.+)$/, (m, ctx) => {
    ctx.facts.links.push({ type: "operated_by", targetName: m[1]!.trim() });
  }),
  matchOn(/^Linked To:\s*(.+)$/, (m, ctx) => {
    ctx.facts.links.push({ type: "linked_to", targetName: m[1]!.trim() });
  }),
  // Aliases in Remarks are OFAC's "weak" a.k.a.s (the strong ones are in alt.csv).
  matchOn(/^([afn])\.k\.a\.,?\s+'(.+)'$/, (m, ctx) => {
    const type = m[1] === "a" ? "alias" : m[1] === "f" ? "former_name" : "new_name";
    ctx.facts.names.push({ value: m[2]!.trim(), type, ...(type === "alias" ? { weak: true } : {}) });
  }),
  matchOn(/^Nationality of Registration\s+(.+)$/, (m, ctx) => {
    const value = countryOrName(m[1]!);
    if (ctx.kind === "organization" && value) ctx.facts.attributes.push({ key: "country", value });
    else ctx.facts.skipped.push(m[0]);
  }),
  (item, ctx) => {
    const label = findLabel(item);
    if (!label) return false;
    const spec = ID_LABELS[label]!;
    const type = ctx.kind === "individual" && spec.individualType ? spec.individualType : spec.type;
    return addIdentifier(ctx, type, item.slice(label.length + 1), spec.note);
  },
  // The Title column again, as OFAC often repeats it in Remarks: already a position.
  (item, ctx) => ctx.titles.some((t) => t.toLowerCase() === item.toLowerCase()),
];

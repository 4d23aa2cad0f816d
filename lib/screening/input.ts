import Papa from "papaparse";
import { isPartialDate } from "@/lib/domain/partial-date";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { countryFromCode } from "@/lib/importers/parsers/countries";

/**
 * What the /screen page reads: names pasted one per line, or a CSV file with a
 * name column and optional kind, country, birth date, IMO and identifier
 * columns. Runs in the browser (no database import); problems come back as
 * codes with the row they concern, and the page words them.
 */

/** At most this many rows are screened at once. */
export const MAX_SCREENING_ROWS = 10_000;

export type ScreeningRow = {
  /** Where the row is: the line of the pasted text, or the spreadsheet row of the file (its header is row 1). */
  row: number;
  name: string;
  kind?: EntityKind;
  country?: string;
  birthDate?: string;
  imo?: string;
  identifier?: string;
};

export type RowProblem =
  | { code: "noName"; row: number }
  | { code: "badKind"; row: number; value: string }
  | { code: "badCountry"; row: number; value: string }
  | { code: "badBirthDate"; row: number; value: string }
  /** `csvCode`: papaparse's error code (MissingQuotes, TooFewFields…), `detail` its English message. */
  | { code: "badCsv"; row: number; detail: string; csvCode: string };

export type FileProblem =
  | { code: "empty" }
  | { code: "notText" }
  | { code: "noNameColumn"; columns: string[] }
  | { code: "tooManyRows"; rows: number; max: number };

export type ScreeningInput = { rows: ScreeningRow[]; problems: RowProblem[]; fileProblem?: FileProblem };

type Column = "name" | "kind" | "country" | "birthDate" | "imo" | "identifier";

/** Header names each column is known by, compared in lower case with everything but letters and digits removed. */
const HEADERS: Record<Column, string[]> = {
  name: [
    "name",
    "fullname",
    "entityname",
    "counterparty",
    "counterpartyname",
    "customername",
    "company",
    "companyname",
    "vesselname",
    "partyname",
  ],
  kind: ["kind", "type", "schema", "entitytype", "partytype"],
  country: ["country", "nationality", "citizenship", "jurisdiction", "flag", "countrycode"],
  birthDate: ["birthdate", "dateofbirth", "dob", "born"],
  imo: ["imo", "imonumber", "imono"],
  identifier: [
    "identifier",
    "id",
    "idnumber",
    "passport",
    "passportnumber",
    "registration",
    "registrationnumber",
    "taxnumber",
    "taxid",
    "mmsi",
  ],
};

const KINDS: Record<string, EntityKind> = {
  individual: "individual",
  person: "individual",
  people: "individual",
  organization: "organization",
  organisation: "organization",
  company: "organization",
  entity: "organization",
  legalentity: "organization",
  vessel: "vessel",
  ship: "vessel",
  aircraft: "aircraft",
  airplane: "aircraft",
};

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Characters a text file does not hold: NUL and the replacement character left by bytes that were not UTF-8. */
const NOT_TEXT = /[\u0000\uFFFD]/;

/** Names pasted one per line; blank lines are skipped, each name keeps its line number. */
export function readPastedNames(text: string): ScreeningInput {
  const rows: ScreeningRow[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const name = line.trim();
    if (name) rows.push({ row: i + 1, name });
  });
  if (rows.length > MAX_SCREENING_ROWS)
    return { rows: [], problems: [], fileProblem: { code: "tooManyRows", rows: rows.length, max: MAX_SCREENING_ROWS } };
  return { rows, problems: [] };
}

/** A CSV file's text: its header row names the columns (see HEADERS); a row without a name is a problem of that row. */
export function readScreeningCsv(text: string): ScreeningInput {
  const body = text.replace(/^\uFEFF/, "");
  if (NOT_TEXT.test(body)) return { rows: [], problems: [], fileProblem: { code: "notText" } };
  if (!body.trim()) return { rows: [], problems: [], fileProblem: { code: "empty" } };
  // Blank rows are skipped below, not by papaparse, so that every row keeps the number a spreadsheet shows.
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  if (!header) return { rows: [], problems: [], fileProblem: { code: "empty" } };
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const key = squash(cell);
    for (const [column, names] of Object.entries(HEADERS) as [Column, string[]][]) {
      if (names.includes(key) && !columns.has(column)) columns.set(column, i);
    }
  });
  if (!columns.has("name"))
    return { rows: [], problems: [], fileProblem: { code: "noNameColumn", columns: header.map((c) => c.trim()).filter(Boolean) } };
  const filled = records.filter((cells) => cells.some((c) => c.trim())).length;
  if (filled > MAX_SCREENING_ROWS)
    return { rows: [], problems: [], fileProblem: { code: "tooManyRows", rows: filled, max: MAX_SCREENING_ROWS } };

  const problems: RowProblem[] = [];
  // Papaparse counts data rows from 0 with the header as row 0; a spreadsheet shows the header as row 1.
  for (const e of parsed.errors)
    if (e.row !== undefined) problems.push({ code: "badCsv", row: e.row + 1, detail: e.message, csvCode: e.code });
  const rows: ScreeningRow[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return;
    const cell = (c: Column) => {
      const at = columns.get(c);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const r: ScreeningRow = { row, name: cell("name") };
    let ok = true;
    const refuse = (problem: RowProblem) => {
      ok = false;
      problems.push(problem);
    };
    const kind = cell("kind");
    if (kind) {
      const k = KINDS[squash(kind)];
      if (k) r.kind = k;
      else refuse({ code: "badKind", row, value: kind });
    }
    const country = cell("country");
    if (country) {
      const c = countryFromCode(country);
      if (c) r.country = c;
      else refuse({ code: "badCountry", row, value: country });
    }
    const birthDate = cell("birthDate");
    if (birthDate) {
      if (isPartialDate(birthDate)) r.birthDate = birthDate;
      else refuse({ code: "badBirthDate", row, value: birthDate });
    }
    if (cell("imo")) r.imo = cell("imo");
    if (cell("identifier")) r.identifier = cell("identifier");
    if (!r.name && !r.imo && !r.identifier) refuse({ code: "noName", row });
    if (ok) rows.push(r);
  });
  return { rows, problems };
}

const SCHEMA_OF: Record<EntityKind, string> = {
  individual: "Person",
  organization: "Organization",
  vessel: "Vessel",
  aircraft: "Airplane",
};

/** The row as one query of POST /api/match (yente's shape). */
export function matchQueryOf(r: ScreeningRow): { schema: string; properties: Record<string, string[]> } {
  const properties: Record<string, string[]> = {};
  if (r.name) properties.name = [r.name];
  if (r.country) properties[r.kind === "individual" ? "nationality" : "country"] = [r.country];
  if (r.birthDate) properties.birthDate = [r.birthDate];
  if (r.imo) properties.imoNumber = [r.imo];
  if (r.identifier) properties[r.kind === "vessel" && /^\d{9}$/.test(r.identifier) ? "mmsi" : "idNumber"] = [r.identifier];
  return { schema: r.kind ? SCHEMA_OF[r.kind] : "Thing", properties };
}

/** The row as the screening engine's query, as a watchlist keeps it. */
export function screeningQueryOf(r: ScreeningRow): {
  kind?: EntityKind;
  names: string[];
  birthDates: string[];
  countries: string[];
  identifiers: { type?: "imo"; value: string }[];
} {
  return {
    ...(r.kind ? { kind: r.kind } : {}),
    names: r.name ? [r.name] : [],
    birthDates: r.birthDate ? [r.birthDate] : [],
    countries: r.country ? [r.country] : [],
    identifiers: [...(r.imo ? [{ type: "imo" as const, value: r.imo }] : []), ...(r.identifier ? [{ value: r.identifier }] : [])],
  };
}

import "server-only";
import Papa from "papaparse";
import { exportStatus, type EntityExport } from "@/lib/read/export";

/** The columns of the CSV export, in order; the header line names them so. */
export const CSV_COLUMNS = [
  "id",
  "kind",
  "name",
  "other_names",
  "identifiers",
  "refs",
  "list_published_on",
  "authorities",
  "programs",
  "first_listed_on",
  "delisted_on",
  "active",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Several values in one cell are joined with this. */
export const CSV_LIST_SEPARATOR = "; ";

/**
 * A cell a spreadsheet would read as a formula (OWASP "CSV injection"): one
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return. Papaparse's
 * own `escapeFormulae: true` tests `/^[=+\-@\t\r].*$/`, which misses a value
 * with a line break after its first line (`.` stops at a newline), so the
 * pattern is given without the `.*$`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Lines as RFC 4180 writes them, by papaparse: CRLF endings; a field quoted
 * (inner quotes doubled) when it holds a comma, a quote or a line break, or
 * begins or ends with white space; and a field a spreadsheet would run as a
 * formula prefixed with `'` and quoted. Every cell of the export is text (the
 * id is a positive number, the dates start with a digit, `active` is a word),
 * so a name such as `-5` is prefixed too: spreadsheets show it as the text it
 * is, and a program reading the file sees the quote.
 */
function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows as string[][], {
    newline: "\r\n",
    escapeFormulae: FORMULA_START,
    quotes: (value: unknown) => typeof value === "string" && /^\s|\s$/.test(value),
  })}\r\n`;
}

/** One CSV record with its CRLF line ending. */
export function csvRecord(fields: readonly string[]): string {
  return csvLines([fields]);
}

/** The header line. */
export function csvHeader(): string {
  return csvRecord(CSV_COLUMNS);
}

/** The cells of one entity, by column. `asOf` is the day `active` refers to (default today). */
export function entityCsvFields(e: EntityExport, asOf?: string): Record<CsvColumn, string> {
  const status = exportStatus(e, asOf);
  const join = (values: string[]) => values.join(CSV_LIST_SEPARATOR);
  return {
    id: String(e.id),
    kind: e.kind,
    name: e.name,
    other_names: join(e.names.filter((n) => n !== e.name)),
    identifiers: join(e.identifiers.map((i) => `${i.type}:${i.value}`)),
    refs: join(e.refs),
    list_published_on: join(e.publications.map((p) => `${p.list} ${p.publishedOn}`)),
    authorities: join(status.authorities),
    programs: join(status.programs),
    first_listed_on: status.firstListedOn ?? "",
    delisted_on: status.delistedOn ?? "",
    active: String(status.active),
  };
}

/** One entity as one CSV line (with its line ending), its cells in the order of `CSV_COLUMNS`. */
export function entityCsvLine(e: EntityExport, asOf?: string): string {
  const fields = entityCsvFields(e, asOf);
  return csvRecord(CSV_COLUMNS.map((c) => fields[c]));
}

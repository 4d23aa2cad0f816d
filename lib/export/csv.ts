import "server-only";
import { z } from "zod";
import { csvLines } from "@/lib/csv-lines";
import { messagesFor } from "@/lib/i18n";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
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

/** One CSV record with its CRLF line ending. */
export function csvRecord(fields: readonly string[]): string {
  return csvLines([fields]);
}

/**
 * The query of GET /api/export/entities.csv: `lang` chooses the language of
 * the header line only (the Korean pages' download link passes `ko`); the
 * columns, their order and the cells are the same in every language.
 */
export const csvExportQuerySchema = z.object({
  lang: z
    .enum(LOCALES)
    .default("en")
    .describe("Language of the header line: en (column names as in the code) or ko (Korean). Columns, order and cells do not change."),
});

/** The header line, in English (the columns' names) or another language. */
export function csvHeader(locale: Locale = "en"): string {
  const names = messagesFor(locale).exports.csvColumns satisfies Record<CsvColumn, string>;
  return csvRecord(CSV_COLUMNS.map((c) => names[c]));
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

import "server-only";
import { csvLines } from "@/lib/csv-lines";
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

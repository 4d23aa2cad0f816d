import { CsvError, parse, type Options } from "csv-parse/sync";
import { ImportFormatError } from "../types";
import type { ListFile } from "./source";

export type CsvRow = { fields: string[]; line: number };

/**
 * Parses a delimited list file into rows that know their 1-based starting line.
 * Every row must have `columns` fields (when given); anything else, and an
 * unterminated quoted field, throws ImportFormatError naming the line.
 */
export function parseCsvRows(file: ListFile, opts: { columns?: number; delimiter?: string } = {}): CsvRow[] {
  const options: Options = {
    delimiter: opts.delimiter ?? ",",
    encoding: file.encoding,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  };
  const starts = nonEmptyLines(file.content);
  let records: string[][];
  try {
    records = parse(file.content, options);
  } catch (err) {
    throw csvError(file, options, err);
  }
  // Each record spans at least one non-empty line, and a record over several
  // lines spans at least two, so equal counts mean one record per line: the
  // common case, and far cheaper than asking csv-parse for per-record info.
  const lines = records.length === starts.length ? starts : exactLines(file, options);
  const rows = records.map((fields, i) => ({ fields, line: lines[i]! }));
  if (opts.columns !== undefined) {
    for (const row of rows) {
      if (row.fields.length !== opts.columns) {
        throw new ImportFormatError(file.name, row.line, `expected ${opts.columns} columns, found ${row.fields.length}`);
      }
    }
  }
  return rows;
}

/** The 1-based numbers of the lines with anything but a line end on them. */
function nonEmptyLines(buf: Buffer): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let start = 0; start < buf.length; line++) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    let last = end - 1;
    while (last >= start && buf[last] === 0x0d) last--;
    if (last >= start) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/**
 * Start lines from the byte offset where csv-parse ends each record, counted
 * over the same buffer (its own line counter drifts on CRLF inside quotes).
 */
function exactLines(file: ListFile, options: Options): number[] {
  const cursor = lineCursor(file.content);
  const lines: number[] = [];
  parse(file.content, {
    ...options,
    on_record: (fields, context) => {
      lines.push(cursor.nextRecordLine());
      cursor.advanceTo(context.bytes);
      return fields;
    },
  });
  return lines;
}

function lineCursor(buf: Buffer) {
  let pos = 0;
  let line = 1;
  return {
    /** Skips line ends and empty lines; the line the next record starts on. */
    nextRecordLine(): number {
      while (pos < buf.length && (buf[pos] === 0x0a || buf[pos] === 0x0d)) {
        if (buf[pos] === 0x0a) line++;
        pos++;
      }
      return line;
    },
    advanceTo(end: number): void {
      for (; pos < end; pos++) if (buf[pos] === 0x0a) line++;
    },
  };
}

/** A csv-parse failure as an ImportFormatError on the line where the failing record starts. */
function csvError(file: ListFile, options: Options, err: unknown): unknown {
  if (!(err instanceof CsvError)) return err;
  const cursor = lineCursor(file.content);
  try {
    parse(file.content, {
      ...options,
      on_record: (fields, context) => {
        cursor.nextRecordLine();
        cursor.advanceTo(context.bytes);
        return fields;
      },
    });
  } catch {
    // the same failure, now with the cursor at the end of the last good record
  }
  const line = cursor.nextRecordLine();
  const reason =
    err.code === "CSV_QUOTE_NOT_CLOSED"
      ? "a quoted field is not closed (the file looks truncated)"
      : err.message.replace(/^[A-Za-z ]+:\s*/, "");
  return new ImportFormatError(file.name, line, reason);
}

/** An OFAC field: trimmed, with the "-0-" placeholder read as empty. */
export function ofacValue(field: string | undefined): string {
  const v = (field ?? "").trim();
  return v === "-0-" ? "" : v;
}

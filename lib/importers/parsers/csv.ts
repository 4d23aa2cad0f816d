import "server-only";
import Papa, { type ParseError } from "papaparse";
import { ImportFormatError } from "../types";
import { decode, type ListFile } from "./source";

export type CsvRow = { fields: string[]; line: number };

/**
 * Parses a delimited list file into rows that know their 1-based starting line.
 * Every row must have `columns` fields (when given); anything else, and an
 * unterminated quoted field, throws ImportFormatError naming the line.
 */
export function parseCsvRows(file: ListFile, opts: { columns?: number; delimiter?: string } = {}): CsvRow[] {
  const text = decode(file);
  // papaparse takes a quote as special only at the start of a field (elsewhere
  // it is text), accepts rows of any length and, given a delimiter, guesses none.
  const config = { delimiter: opts.delimiter ?? ",", skipEmptyLines: true };
  const { data, errors } = Papa.parse<string[]>(text, config);
  const starts = nonEmptyLines(text);
  // Each record spans at least one non-empty line, and a record over several
  // lines spans at least two, so equal counts mean one record per line: the
  // common case, and far cheaper than following papaparse record by record.
  const rows =
    data.length === starts.length && !errors.some(isUnclosed)
      ? data.map((fields, i) => ({ fields, line: starts[i]! }))
      : rowsWithLines(file, text, config.delimiter);
  if (opts.columns !== undefined) {
    for (const row of rows) {
      if (row.fields.length !== opts.columns) {
        throw new ImportFormatError(file.name, row.line, `expected ${opts.columns} columns, found ${row.fields.length}`);
      }
    }
  }
  return rows;
}

/**
 * Only an unterminated quote is fatal: a quote inside a quoted field that is
 * not followed by a delimiter or line end (InvalidQuotes) papaparse keeps as
 * text and reads on, so a stray quote in a list does not stop its import.
 */
const isUnclosed = (e: ParseError) => e.code === "MissingQuotes";

/** The 1-based numbers of the lines with anything but a line end on them. */
function nonEmptyLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let last = end - 1;
    while (last >= start && text.charCodeAt(last) === 0x0d) last--;
    if (last >= start) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/**
 * The rows with the line each starts on, from the offset where papaparse ended
 * the record before it. An unterminated quote runs to the end of the text, so
 * its record is the last one, and the line named is where that record starts.
 */
function rowsWithLines(file: ListFile, text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let counted = 0;
  let line = 1;
  let unclosed: { line: number; reason: string } | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    // Empty lines are dropped below instead: papaparse would also drop a line
    // holding just "", which is a record of one empty field.
    skipEmptyLines: false,
    step: ({ data: fields, errors, meta }) => {
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 0x0a) line++;
      const first = text[start];
      start = meta.cursor;
      if (fields.length === 1 && fields[0] === "" && first !== '"') return;
      rows.push({ fields, line });
      if (errors.some(isUnclosed)) {
        // A quoted field with a bare quote inside ("say "hi"") never closes either; say which it was.
        const stray = errors.some((e) => e.code === "InvalidQuotes");
        unclosed = {
          line,
          reason: stray ? "a quote inside a quoted field is not doubled" : "a quoted field is not closed (the file looks truncated)",
        };
      }
    },
  });
  if (unclosed) throw new ImportFormatError(file.name, unclosed.line, unclosed.reason);
  return rows;
}

/** An OFAC field: trimmed, with the "-0-" placeholder read as empty. */
export function ofacValue(field: string | undefined): string {
  const v = (field ?? "").trim();
  return v === "-0-" ? "" : v;
}

import Papa from "papaparse";

/**
 * How the tracker writes CSV, on the server (the entity export) and in the
 * browser (the screening results): no database import, so client code may use it.
 */

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
export function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows as string[][], {
    newline: "\r\n",
    escapeFormulae: FORMULA_START,
    quotes: (value: unknown) => typeof value === "string" && /^\s|\s$/.test(value),
  })}\r\n`;
}

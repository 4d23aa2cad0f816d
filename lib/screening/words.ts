import type { Messages } from "@/lib/i18n";
import type { FileProblem, RowProblem } from "./input";

/**
 * Filling in the words the screening form shows, in the browser. The form gets
 * its words from the page as props (in the page's language), and a prop cannot
 * be a function: what depends on a run (counts, a row's problem) is a template
 * with `{name}` places. No catalog is imported here (types only), so the
 * client bundle holds no catalog.
 */

type ScreeningWords = Messages["screening"];

/** A template with its `{name}` places filled; numbers grouped as the catalogs write them (1,402). A value is not read again for places. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => {
    const value = values[name];
    if (value === undefined) return place;
    return typeof value === "number" ? value.toLocaleString("en-US") : value;
  });
}

/** Why a file was not screened. */
export function fileProblemText(t: ScreeningWords["fileProblem"], p: FileProblem): string {
  switch (p.code) {
    case "empty":
    case "notText":
      return t[p.code];
    case "noNameColumn":
      return fill(t.noNameColumn, { columns: p.columns.length ? p.columns.join(", ") : t.noColumns });
    case "tooManyRows":
      return fill(t.tooManyRows, { rows: p.rows, max: p.max });
  }
}

/** Why a row was not screened (its row number as the spreadsheet shows it, ungrouped). */
export function rowProblemText(t: Pick<ScreeningWords, "rowProblem" | "csvErrors">, p: RowProblem): string {
  const row = String(p.row);
  switch (p.code) {
    case "noName":
      return fill(t.rowProblem.noName, { row });
    case "badKind":
    case "badCountry":
    case "badBirthDate":
      return fill(t.rowProblem[p.code], { row, value: p.value });
    case "badCsv":
      return fill(t.rowProblem.badCsv, { row, detail: fill(t.csvErrors[p.csvCode] ?? "{detail}", { detail: p.detail }) });
  }
}

/**
 * Programs are stored under a normalized code so that one program named by two
 * sources is one row. A label that already is a code (`DPRK4`, `RUSSIA-EO14024`)
 * keeps it; a descriptive label (`Reg. 269/2014 Annex I (asset freeze)`) is
 * reduced to the words before its parenthesis (`REG-269-2014-ANNEX-I`).
 */
export function normalizeProgramCode(label: string): string {
  const trimmed = label.trim();
  if (/^[A-Z0-9][A-Z0-9-]*$/.test(trimmed)) return trimmed;
  const head = trimmed.replace(/\(.*\)/g, " ").trim() || trimmed;
  return head
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toUpperCase();
}

/** The program of a designation whose source names none. */
export const UNSPECIFIED_PROGRAM = { code: "UNSPECIFIED", name: "Program not stated by the source" } as const;

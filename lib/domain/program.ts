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

/**
 * Program codes that belong to one sanctions regime across authorities, by
 * the family the cross-list merge rule compares (docs/decisions/0009). Each
 * authority names its regimes its own way (OFAC DPRK2 and NKSPEA, the UN 1718
 * Committee's DPRK, the EU's Regulation 2017/1509), so two lists listing one
 * thing under the same regime share a family, not a code. Codes not named
 * here fall back to the code without its executive-order or version suffix
 * (LIBYA3 → LIBYA, VENEZUELA-EO13850 → VENEZUELA).
 */
const PROGRAM_FAMILIES: [RegExp, string][] = [
  [/^(DPRK\d*|DPRK-NKSPEA|NKSPEA|ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA|REG-2017-1509)$/, "DPRK"],
  [/^(IRAN(-.*)?|IRGC|IFSR|ISA|IFCA|CAATSA-IRAN|HRIT-IR|REG-267-2012)$/, "IRAN"],
  [/^(RUSSIA(-.*)?|.*-RUSSIA(-.*)?|UKRAINE-EO\d+|REG-269-2014.*|REG-833-2014.*)$/, "RUSSIA"],
  // The UN lists Al-Qaida and the Taliban (1267/1988); OFAC lists both, and other terrorists, as SDGT.
  [/^(SDGT|SDT|FTO|AL-QAIDA|TALIBAN)$/, "TERRORISM"],
  [/^(SDNT|SDNTK|ILLICIT-DRUGS-EO\d+)$/, "NARCOTICS"],
  [/^(SYRIA(-.*)?|HRIT-SY|FSE-SY)$/, "SYRIA"],
  [/^(DRC|DRCONGO)$/, "DRC"],
  [/^(SUDAN(-EO\d+)?|DARFUR)$/, "SUDAN"],
  [/^(SOUTH-?SUDAN)$/, "SOUTH-SUDAN"],
];

/** The regime a program code belongs to, across authorities; null for a designation whose source names no program. */
export function programFamily(code: string): string | null {
  if (code === UNSPECIFIED_PROGRAM.code) return null;
  for (const [pattern, family] of PROGRAM_FAMILIES) if (pattern.test(code)) return family;
  return code.replace(/-EO\d+$/, "").replace(/(?<=[A-Z])\d+$/, "") || code;
}

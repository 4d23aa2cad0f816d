import "server-only";
import type { IdentifierType } from "@/db/schema";
import { imoCheckDigitValid } from "@/lib/domain/imo";

/**
 * What a query is when it is an identifier rather than a name.
 *
 * - `imo`: an IMO ship number, with or without "IMO" ("IMO 9003550",
 *   "IMO: 9003550", "imo9003550", "IMO-9003550", "IMO No. 9003550", or seven
 *   bare digits). `checkDigitValid` false means it is no IMO ship number: report
 *   it as invalid rather than searching it as text. `labelled` false (bare
 *   digits): it may also be a company IMO number or another number, so the
 *   caller may also look `compact` up among identifiers of any type.
 * - `imo_company`: "company IMO 5344160", "IMO company no. 5344160" (seven
 *   digits, no check digit rule).
 * - `mmsi`: nine digits, with or without "MMSI"; unlabelled ones may also be
 *   another number (look `compact` up among all identifiers too).
 * - `number`: any other registration, passport, tax or call-sign number: a
 *   token with digits (at least two) and at least five characters, optionally
 *   after a label ("Passport P0017003", "26740", "523-33-8386", "B 960789").
 *   `hint` is the identifier type the label names, when it names one.
 *
 * `compact` is the value to compare with stored identifiers:
 * `compactIdentifier(stored) === query.compact`.
 */
export type IdentifierQuery =
  | { type: "imo"; value: string; compact: string; checkDigitValid: boolean; labelled: boolean }
  | { type: "imo_company"; value: string; compact: string; valid: boolean }
  | { type: "mmsi"; value: string; compact: string; valid: boolean; labelled: boolean }
  | { type: "number"; value: string; compact: string; hint?: IdentifierType };

/** An identifier for comparison: upper case, letters and digits only ("B-8193135" → "B8193135"). */
export function compactIdentifier(value: string): string {
  return value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

const NUMBER_WORD = String.raw`(?:\s*(?:NO|NR|NUM|NUMBER|#)\.?)?`;
const SEP = String.raw`\s*[:#.\-]?\s*`;
const COMPANY_IMO = new RegExp(String.raw`^(?:COMPANY\s*(?:NUMBER\s*|NO\.?\s*)?IMO|IMO\s*COMPANY)${NUMBER_WORD}${SEP}(\d+)$`);
const IMO = new RegExp(String.raw`^IMO${NUMBER_WORD}${SEP}(\d+)$`);
const MMSI = new RegExp(String.raw`^MMSI${NUMBER_WORD}${SEP}(\d+)$`);

/** Labels of other numbers, longest first, with the identifier type they name. */
const LABELS: [RegExp, IdentifierType | undefined][] = [
  [new RegExp(String.raw`^PASSPORT${NUMBER_WORD}${SEP}`), "passport"],
  [new RegExp(String.raw`^(?:NATIONAL\s*ID(?:ENTITY)?(?:\s*CARD)?|CEDULA|CURP|ID\s*CARD|ID)${NUMBER_WORD}${SEP}`), "national_id"],
  [new RegExp(String.raw`^(?:TAX\s*ID(?:ENTIFICATION)?|TIN|INN|NIT|RFC|VAT)${NUMBER_WORD}${SEP}`), "tax_id"],
  [new RegExp(String.raw`^(?:REGISTRATION|REG|OGRN|COMPANY)${NUMBER_WORD}${SEP}`), "registration"],
  [new RegExp(String.raw`^CALL\s*SIGN${NUMBER_WORD}${SEP}`), "call_sign"],
  [new RegExp(String.raw`^(?:NO|NR|NUMBER|#)\.?${SEP}`), undefined],
];

/** A number part: letters, digits and the separators lists write inside numbers. */
const PART = /^[A-Z0-9][A-Z0-9./-]*$/;

/**
 * The identifier a query names, or null for a name. "PATRIOT" → null;
 * "IMO 9003550" → imo, valid; "IMO 9003551" → imo, invalid check digit.
 */
export function parseIdentifierQuery(q: string): IdentifierQuery | null {
  const s = q
    .normalize("NFKC")
    .toUpperCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;]+$/, "");
  if (s === "" || !/\d/.test(s)) return null;

  let m = COMPANY_IMO.exec(s);
  if (m) return { type: "imo_company", value: m[1]!, compact: m[1]!, valid: m[1]!.length === 7 };
  m = IMO.exec(s);
  if (m) return imo(m[1]!, true);
  m = MMSI.exec(s);
  if (m) return { type: "mmsi", value: m[1]!, compact: m[1]!, valid: m[1]!.length === 9, labelled: true };
  if (/^\d{7}$/.test(s)) return imo(s, false);
  if (/^\d{9}$/.test(s)) return { type: "mmsi", value: s, compact: s, valid: true, labelled: false };

  let rest = s;
  let hint: IdentifierType | undefined;
  for (const [label, type] of LABELS) {
    const lm = label.exec(rest);
    if (lm && lm[0].length < rest.length) {
      rest = rest.slice(lm[0].length);
      hint = type;
      break;
    }
  }
  return numberQuery(rest, hint);
}

function imo(value: string, labelled: boolean): IdentifierQuery {
  return { type: "imo", value, compact: value, checkDigitValid: imoCheckDigitValid(value), labelled };
}

function numberQuery(text: string, hint: IdentifierType | undefined): IdentifierQuery | null {
  const parts = text.split(" ");
  if (!parts.every((p) => PART.test(p))) return null;
  const hasDigit = (p: string) => /\d/.test(p);
  // Every part has digits ("265 216"), or a short letter prefix leads ("B 960789", "HRB 26136").
  const shape = parts.every(hasDigit) || (parts.length >= 2 && /^[A-Z]{1,3}$/.test(parts[0]!) && parts.slice(1).every(hasDigit));
  if (!shape) return null;
  const compact = compactIdentifier(text);
  const digits = compact.replace(/\D/g, "").length;
  if (compact.length < 5 || digits < 2) return null;
  return hint ? { type: "number", value: text, compact, hint } : { type: "number", value: text, compact };
}

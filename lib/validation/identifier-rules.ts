import { imoCheckDigitValid } from "@/lib/domain/imo";
import { isPartialDate } from "@/lib/domain/partial-date";
import { perLocale } from "@/lib/i18n/forms";

/** How long an identifier with a fixed length is: until then, a value being typed is not judged. */
const COMPLETE_LENGTH: Record<string, number> = { imo: 7, imo_company: 7, mmsi: 9 };

/**
 * The rules an identifier or a detail typed into a form must meet, with the
 * catalog's words in one language (`identifierRules(locale)`): the same rules
 * as the command schemas (lib/validation/entity.ts), checked on the form first
 * so the message stands next to the field.
 */
export const identifierRules = perLocale(({ admin }) => {
  const v = admin.validation;

  function identifierProblem(type: string, value: string): string | null {
    if (type === "imo" || type === "imo_company") {
      if (!/^\d{7}$/.test(value)) return v.imoDigits;
      if (type === "imo" && !imoCheckDigitValid(value)) return v.imoCheckDigit(value);
    }
    if (type === "mmsi" && !/^\d{9}$/.test(value)) return v.mmsi;
    return null;
  }

  function detailProblem(key: string, value: string): string | null {
    if (key === "birth_date" && !isPartialDate(value)) return v.birthDate;
    if ((key === "flag" || key === "country" || key === "nationality") && !/^[A-Z]{2}$/.test(value)) return v.country;
    return null;
  }

  /**
   * `identifierProblem` for a value still being typed: nothing is said about
   * the first digits of a number; once it has its full length (or the field is
   * left, `done`), the same rule as on submit.
   */
  function identifierProblemAsTyped(type: string, value: string, done: boolean): string | null {
    const typed = value.trim();
    if (!typed) return null;
    const complete = COMPLETE_LENGTH[type];
    if (!done && (complete === undefined || typed.length < complete)) return null;
    return identifierProblem(type, typed);
  }

  return { identifierProblem, detailProblem, identifierProblemAsTyped };
});

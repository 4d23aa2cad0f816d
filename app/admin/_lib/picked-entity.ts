import { z } from "zod";
import { formFields } from "@/lib/validation/form-data";
import { isId } from "@/lib/validation/id";
import { perLocale } from "@/lib/i18n/forms";

/**
 * An entity chosen with the search picker (`EntityCombobox`): the form sends
 * its id under the field's own name, what was typed to find it under
 * `<name>:q`, and how it was shown under `<name>:shown` (to show it again
 * after a refusal). Without JavaScript the field is a plain input for the id.
 */
export const pickerQueryKey = (name: string) => `${name}:q`;
export const pickerShownKey = (name: string) => `${name}:shown`;

/** The picker's fields and rule, with their messages in one language. */
export const pickedEntityFields = perLocale(({ admin }, locale) => {
  const v = admin.validation;

  /** The id of the chosen entity, if any. */
  const pickedEntityId = () =>
    z
      .string()
      .trim()
      .optional()
      .refine((s) => !s || isId(s), v.entityNumber)
      .transform((s) => (s ? Number(s) : undefined));

  /** What was typed into the picker (only to tell a search left unchosen). */
  const pickerQuery = () => formFields(locale).optionalFormText(300);

  /**
   * A name typed into the picker with no entity chosen from its list: the form
   * would otherwise go without the link the editor meant to give.
   */
  function unpickedProblem(values: Record<string, unknown>, name: string): string | null {
    const query = values[pickerQueryKey(name)];
    return typeof query === "string" && query.trim() && values[name] === undefined ? v.pickFromList : null;
  }

  return { pickedEntityId, pickerQuery, unpickedProblem };
});

import type { FlatValues } from "@/lib/validation/form-data";

/**
 * The state of an admin form between its server action and the page
 * (`useActionState`): what was typed (to fill the form again), the errors by
 * field name (`form` for the whole form), and after a version conflict the
 * list of what changed and the version and time the form now stands at.
 */
export type FormState = {
  values: FlatValues;
  errors: Record<string, string>;
  conflict?: string[];
  version?: number;
  openedAt?: string;
};

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

import { z } from "zod";
import { isPartialDate } from "@/lib/domain/partial-date";
import { perLocale } from "@/lib/i18n/forms";
import { hasUnreadableCharacters } from "./text";

/**
 * Reading HTML forms with zod, the same way in the browser (field errors on
 * submit) and in the server action (which validates again): a form's fields
 * are read as strings into a flat record by name, then nested by the dots in
 * the names (`names.0.value` → `{ names: [{ value }] }`), then parsed by the
 * form's schema, whose output is the domain command's input.
 */

export type FlatValues = Record<string, string>;

/** A form's fields by name, as typed (files and Next's own `$ACTION…` fields left out). */
export function flatValues(formData: FormData): FlatValues {
  const out: FlatValues = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  });
  return out;
}

/** Names that would reach an object's prototype instead of a field of its own. */
const UNSAFE_PARTS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * `{ "names.0.value": "x" }` → `{ names: [{ value: "x" }] }`. The names come
 * from the request, so they are not trusted: a name with a part such as
 * `__proto__` is dropped (it would change every object of the server), and a
 * name that goes deeper than a value already set (`name` and `name.0`) replaces
 * that value with a group, which the form's schema then refuses.
 */
export function nestValues(flat: FlatValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split(".");
    if (parts.some((part) => UNSAFE_PARTS.has(part))) continue;
    let node: Record<string | number, unknown> = root;
    parts.forEach((part, i) => {
      const index = /^\d{1,3}$/.test(part) ? Number(part) : part;
      if (i === parts.length - 1) {
        node[index] = value;
        return;
      }
      let child = Object.hasOwn(node, index) ? node[index] : undefined;
      if (child === null || typeof child !== "object") {
        child = /^\d{1,3}$/.test(parts[i + 1]!) ? [] : {};
        node[index] = child;
      }
      node = child as Record<string | number, unknown>;
    });
  }
  return root;
}

export const formObject = (formData: FormData) => nestValues(flatValues(formData));

/** Issue paths as the form's field names (`names.0.value`); the first message per field. */
export function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join(".") || "form";
    out[key] ??= i.message;
  }
  return out;
}

/**
 * The field schemas of the admin forms, with their messages in one language
 * (`formFields(locale)`): each helper makes a new schema for one field.
 */
export const formFields = perLocale(({ admin }) => {
  const v = admin.validation;

  /** Text as typed: none of the characters no typed text holds (control characters, bytes that were not UTF-8). */
  const readable = () => z.string().refine((s) => !hasUnreadableCharacters(s), v.unreadable);

  /** A required text field. */
  const requiredText = (max: number, message: string) =>
    z.string({ error: message }).trim().min(1, message).max(max, v.tooLong(max)).pipe(readable());

  /** An optional text field: empty is undefined. */
  const optionalFormText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, v.tooLong(max))
      .pipe(readable())
      .optional()
      .transform((s) => (s ? s : undefined));

  /** An optional text field of an edit form: empty means "clear it" (null). */
  const clearableText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, v.tooLong(max))
      .pipe(readable())
      .optional()
      .transform((s) => (s ? s : null));

  /** A date that may be partial (YYYY, YYYY-MM, YYYY-MM-DD), required. */
  const requiredDate = (message: string) => z.string({ error: message }).trim().min(1, message).refine(isPartialDate, v.date);

  /** An optional partial date: empty is undefined. */
  const optionalDate = () =>
    z
      .string()
      .trim()
      .optional()
      .refine((s) => !s || isPartialDate(s), v.date)
      .transform((s) => (s ? s : undefined));

  /** A whole number ≥ 0, required. */
  const requiredCount = (message: string) =>
    z
      .string({ error: message })
      .trim()
      .min(1, message)
      .regex(/^\d{1,9}$/, v.count)
      .transform(Number);

  /** An optional whole number ≥ 0: empty is undefined. */
  const optionalCount = () =>
    z
      .string()
      .trim()
      .optional()
      .refine((s) => !s || /^\d{1,9}$/.test(s), v.count)
      .transform((s) => (s ? Number(s) : undefined));

  /** A checkbox: present ("on") or absent. */
  const checkbox = () =>
    z
      .string()
      .optional()
      .transform((s) => s === "on" || s === "true");

  /** A hidden id or version field. */
  const hiddenInt = () =>
    z.coerce
      .string({ error: v.reload })
      .trim()
      // Digits only: `Number()` would read `0x10` as 16 and `1e3` as 1000, another record than the form's.
      .regex(/^\d{1,12}$/, v.reload)
      .transform(Number)
      .pipe(z.number().int().positive(v.reload));

  /** A list typed one per line (sources): the non-empty lines. */
  const lines = (max: number) =>
    z
      .string()
      .optional()
      .transform((s) =>
        (s ?? "")
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(max, v.tooLong(max)).pipe(readable())));

  /** An optional two-letter country code, upper-cased. */
  const optionalCountry = () =>
    z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .refine((s) => !s || /^[A-Z]{2}$/.test(s), v.country)
      .transform((s) => (s ? s : undefined));

  return {
    requiredText,
    optionalFormText,
    clearableText,
    requiredDate,
    optionalDate,
    requiredCount,
    optionalCount,
    checkbox,
    hiddenInt,
    lines,
    optionalCountry,
  };
});

/**
 * A repeated group of fields (names, identifiers): rows left blank are dropped,
 * and a filled row's issues keep its index in the form (`names.2.value`).
 */
export function filledRows<T extends z.ZodType>(row: T, key: string) {
  const blank = (r: unknown) =>
    !r ||
    typeof r !== "object" ||
    typeof (r as Record<string, unknown>)[key] !== "string" ||
    !((r as Record<string, string>)[key] ?? "").trim();
  return z
    .array(z.preprocess((r) => (blank(r) ? undefined : r), row.optional()))
    .optional()
    .transform((list) => (list ?? []).filter((x): x is NonNullable<z.output<T>> => x !== undefined && x !== null));
}

import { z } from "zod";

/**
 * A record's number as it comes in an address or a form field. At most twelve
 * digits keeps it well inside SQLite's integer range, so a longer one is no
 * record (a 404, a field error) rather than an overflow in a query.
 */
export const idParamSchema = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform(Number);

/** Whether `value` is written as a record's number. */
export function isId(value: string): boolean {
  return idParamSchema.safeParse(value).success;
}

/** The number `value` names, or null when it is not one (not a string, not digits, too long). */
export function parseId(value: unknown): number | null {
  const parsed = idParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

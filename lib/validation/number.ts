import { z } from "zod";

/**
 * A whole number as an address writes it: digits only, then checked as a
 * number. `z.coerce.number()` calls `Number()`, which also reads `0x10` as 16,
 * `1e3` as 1000, `0b1` as 1 and a blank as 0: a crafted address would get a
 * page or a limit it never wrote. A number given as a number is checked as is.
 */
export const wholeNumber = (min: number, max: number, options: { tooBig?: string; default?: number } = {}) => {
  const checked = z.number({ error: "A whole number written in digits" }).int().min(min).max(max, options.tooBig);
  // The default inside the preprocessing, so that the OpenAPI document (the input's JSON schema) shows it.
  return z.preprocess(
    (v) => (typeof v === "string" ? (/^\s*\d{1,15}\s*$/.test(v) ? Number(v) : Number.NaN) : v),
    options.default === undefined ? checked : checked.default(options.default),
  );
};

/** `page=N` of a paged list. */
export const pageNumber = () => wholeNumber(1, 100000);

import { z } from "zod";

/**
 * Dates in this tracker may be partial: a year (`1971`), a year and month
 * (`2023-09`) or a full day (`2024-07-01`). They are stored as ISO text, which
 * keeps their precision and sorts correctly: a partial date sorts (and compares)
 * as the first day it covers, so `2023-09 <= 2023-09-15` holds.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return false;
  }
  return true;
}

export function isFullDate(value: string): boolean {
  return isPartialDate(value) && value.length === 10;
}

export const partialDateSchema = z.string().trim().refine(isPartialDate, { message: "Use a date as YYYY-MM-DD, YYYY-MM or YYYY" });

export const fullDateSchema = z.string().trim().refine(isFullDate, { message: "Use a date as YYYY-MM-DD" });

/** Today's date in UTC as YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

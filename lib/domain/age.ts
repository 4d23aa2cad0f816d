import { isPartialDate } from "./partial-date";

/** A list whose latest imported publication is older than this is marked out of date. */
export const OUT_OF_DATE_AFTER_DAYS = 30;

/** Whole years, months and days from one date to a later one, as a calendar counts them. */
export type Age = { years: number; months: number; days: number; totalDays: number };

export function ageBetween(from: string, to: string): Age {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  let days = td - fd;
  if (days < 0) {
    months -= 1;
    // Days left in the month before `to`'s month, counted from `from`'s day.
    days += new Date(Date.UTC(ty, tm - 1, 0)).getUTCDate();
  }
  const totalDays = Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
  if (months < 0) return { years: 0, months: 0, days: 0, totalDays };
  return { years: Math.floor(months / 12), months: months % 12, days, totalDays };
}

/** Whether a publication of this age is out of date. */
export function isOutOfDate(age: Age): boolean {
  return age.totalDays > OUT_OF_DATE_AFTER_DAYS;
}

/**
 * A person's age on a day, in whole years, from a birth date that may be
 * partial: a year or a month leaves a range (born in 1962: 63 or 64 on
 * 2026-12-06 depending on the day). Null for a date that is not a date or is
 * after the day.
 */
export function ageOn(birth: string, on: string): { min: number; max: number } | null {
  if (!isPartialDate(birth)) return null;
  const [year, month, day] = birth.split("-") as [string, string?, string?];
  const earliest = `${year}-${month ?? "01"}-${day ?? "01"}`;
  if (earliest > on) return null;
  const lastDay = month ? new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate() : 31;
  const latest = day ? earliest : `${year}-${month ?? "12"}-${String(lastDay).padStart(2, "0")}`;
  const max = ageBetween(earliest, on).years;
  return { min: latest > on ? 0 : ageBetween(latest, on).years, max };
}

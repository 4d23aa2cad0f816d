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

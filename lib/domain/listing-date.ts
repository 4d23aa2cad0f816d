import type { PartialDate } from "./partial-date";

export type ListingDateBasis = "effective" | "announced";

/**
 * The listing date of a designation entered under an announcement when the
 * editor gives none: the day the announcement takes effect, since that is when
 * the entity is sanctioned; an announcement that states no effective date took
 * effect when it was made, so its own date. The default data dates Korea's
 * rounds the same way (kr-2024-06-27: listed 2024-07-01, its effective date;
 * kr-2024-05-24, with no effective date: listed on the day it was announced).
 */
export function defaultListingDate(announcement: { effectiveOn: PartialDate | null; announcedOn: PartialDate }): {
  date: PartialDate;
  basis: ListingDateBasis;
} {
  return announcement.effectiveOn
    ? { date: announcement.effectiveOn, basis: "effective" }
    : { date: announcement.announcedOn, basis: "announced" };
}

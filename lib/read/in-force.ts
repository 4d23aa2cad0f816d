import { sql, type SQL } from "drizzle-orm";
import { designations } from "@/db/schema";

/**
 * When a designation is in force. It starts on its effective date (or, when
 * none is known, its listing date; with neither, it counts from the start) and
 * ends on its delisting date. Partial dates compare as their first day.
 * A withdrawn (mistaken) designation is never in force.
 */
export const startOf = sql`coalesce(${designations.effectiveOn}, ${designations.listedOn})`;

export function startedBy(date: string): SQL {
  return sql`(${startOf} is null or ${startOf} <= ${date})`;
}

export function inForceOn(date: string): SQL {
  return sql`(${designations.withdrawnAt} is null and ${startedBy(date)} and (${designations.delistedOn} is null or ${designations.delistedOn} > ${date}))`;
}

export function isInForce(
  d: { effectiveOn: string | null; listedOn: string | null; delistedOn: string | null; withdrawnAt: string | null },
  date: string,
): boolean {
  const start = d.effectiveOn ?? d.listedOn;
  return !d.withdrawnAt && (start === null || start <= date) && (d.delistedOn === null || d.delistedOn > date);
}

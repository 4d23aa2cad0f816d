import { sql, type SQL } from "drizzle-orm";
import { designations } from "@/db/schema";

/**
 * When a designation is in force, as far as the tracker knows. It starts on its
 * effective date, else its listing date, else (a list that publishes no dates)
 * the publication in which the tracker first saw it: before that, the tracker
 * cannot say. It ends on its delisting date. Partial dates compare as their
 * first day. A withdrawn (mistaken) designation is never in force.
 */
export const startOf = sql`coalesce(${designations.effectiveOn}, ${designations.listedOn}, ${designations.firstSeenOn})`;

export function startedBy(date: string): SQL {
  return sql`(${startOf} is null or ${startOf} <= ${date})`;
}

export function inForceOn(date: string): SQL {
  return sql`(${designations.withdrawnAt} is null and ${startedBy(date)} and (${designations.delistedOn} is null or ${designations.delistedOn} > ${date}))`;
}

export function isInForce(
  d: {
    effectiveOn: string | null;
    listedOn: string | null;
    firstSeenOn: string | null;
    delistedOn: string | null;
    withdrawnAt: string | null;
  },
  date: string,
): boolean {
  const start = d.effectiveOn ?? d.listedOn ?? d.firstSeenOn;
  return !d.withdrawnAt && (start === null || start <= date) && (d.delistedOn === null || d.delistedOn > date);
}

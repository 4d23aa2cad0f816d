import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { designations } from "@/db/schema";

/**
 * What the tracker knows of a designation on a day (see
 * docs/decisions/0009-past-date-views.md). Ranked so that an entity's state is
 * the highest of its designations': one designation in force by its date
 * outweighs one resting on a first-seen date, which outweighs one the tracker
 * cannot place, and so on.
 *
 * - `dated`: in force, by its own effective or listing date.
 * - `seen`: in force because a publication on or before the day listed it; its
 *   own start date is unknown ("listed on or before <first seen>").
 * - `unknown`: first seen after the day, with no date of its own: it may or
 *   may not have been in force then. Never dropped in silence: counted apart.
 * - `ended`: delisted on or before the day.
 * - `future`: starts after the day.
 */
export const DAY_STATES = ["future", "ended", "unknown", "seen", "dated"] as const;
export type DayState = (typeof DAY_STATES)[number];
export const rankOf = (s: DayState): number => DAY_STATES.indexOf(s);
export const IN_FORCE_RANK = rankOf("seen");

/** The designation's own start: its effective date, else its listing date. Partial dates compare as their first day. */
const ownStart = sql`coalesce(${designations.effectiveOn}, ${designations.listedOn})`;
/**
 * By when the tracker knew of it: the publication it was first seen in, else
 * the day it was recorded (a fact entered without a date).
 */
const knownBy = sql`coalesce(${designations.firstSeenOn}, substr(${designations.recordedAt}, 1, 10))`;

/** The rank (index in DAY_STATES) of a designation's state on `date`. Withdrawn designations are the caller's to exclude. */
export function dayRank(date: string | SQL | Placeholder): SQL<number> {
  return sql<number>`(case
    when ${designations.delistedOn} is not null and ${designations.delistedOn} <= ${date} then 1
    when ${ownStart} is not null then (case when ${ownStart} <= ${date} then 4 else 0 end)
    when ${knownBy} <= ${date} then 3
    else 2 end)`;
}

/** In force on `date`, by its own date or by a publication on or before it. */
export function inForceOn(date: string | SQL | Placeholder): SQL {
  return sql`(${designations.withdrawnAt} is null and ${dayRank(date)} >= ${IN_FORCE_RANK})`;
}

export type DatedDesignation = {
  effectiveOn: string | null;
  listedOn: string | null;
  firstSeenOn: string | null;
  delistedOn: string | null;
  withdrawnAt: string | null;
  /** When the tracker recorded it (ISO timestamp): by then, at the latest, it knew of it. */
  recordedAt?: string | null;
};

/** The same rule as `dayRank`, for a designation already loaded. A withdrawn designation is `future`: never in force. */
export function dayState(d: DatedDesignation, date: string): DayState {
  if (d.withdrawnAt) return "future";
  if (d.delistedOn !== null && d.delistedOn <= date) return "ended";
  const own = d.effectiveOn ?? d.listedOn;
  if (own !== null) return own <= date ? "dated" : "future";
  const known = d.firstSeenOn ?? d.recordedAt?.slice(0, 10) ?? null;
  return known !== null && known <= date ? "seen" : "unknown";
}

export function isInForce(d: DatedDesignation, date: string): boolean {
  return rankOf(dayState(d, date)) >= IN_FORCE_RANK;
}

/**
 * An entity on a day, from the best of its designations' states: in force
 * (resting on dates, or only on first-seen dates), not known for that day,
 * delisted by then, or not yet designated.
 */
export type EntityDayState = "in_force" | "in_force_seen" | "unknown" | "delisted" | "not_yet";
export function entityDayState(bestRank: number): EntityDayState {
  return (["not_yet", "delisted", "unknown", "in_force_seen", "in_force"] as const)[bestRank] ?? "not_yet";
}

/** The three counts every past-date view reports (entities). */
export type DayCounts = {
  /** In force on the day. */
  inForce: number;
  /** Of those, how many rest only on a first-seen date. */
  onFirstSeen: number;
  /** Not known for that day: first seen in a later publication, with no date of their own. */
  unknown: number;
};

import "server-only";
import { inArray, sql } from "drizzle-orm";
import { designations, listRecords, type ListKey } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";

/**
 * When an entity was first listed, as far as the tracker knows, and how it
 * knows:
 *
 * - `listed`: a designation's own date, as its source gives it (the listing
 *   date, else the effective date), as the entity page's "Listed" column;
 * - `seen`: no designation gives one (the OFAC files state none), so the
 *   earliest publication of a list in which the tracker saw the entity: it
 *   was listed on or before that date (the entity page's "first seen in",
 *   the past-date views' `seen` state);
 * - `unknown`: neither.
 *
 * The earliest of all the designations' dates counts, a source's own date
 * winning a tie, as `earliest` does for the entity page's status line.
 */
export type FirstListing = { how: "listed"; date: string } | { how: "seen"; date: string; list: ListKey | null } | { how: "unknown" };

/** A designation's own listing date: listed, else effective. Partial dates compare as their first day. */
export const ownListingDate = sql`coalesce(${designations.listedOn}, ${designations.effectiveOn})`;

/** A designation's listing date, else the publication date it was first seen in: its part of an entity's first listing. */
export const listingOrSeenDate = sql`coalesce(${ownListingDate}, ${designations.firstSeenOn})`;

/**
 * An entity's first listing from the aggregates over its designations in
 * scope: `min(listingOrSeenDate)` and `min(ownListingDate)`; `seenIn` is the
 * list of the publication when it is not a source's own date.
 */
export function firstListingFrom(earliest: string | null, earliestOwn: string | null, seenIn: ListKey | null): FirstListing {
  if (earliest === null) return { how: "unknown" };
  if (earliestOwn !== null && earliestOwn <= earliest) return { how: "listed", date: earliestOwn };
  return { how: "seen", date: earliest, list: seenIn };
}

/**
 * For entities whose first listing is a first-seen date: the list whose
 * publication of that date held their record (the records follow an entity
 * merged into another). Keyed by entity id; the first list by key when two
 * lists were published the same day.
 */
export function listsFirstSeenIn(seen: { id: number; date: string }[], db: DbOrTx): Map<number, ListKey> {
  const out = new Map<number, ListKey>();
  if (seen.length === 0) return out;
  const wanted = new Map(seen.map((s) => [s.id, s.date]));
  const rows = db
    .select({ entityId: listRecords.entityId, listKey: listRecords.listKey, firstSeenOn: listRecords.firstSeenOn })
    .from(listRecords)
    .where(inArray(listRecords.entityId, [...wanted.keys()]))
    .orderBy(listRecords.listKey)
    .all();
  for (const r of rows) {
    if (r.firstSeenOn === wanted.get(r.entityId) && !out.has(r.entityId)) out.set(r.entityId, r.listKey);
  }
  return out;
}

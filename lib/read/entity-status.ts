import "server-only";
import { dayState } from "./in-force";

/** What the status needs of a designation: who, and its world-time dates. */
export type StatusDesignation = {
  authorityCode: string;
  listedOn: string | null;
  effectiveOn: string | null;
  firstSeenOn: string | null;
  delistedOn: string | null;
  withdrawnAt: string | null;
};

/**
 * When a designation took effect, as far as the tracker knows: a date it was
 * given; only "on or before" the publication of a list that gives no dates
 * (the tracker first saw it there); or not known at all.
 */
export type Start = { kind: "on"; date: string } | { kind: "onOrBefore"; date: string } | { kind: "unknown" };

export type EntityStatus =
  | {
      state: "inForce";
      /** By authority code; `until` is a delisting already set for a later date. */
      authorities: { code: string; since: Start; until: string | null }[];
    }
  | { state: "notYet"; authorities: { code: string; from: string }[] }
  | {
      state: "delisted";
      /** The last day anything was in force ended: the latest delisting. */
      since: string;
      /** Each authority's latest delisting, newest first. */
      delistings: { code: string; on: string }[];
    }
  | { state: "none" };

export function startOf(d: StatusDesignation): Start {
  const date = d.effectiveOn ?? d.listedOn;
  if (date) return { kind: "on", date };
  if (d.firstSeenOn) return { kind: "onOrBefore", date: d.firstSeenOn };
  return { kind: "unknown" };
}

/** The earliest start of an authority's designations; "on" wins a tie, as it says more. */
function earliest(starts: Start[]): Start {
  let best: Start = { kind: "unknown" };
  for (const s of starts) {
    if (s.kind === "unknown") continue;
    if (best.kind === "unknown" || s.date < best.date || (s.date === best.date && s.kind === "on")) best = s;
  }
  return best;
}

function byAuthority<T extends StatusDesignation>(list: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const d of [...list].sort((a, b) => a.authorityCode.localeCompare(b.authorityCode))) {
    map.set(d.authorityCode, [...(map.get(d.authorityCode) ?? []), d]);
  }
  return map;
}

/**
 * Is the entity sanctioned on `today`, by whom and since when; if not, since
 * when not. Withdrawn designations (recorded by mistake) never count. A
 * designation with no date at all is in force (nothing says it ended), with
 * its start unknown.
 */
export function entityStatus(designations: StatusDesignation[], today: string): EntityStatus {
  const counted = designations.filter((d) => !d.withdrawnAt);
  // "unknown" only means "no date of its own, never seen before"; on the current list that is still in force.
  const inForce = counted.filter((d) => !["future", "ended"].includes(dayState(d, today)));
  if (inForce.length > 0) {
    return {
      state: "inForce",
      authorities: [...byAuthority(inForce)].map(([code, list]) => ({
        code,
        since: earliest(list.map(startOf)),
        // Only when every one of them has a delisting set ahead: one open-ended keeps it in force.
        until: list.every((d) => d.delistedOn)
          ? list
              .map((d) => d.delistedOn!)
              .sort()
              .at(-1)!
          : null,
      })),
    };
  }
  // Not in force and not ended: it starts later (a delisting may even be set beyond that).
  const ahead = counted.filter((d) => !d.delistedOn || d.delistedOn > today);
  if (ahead.length > 0) {
    return {
      state: "notYet",
      authorities: [...byAuthority(ahead)].map(([code, list]) => {
        const since = earliest(list.map(startOf));
        return { code, from: since.kind === "unknown" ? today : since.date };
      }),
    };
  }
  const ended = counted.filter((d) => d.delistedOn && d.delistedOn <= today);
  if (ended.length > 0) {
    const delistings = [...byAuthority(ended)]
      .map(([code, list]) => ({
        code,
        on: list
          .map((d) => d.delistedOn!)
          .sort()
          .at(-1)!,
      }))
      .sort((a, b) => b.on.localeCompare(a.on) || a.code.localeCompare(b.code));
    return { state: "delisted", since: delistings[0]!.on, delistings };
  }
  return { state: "none" };
}

import "server-only";
import type { ListKey } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { today } from "@/lib/domain/partial-date";
import { listSourceHealth } from "./imports";
import { ageBetween, isOutOfDate, type Age } from "@/lib/domain/age";

export type { Age };

/** The publication of an official list the tracker's figures rest on: the latest imported, and how old it is. */
export type CurrentPublication = {
  listKey: ListKey;
  label: string;
  refPrefix: string;
  /** The authorities whose designations this list carries. */
  authorities: string[];
  publishedOn: string;
  runId: number;
  age: Age;
  outOfDate: boolean;
};

/**
 * The latest publication of each imported list, with its age on `day`
 * (default today). Figures that count designations rest on these; a
 * publication older than OUT_OF_DATE_AFTER_DAYS is out of date.
 */
export function currentPublications(db: DbOrTx = getDb(), day: string = today()): CurrentPublication[] {
  return listSourceHealth(db).flatMap((h) => {
    const run = h.lastSuccess;
    if (!run?.publishedOn) return [];
    const age = ageBetween(run.publishedOn, day);
    return [
      {
        listKey: h.listKey,
        label: h.label,
        refPrefix: h.refPrefix,
        authorities: h.authorities,
        publishedOn: run.publishedOn,
        runId: run.runId,
        age,
        outOfDate: isOutOfDate(age),
      },
    ];
  });
}

/** The same, as the JSON API and the exports give it. */
export function publicationsForApi(db: DbOrTx = getDb(), day: string = today()) {
  return currentPublications(db, day).map((p) => ({
    list: p.listKey,
    label: p.label,
    publishedOn: p.publishedOn,
    ageDays: p.age.totalDays,
    outOfDate: p.outOfDate,
  }));
}

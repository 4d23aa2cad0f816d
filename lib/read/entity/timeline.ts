import "server-only";
import { cache } from "react";
import { and, inArray } from "drizzle-orm";
import { changeLog } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { classFilter, describeChanges, feedOrder, type ChangeItem } from "../history";
import { loadMerged } from "./record";

/**
 * The changes about the entity and the entities merged into it: those in the
 * world, and the tracker's record keeping too when `withRecordKeeping` is set.
 */
export const loadTimeline = cache((id: number, db: DbOrTx, withRecordKeeping: boolean): ChangeItem[] => {
  const ids = [id, ...loadMerged(id, db).map((m) => m.id)];
  const rows = db
    .select()
    .from(changeLog)
    .where(and(inArray(changeLog.entityId, ids), classFilter(withRecordKeeping)))
    .orderBy(...feedOrder)
    .all();
  return describeChanges(rows, db);
});

import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { importRuns, listRecords, type ListKey } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { builtInList, createdListLabel } from "@/lib/importers/lists";

/** A publication of an official list, as imported: its import run's page shows its files and checksums. */
export type Publication = { runId: number; publishedOn: string | null };

export type EntityListRecord = {
  listKey: ListKey;
  label: string;
  recordId: string;
  firstSeenOn: string | null;
  removedOn: string | null;
  /** The list's remarks on the record, verbatim (OFAC Remarks, UN COMMENTS1); null if it has none. */
  remarks: string | null;
  /** False where the parser composed the remarks from several fields (BIS DPL): not the list's own words. */
  remarksVerbatim: boolean;
  /**
   * The latest publication that carried the record as stored: the list's latest
   * import while the record is on it, else the last one before it went.
   */
  lastSeenIn: Publication | null;
  /** Every name the record gives (its primary name and the others), as the list writes them. */
  names: string[];
};

/** What the runner stored of a record (lib/importers/run-import.ts), read defensively: it is JSON. */
type StoredContent = { name?: unknown; names?: { value?: unknown }[]; remarks?: unknown };

function namesOf(data: StoredContent): string[] {
  const names = typeof data.name === "string" ? [data.name] : [];
  for (const n of Array.isArray(data.names) ? data.names : []) if (typeof n?.value === "string") names.push(n.value);
  return names;
}

/** The entity's records in the imported lists, with their remarks and the publication that last carried them. */
export function entityListRecords(db: DbOrTx, entityId: number): EntityListRecord[] {
  const rows = db
    .select({
      listKey: listRecords.listKey,
      recordId: listRecords.recordId,
      firstSeenOn: listRecords.firstSeenOn,
      removedOn: listRecords.removedOn,
      data: listRecords.data,
    })
    .from(listRecords)
    .where(eq(listRecords.entityId, entityId))
    .orderBy(asc(listRecords.listKey), asc(listRecords.recordId))
    .all();
  if (rows.length === 0) return [];
  // Of several imports of one publication (the same files again), the first stands for it.
  const runs = db
    .select({ runId: importRuns.id, listKey: importRuns.listKey, publishedOn: importRuns.publishedOn })
    .from(importRuns)
    .where(and(inArray(importRuns.listKey, [...new Set(rows.map((r) => r.listKey))]), eq(importRuns.status, "succeeded")))
    .orderBy(desc(importRuns.publishedOn), asc(importRuns.id))
    .all();
  return rows.map((r) => {
    const data = (r.data ?? {}) as StoredContent;
    const run = runs.find((x) => x.listKey === r.listKey && (!r.removedOn || (x.publishedOn !== null && x.publishedOn < r.removedOn)));
    return {
      listKey: r.listKey,
      label: builtInList(r.listKey)?.label ?? createdListLabel(r.listKey),
      recordId: r.recordId,
      firstSeenOn: r.firstSeenOn,
      removedOn: r.removedOn,
      remarks: typeof data.remarks === "string" && data.remarks.trim() !== "" ? data.remarks : null,
      remarksVerbatim: builtInList(r.listKey)?.remarksVerbatim ?? false,
      lastSeenIn: run ? { runId: run.runId, publishedOn: run.publishedOn } : null,
      names: namesOf(data),
    };
  });
}

import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { listRecords, type ListKey } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { preparedStatements } from "@/db/connection";
import type { RecordContent } from "./hashing";

/** What the runner keeps in memory of each stored record; its content is read only when it changed or went. */
export type StoredRecord = Pick<typeof listRecords.$inferSelect, "recordId" | "entityId" | "contentHash" | "firstSeenOn" | "removedOn">;

/**
 * How a record of the publication stands against the stored one:
 * `unchanged` (same hash, still listed), `new` (never seen in this list),
 * `returned` (listed again after it was gone) or `changed`.
 */
export type RecordStatus = "unchanged" | "new" | "changed" | "returned";

const statements = preparedStatements((db) => ({
  recordData: db
    .select({ data: listRecords.data })
    .from(listRecords)
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
}));

/** Every stored record of the list, by record id, without its content (most records are unchanged). */
export function storedRecords(db: DbOrTx, listKey: ListKey): Map<string, StoredRecord> {
  return new Map(
    db
      .select({
        recordId: listRecords.recordId,
        entityId: listRecords.entityId,
        contentHash: listRecords.contentHash,
        firstSeenOn: listRecords.firstSeenOn,
        removedOn: listRecords.removedOn,
      })
      .from(listRecords)
      .where(eq(listRecords.listKey, listKey))
      .all()
      .map((r) => [r.recordId, r]),
  );
}

/** The content a stored record was last seen with. */
export function storedContent(db: DbOrTx, listKey: ListKey, recordId: string): RecordContent {
  return statements(db).recordData.get({ listKey, recordId })!.data as RecordContent;
}

export function recordStatus(prev: StoredRecord | undefined, hash: string): RecordStatus {
  if (!prev) return "new";
  if (prev.removedOn !== null) return "returned";
  return prev.contentHash === hash ? "unchanged" : "changed";
}

/** The stored records still listed that the publication no longer has. */
export function goneRecords(stored: Map<string, StoredRecord>, seen: Set<string>): StoredRecord[] {
  return [...stored.values()].filter((prev) => !prev.removedOn && !seen.has(prev.recordId));
}

/** The parts of a record that differ between two publications, for the change log. */
export function describeDiff(before: RecordContent, after: RecordContent) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  // Every field the list gives (remarks included): a record whose content hash changed always says how.
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof RecordContent>) {
    const x = JSON.stringify(before[key] ?? null);
    const y = JSON.stringify(after[key] ?? null);
    if (x !== y) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

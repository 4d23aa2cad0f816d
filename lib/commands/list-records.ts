import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { listRecords, type ListKey } from "@/db/schema";
import type { CommandContext } from "./context";
import { preparedStatements } from "@/db/connection";

/**
 * The `list_records` rows: the last known state of each record of each
 * imported list, against which the next publication is compared.
 *
 * Called by the import runner for every record a publication adds, changes or
 * drops, inside the run's transaction and with its `runId`. They append no
 * change-log row: the runner logs what the record's change means (a
 * designation, a `list.record.*` entry), these keep the comparison's state.
 * Prepared once per connection: an import runs them tens of thousands of times.
 */

const statements = preparedStatements((db) => ({
  insertRecord: db
    .insert(listRecords)
    .values({
      listKey: sql.placeholder("listKey"),
      recordId: sql.placeholder("recordId"),
      entityId: sql.placeholder("entityId"),
      contentHash: sql.placeholder("contentHash"),
      // Bound as the JSON text already written for the hash, not serialized a second time.
      data: sql`${sql.placeholder("json")}`,
      firstSeenOn: sql.placeholder("firstSeenOn"),
      firstRunId: sql.placeholder("runId"),
      lastRunId: sql.placeholder("runId"),
    })
    .prepare(),
  updateRecord: db
    .update(listRecords)
    .set({
      contentHash: sql`${sql.placeholder("contentHash")}`,
      data: sql`${sql.placeholder("json")}`,
      lastRunId: sql`${sql.placeholder("runId")}`,
      removedOn: null,
      removedRunId: null,
    })
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
  markRemoved: db
    .update(listRecords)
    .set({ removedOn: sql`${sql.placeholder("removedOn")}`, removedRunId: sql`${sql.placeholder("runId")}` })
    .where(and(eq(listRecords.listKey, sql.placeholder("listKey")), eq(listRecords.recordId, sql.placeholder("recordId"))))
    .prepare(),
}));

type RecordKey = { listKey: ListKey; recordId: string };
/** The record's content as JSON (the very text its hash was taken of) and that hash. */
type RecordContent = { contentHash: string; json: string };

/** A record new to the list, first seen in the run's publication. */
export function addListRecord(ctx: CommandContext, record: RecordKey & RecordContent & { entityId: number; firstSeenOn: string }): void {
  statements(ctx.db).insertRecord.run({ ...record, runId: ctx.runId });
}

/** A record the list changed or brought back: its new content, and no longer removed. */
export function updateListRecord(ctx: CommandContext, record: RecordKey & RecordContent): void {
  statements(ctx.db).updateRecord.run({ ...record, runId: ctx.runId });
}

/** A record gone from the list as of `removedOn` (the run's publication). */
export function markListRecordRemoved(ctx: CommandContext, record: RecordKey & { removedOn: string }): void {
  statements(ctx.db).markRemoved.run({ ...record, runId: ctx.runId });
}

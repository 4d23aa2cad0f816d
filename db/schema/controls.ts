import "server-only";
import { sqliteTable, text, integer, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { authorities, sources } from "./reference";
import { FACT_STATUSES } from "./entities";

/** An export-control list whose item count changes revision by revision. */
export const controlLists = sqliteTable("control_lists", {
  key: text("key").primaryKey(),
  authorityCode: text("authority_code")
    .notNull()
    .references(() => authorities.code),
  name: text("name").notNull(),
  unit: text("unit").notNull(),
  authorityNote: text("authority_note"),
});

/**
 * One revision: items added and removed and the resulting total. The previous
 * total is the total of the revision before it; a figure reported elsewhere
 * that conflicts is kept beside it (reported_previous_total) with its source.
 */
export const controlListRevisions = sqliteTable(
  "control_list_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    listKey: text("list_key")
      .notNull()
      .references(() => controlLists.key),
    effectiveOn: text("effective_on").notNull(),
    announcedOn: text("announced_on"),
    proposedOn: text("proposed_on"),
    added: integer("added").notNull(),
    removed: integer("removed").notNull(),
    total: integer("total").notNull(),
    note: text("note"),
    /**
     * What the total counts ("items", "HS 6-digit codes") when the revision says
     * so; null: counted as the revision before. A revision that names another
     * basis than the one before restates the total, so previous + added −
     * removed need not equal it (see lib/domain/revision-check.ts).
     */
    countBasis: text("count_basis"),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    reportedPreviousTotal: integer("reported_previous_total"),
    reportedSourceId: integer("reported_source_id").references(() => sources.id),
    /** An admin's explanation for a total that does not add up, recorded on purpose. */
    discrepancyNote: text("discrepancy_note"),
    version: integer("version").notNull().default(1),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("control_list_revisions_effective").on(t.listKey, t.effectiveOn)],
);

export const revisionSources = sqliteTable(
  "revision_sources",
  {
    revisionId: integer("revision_id")
      .notNull()
      .references(() => controlListRevisions.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.sourceId] })],
);

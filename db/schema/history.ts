import "server-only";
import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { sources } from "./reference";
import { users } from "./auth";
import { CHANGE_CLASSES } from "../../lib/domain/change-kinds";

/**
 * The append-only change log: every write of every domain command appends one
 * row here in the same transaction. Triggers (see the custom migration) refuse
 * UPDATE and DELETE. `recorded_at` is when the tracker learned of the change;
 * `occurred_on` is when it was true in the world (a listing, a delisting, a
 * revision's effective date, else the publication that brought it), when that
 * applies. `class` says whether a row is a change in the world or record
 * keeping, as its action is declared (lib/domain/change-kinds.ts).
 */
export const changeLog = sqliteTable(
  "change_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recordedAt: text("recorded_at").notNull(),
    /** `seed`, `import:<list>`, or `user:<id>`. */
    actor: text("actor").notNull(),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    // The default only lets SQLite add the column to a filled table; logChange always writes the class.
    class: text("class", { enum: CHANGE_CLASSES }).notNull().default("record"),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    /** The entity whose timeline shows this change, if any. */
    entityId: integer("entity_id"),
    occurredOn: text("occurred_on"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    reason: text("reason"),
    sourceId: integer("source_id").references(() => sources.id),
    /** The import run that made this change, if an importer did. */
    runId: integer("run_id"),
  },
  (t) => [
    index("change_log_entity").on(t.entityId, t.id),
    // The change feed reads newest first by the date a change happened (else was recorded).
    index("change_log_feed").on(sql`coalesce(${t.occurredOn}, substr(${t.recordedAt}, 1, 10)) desc`, sql`${t.id} desc`),
    // The default feed: changes in the world only, in the same order.
    index("change_log_class_feed").on(t.class, sql`coalesce(${t.occurredOn}, substr(${t.recordedAt}, 1, 10)) desc`, sql`${t.id} desc`),
    // A run's changes, counted and paged by kind of change.
    index("change_log_run").on(t.runId, t.action, t.id),
  ],
);

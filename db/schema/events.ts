import "server-only";
import { sqliteTable, text, integer, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { sources } from "./reference";
import { FACT_STATUSES } from "./entities";

/** A dated event around the designations (a treaty signed, a ratification). */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    occurredOn: text("occurred_on").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("events_identity").on(t.occurredOn, t.title)],
);

export const eventSources = sqliteTable(
  "event_sources",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sourceId] })],
);

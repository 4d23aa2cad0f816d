import "server-only";
import { sqliteTable, text, integer, index, primaryKey } from "drizzle-orm/sqlite-core";
import { entities } from "./entities";

import { RUN_STATUSES, type ListKey } from "../../lib/domain/vocabulary";
import { authorities, sources } from "./reference";

export { LIST_KEYS, RUN_STATUSES, type ListKey, type BuiltInListKey } from "../../lib/domain/vocabulary";

/**
 * The lists created by an import (`import ftm --list <name>`): the built-in
 * lists (lib/importers/lists.ts) are defined in code and have no row here.
 * A list is created by its first import, in that import's transaction, and
 * reused by the next ones.
 */
export const lists = sqliteTable("lists", {
  /** The name given to --list: a lowercase slug (LIST_NAME_PATTERN); its records' refs read `<key>:<record id>`. */
  key: text("key").primaryKey(),
  label: text("label").notNull(),
  /** The file format its publications are read in ("ftm"). */
  format: text("format").notNull(),
  /** The authority its designations are under: the one given with --authority, or the list's own. */
  authorityCode: text("authority_code")
    .notNull()
    .references(() => authorities.code),
  /** Whether the authority stands for the list itself (no --authority at its creation). */
  ownAuthority: integer("own_authority", { mode: "boolean" }).notNull(),
  createdAt: text("created_at").notNull(),
});

/**
 * One import of one publication of an official list. A failed run is recorded
 * on its own, outside the transaction that rolled its changes back.
 */
export const importRuns = sqliteTable(
  "import_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    listKey: text("list_key").$type<ListKey>().notNull(),
    publishedOn: text("published_on"),
    status: text("status", { enum: RUN_STATUSES }).notNull(),
    actor: text("actor").notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    /** [{ name, sha256, bytes }] of every file read. */
    files: text("files", { mode: "json" }).$type<{ name: string; sha256: string; bytes: number }[]>().notNull(),
    records: integer("records").notNull().default(0),
    added: integer("added").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    merged: integer("merged").notNull().default(0),
    error: text("error"),
    /** The source that stands for this publication; designations it asserts cite it. */
    sourceId: integer("source_id").references(() => sources.id),
    /** The list's parser version that read the files (lib/importers/lists.ts); runs before versions were kept read 1. */
    parserVersion: integer("parser_version").notNull().default(1),
  },
  (t) => [index("import_runs_list").on(t.listKey, t.publishedOn)],
);

/**
 * The last known state of every record of every imported list, so the next
 * publication can be compared with it: what was added, changed or removed.
 */
export const listRecords = sqliteTable(
  "list_records",
  {
    listKey: text("list_key").$type<ListKey>().notNull(),
    recordId: text("record_id").notNull(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    /** SHA-256 of the normalized record: equal hashes mean nothing changed. */
    contentHash: text("content_hash").notNull(),
    data: text("data", { mode: "json" }).notNull(),
    /** Tracker time versus world time: the publication in which the record was first seen. */
    firstSeenOn: text("first_seen_on"),
    firstRunId: integer("first_run_id").notNull(),
    /**
     * The run that last wrote the record (added it, changed it, brought it back).
     * A record present and unchanged keeps it: rewriting every row of a list on
     * each import would cost more than the import of what changed.
     */
    lastRunId: integer("last_run_id").notNull(),
    /** The publication from which the record was gone (it was delisted then). */
    removedOn: text("removed_on"),
    removedRunId: integer("removed_run_id"),
  },
  (t) => [primaryKey({ columns: [t.listKey, t.recordId] }), index("list_records_entity").on(t.entityId)],
);

/**
 * Pairs of entities that may be one real thing but are not merged (the same
 * name and only a birth year in common, say): shown on both entity pages.
 */
export const possibleMatches = sqliteTable(
  "possible_matches",
  {
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    otherEntityId: integer("other_entity_id")
      .notNull()
      .references(() => entities.id),
    basis: text("basis").notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.otherEntityId] }), index("possible_matches_other").on(t.otherEntityId)],
);

import "server-only";
import { sqliteTable, text, integer, real, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { entities } from "./entities";
import { ALERT_KINDS, MATCH_DECISIONS } from "../../lib/domain/vocabulary";
import { LOCALES } from "../../lib/i18n/locales";

/**
 * Watchlists: a user's saved screening, re-screened whenever the data changes
 * (lib/commands/watchlists.ts). They are a user's own records, not facts about
 * sanctions: they stay out of the public change log, and each row says who and
 * when itself. Results and decisions are never updated in place: a re-screen
 * supersedes a result with a new one, a new decision supersedes the last.
 */
export const watchlists = sqliteTable("watchlists", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  ownerUserId: integer("owner_user_id")
    .notNull()
    .references(() => users.id),
  /** Results at or above it are matches. */
  threshold: real("threshold").notNull(),
  /** The language its screenings explain their results in: the one it was made in (en, ko). */
  locale: text("locale", { enum: LOCALES }).notNull().default("en"),
  /** SHA-256 of the secret in the feed addresses (feed readers send no cookie). */
  feedTokenHash: text("feed_token_hash").notNull().unique(),
  createdAt: text("created_at").notNull(),
  /** The last change-log row its results take into account: the re-screen reads the changes after it. */
  screenedThrough: integer("screened_through").notNull(),
});

/** One counterparty of a watchlist: the query screened (lib/screening/types.ts ScreeningQuery). */
export const watchlistItems = sqliteTable(
  "watchlist_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    watchlistId: integer("watchlist_id")
      .notNull()
      .references(() => watchlists.id),
    /** Its row in the screening it was saved from. */
    position: integer("position").notNull(),
    label: text("label").notNull(),
    query: text("query", { mode: "json" }).notNull(),
  },
  (t) => [index("watchlist_items_list").on(t.watchlistId, t.position)],
);

/** The words and identifiers of each item, by which a changed entity finds the items it may concern. */
export const watchlistTerms = sqliteTable(
  "watchlist_terms",
  {
    itemId: integer("item_id")
      .notNull()
      .references(() => watchlistItems.id),
    term: text("term").notNull(),
  },
  (t) => [index("watchlist_terms_term").on(t.term), uniqueIndex("watchlist_terms_item_term").on(t.itemId, t.term)],
);

/** A screening result of an item against one entity, with its evidence. */
export const watchlistResults = sqliteTable(
  "watchlist_results",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => watchlistItems.id),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    score: real("score").notNull(),
    match: integer("match", { mode: "boolean" }).notNull(),
    matchedName: text("matched_name"),
    features: text("features", { mode: "json" }).notNull(),
    explanation: text("explanation", { mode: "json" }).notNull(),
    /** The entity's designations as screened ("authority program in force|ended", sorted): a change in them is news. */
    designations: text("designations", { mode: "json" }).notNull(),
    /** Whether any designation was in force. */
    active: integer("active", { mode: "boolean" }).notNull(),
    /** The last change-log row about the entity when screened: a decision holds until it moves. */
    entityChangeId: integer("entity_change_id").notNull(),
    /** The last change-log row of all data when screened, and the publications in force then: what it was screened against. */
    dataChangeId: integer("data_change_id").notNull(),
    publications: text("publications", { mode: "json" }).notNull(),
    scoringVersion: text("scoring_version").notNull(),
    threshold: real("threshold").notNull(),
    screenedAt: text("screened_at").notNull(),
    supersededAt: text("superseded_at"),
  },
  (t) => [index("watchlist_results_item").on(t.itemId, t.supersededAt), index("watchlist_results_entity").on(t.entityId)],
);

/** News for a watchlist: a new match, a changed match, a matched entity delisted. */
export const watchlistAlerts = sqliteTable(
  "watchlist_alerts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    watchlistId: integer("watchlist_id")
      .notNull()
      .references(() => watchlists.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => watchlistItems.id),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    kind: text("kind", { enum: ALERT_KINDS }).notNull(),
    resultId: integer("result_id")
      .notNull()
      .references(() => watchlistResults.id),
    /** The change-log rows that led to it: (after, upTo]. */
    afterChangeId: integer("after_change_id").notNull(),
    upToChangeId: integer("up_to_change_id").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("watchlist_alerts_list").on(t.watchlistId, t.id)],
);

/** A reviewer's decision on an item and an entity; the latest one counts. */
export const watchlistDecisions = sqliteTable(
  "watchlist_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    itemId: integer("item_id")
      .notNull()
      .references(() => watchlistItems.id),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    decision: text("decision", { enum: MATCH_DECISIONS }).notNull(),
    note: text("note"),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    /** The entity as decided on: a later change to it raises the match again. */
    entityChangeId: integer("entity_change_id").notNull(),
    decidedAt: text("decided_at").notNull(),
  },
  (t) => [index("watchlist_decisions_item").on(t.itemId, t.entityId, t.id)],
);

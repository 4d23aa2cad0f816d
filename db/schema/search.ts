import "server-only";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

/*
 * The name search index: each name's normalized tokens and keys, derived from
 * entity_names in the write path (lib/search/indexer.ts) and written by nothing
 * else. Created by the hand-written migration drizzle/0007_search_index.sql and
 * kept out of db/schema/index.ts, so drizzle-kit does not manage it: it is
 * derived data, rebuilt from entity_names when missing.
 */
export const searchNames = sqliteTable("search_names", {
  nameId: integer("name_id").primaryKey(),
  entityId: integer("entity_id").notNull(),
  /** Normalized tokens, space-separated. */
  tokens: text("tokens").notNull(),
  /** Romanization and transliteration keys, space-separated. */
  keys: text("keys").notNull(),
});

/** Bookkeeping of the index: which normalizer version wrote it. */
export const searchMeta = sqliteTable("search_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

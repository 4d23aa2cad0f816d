-- The name search index (see db/schema/search.ts): each name's normalized
-- tokens and keys, derived from entity_names by the write path. Names are never
-- deleted, so the table only grows: a server keeps an in-memory index of it and
-- loads only the rows past the last name_id it has seen.
CREATE TABLE `search_names` (
  `name_id` integer PRIMARY KEY NOT NULL,
  `entity_id` integer NOT NULL,
  `tokens` text NOT NULL,
  `keys` text NOT NULL
);
--> statement-breakpoint
-- Which version of the normalizer wrote search_names: a newer one rebuilds it.
CREATE TABLE `search_meta` (
  `key` text PRIMARY KEY NOT NULL,
  `value` text NOT NULL
);

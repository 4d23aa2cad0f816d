import path from "node:path";
import { and, eq } from "drizzle-orm";
import { importRuns } from "@/db/schema";
import type { Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hasSeed, loadSeed } from "@/lib/seed/load-seed";
import { BUNDLED_LISTS, FORMATS, importListAt } from "@/lib/importers/formats";
import type { ImportSummary } from "@/lib/importers/run-import";
import { backfillSearchIndex } from "@/lib/search/indexer";
import { CLI_ACTOR } from "@/lib/commands/users";
import { fillEnteredListingDates } from "@/lib/commands/entry-listing-dates";

export type SetupOptions = {
  /** Load the seed facts only, not the bundled official lists (tests, users who import their own). */
  factsOnly?: boolean;
  /** Load the seed facts again even if they were loaded (idempotent). */
  reload?: boolean;
  onStep?: (message: string) => void;
};

export type SetupResult = { seeded: boolean; imported: ImportSummary[] };

/**
 * Brings a database up to date: applies migrations, loads the default facts
 * if they were never loaded (a database an admin has worked on is not
 * re-seeded, so no correction is reverted), then imports each bundled official
 * list that has never been imported, through the same importer a user runs.
 */
export function setupDatabase(db: Db, options: SetupOptions = {}): SetupResult {
  const step = options.onStep ?? (() => {});
  migrateDatabase(db);
  // A database made before the search index existed gets its names indexed once.
  const indexed = backfillSearchIndex(db);
  if (indexed > 0) step(`search index: ${indexed} names indexed`);
  // Entries made before the listing date was stored get the date their form promised.
  const filled = fillEnteredListingDates({ db, actor: { name: CLI_ACTOR } });
  if (filled > 0) step(`listing dates: ${filled} entered designations given their announcement's date`);
  let seeded = false;
  if (!hasSeed(db) || options.reload) {
    loadSeed(db);
    seeded = true;
    step("default facts loaded");
  }
  const imported: ImportSummary[] = [];
  if (!options.factsOnly) {
    for (const bundled of BUNDLED_LISTS) {
      const format = FORMATS[bundled.format];
      const done = db
        .select({ id: importRuns.id })
        .from(importRuns)
        .where(and(eq(importRuns.listKey, format.listKey), eq(importRuns.status, "succeeded")))
        .get();
      if (done) continue;
      const summary = importListAt(db, bundled.format, path.resolve(process.cwd(), bundled.path), { publishedOn: bundled.publishedOn });
      imported.push(summary);
      step(`${summary.label} (${summary.publishedOn}): ${summary.added} records imported in ${summary.ms} ms`);
    }
  }
  return { seeded, imported };
}

import "server-only";
import path from "node:path";
import { refreshPlannerStatistics, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { fillCountBases, hasSeed, linkSeedNames, loadSeed } from "@/lib/seed/load-seed";
import { BUNDLED_LISTS, FORMATS, filesAt, importListAt, type FormatName } from "@/lib/importers/formats";
import { LISTS } from "@/lib/importers/lists";
import { latestRun, type ImportSummary } from "@/lib/importers/run-import";
import { backfillSearchIndex } from "@/lib/search/indexer";
import { CLI_ACTOR } from "@/lib/commands/users";
import { fillEnteredListingDates } from "@/lib/commands/entry-listing-dates";
import { fillNameSortKeys } from "@/lib/commands/name-sort-keys";
import { describeReconciliation, reconcileDatabase, type ReconcileResult } from "@/lib/commands/reconcile";
import { describeRescreen, rescreenWatchlists } from "@/lib/commands/watchlists";

export type SetupOptions = {
  /** Load the seed facts only, not the bundled official lists (tests, users who import their own). */
  factsOnly?: boolean;
  /** Load the seed facts again even if they were loaded (idempotent). */
  reload?: boolean;
  onStep?: (message: string) => void;
};

export type SetupResult = { seeded: boolean; imported: ImportSummary[]; reconciled: ReconcileResult };

/**
 * Brings a database up to date: applies migrations, loads the default facts
 * if they were never loaded (a database an admin has worked on is not
 * re-seeded, so no correction is reverted; only the count bases of revisions,
 * which older databases lack, are filled in), then imports each bundled
 * official list that has never been imported, through the same importer a
 * user runs.
 */
export function setupDatabase(db: Db, options: SetupOptions = {}): SetupResult {
  const step = options.onStep ?? (() => {});
  migrateDatabase(db);
  // A database made before the search index existed gets its names indexed once.
  const indexed = backfillSearchIndex(db);
  if (indexed > 0) step(`search index: ${indexed} names indexed`);
  // Names of a database made before they had a sort key (or under an older rule) get theirs.
  const keyed = fillNameSortKeys(db);
  if (keyed > 0) step(`name sort keys: ${keyed} entities keyed`);
  // Entries made before the listing date was stored get the date their form promised.
  const filled = fillEnteredListingDates({ db, actor: { name: CLI_ACTOR } });
  if (filled > 0) step(`listing dates: ${filled} entered designations given their announcement's date`);
  let seeded = false;
  if (!hasSeed(db) || options.reload) {
    loadSeed(db);
    seeded = true;
    step("default facts loaded");
  } else {
    // Facts the default data gained after this database was seeded, in columns that were empty until now.
    const filled = fillCountBases(db);
    if (filled > 0) step(`count basis recorded on ${filled} revisions of the default data`);
    // A database seeded before names were linked to the announcements that named them.
    const linked = linkSeedNames(db);
    if (linked > 0) step(`default facts: ${linked} names linked to the announcements that named them`);
  }
  const imported: ImportSummary[] = [];
  if (!options.factsOnly) {
    for (const bundled of BUNDLED_LISTS) {
      const files = path.resolve(process.cwd(), bundled.path);
      const action = bundledListAction(db, bundled.format, files, bundled.publishedOn);
      if (action === "skip") continue;
      const summary = importListAt(db, bundled.format, files, { publishedOn: bundled.publishedOn });
      imported.push(summary);
      step(
        action === "read again"
          ? `${summary.label} (${summary.publishedOn}): read again by a newer parser, ${summary.changed} records corrected in ${summary.ms} ms`
          : `${summary.label} (${summary.publishedOn}): ${summary.added} records imported in ${summary.ms} ms`,
      );
      if (summary.unreadDates.length) step(`${summary.label}: ${summary.unreadDates.length} dates not read (npm run import names them)`);
    }
  }
  // One real thing, one entity: records of different lists found to be one are merged (docs/decisions/0009).
  const reconciled = reconcileDatabase(db);
  if (Object.keys(reconciled.merged).length + Object.keys(reconciled.possibleMatches).length > 0) step(describeReconciliation(reconciled));
  refreshPlannerStatistics(db);
  // Catches up saved screenings with whatever changed since they were last screened (another process, a restore).
  const rescreened = rescreenWatchlists(db);
  if (rescreened.watchlists) step(describeRescreen(rescreened));
  return { seeded, imported, reconciled };
}

/**
 * What setup does with a bundled publication: import it when the database has
 * no publication of that list as recent; read it again when it is the very
 * publication last imported but an older parser read it (so a database built
 * before a parser fix gets the fix); otherwise nothing. A database that has a
 * later publication of the list (imported by a user) is left as it is.
 */
function bundledListAction(db: Db, format: FormatName, files: string, publishedOn: string | undefined): "import" | "read again" | "skip" {
  const { listKey } = FORMATS[format];
  const latest = latestRun(db, listKey);
  if (!latest) return "import";
  const sameFiles = JSON.stringify(latest.files.map((f) => f.sha256)) === JSON.stringify(filesAt(format, files).map((f) => f.sha256));
  if (sameFiles) return latest.parserVersion < LISTS[listKey].parserVersion ? "read again" : "skip";
  return publishedOn && latest.publishedOn && latest.publishedOn < publishedOn ? "import" : "skip";
}

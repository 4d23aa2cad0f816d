/**
 * npm run import -- <format> <path> [--published YYYY-MM-DD]
 *
 *   ofac              <folder>   OFAC SDN legacy CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv)
 *   ofac-consolidated <folder>   OFAC Consolidated (non-SDN) set (cons_prim.csv, ...)
 *   un                <file.xml> UN Security Council Consolidated List (dated by its dateGenerated)
 *   dpl               <file.txt> BIS Denied Persons List (tab-separated)
 *
 * Acts on DATABASE_PATH. After the import, entities of different lists found
 * to be one real thing are merged (the cross-list reconciliation). Exit code 0 on success (also when nothing changed),
 * 1 on a bad file, a missing date or a publication older than one imported.
 */
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase, refreshPlannerStatistics } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ConfigError, readConfig } from "@/lib/config";
import { DomainError } from "@/lib/commands";
import { getMessages } from "@/lib/i18n";
import { FORMATS, filesAt, isFormat } from "@/lib/importers/formats";
import { ImportRefusedError, importList, importUnchanged, type ImportSummary } from "@/lib/importers/run-import";
import { ImportFormatError } from "@/lib/importers/types";
import { isFullDate } from "@/lib/domain/partial-date";
import { describeReconciliation, reconcileDatabase } from "@/lib/commands/reconcile";
import { describeRescreen, rescreenWatchlists } from "@/lib/commands/watchlists";

const USAGE = `Usage: npm run import -- <format> <path> [--published YYYY-MM-DD]
Formats:
${Object.entries(FORMATS)
  .map(([name, f]) => `  ${name.padEnd(18)} ${f.input}`)
  .join("\n")}`;

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

function printSummary(s: ImportSummary): void {
  const merged = Object.entries(s.merged)
    .map(([rule, n]) => `${n} by ${rule}`)
    .join(", ");
  const nothing = s.added + s.changed + s.removed === 0;
  console.log(
    [
      `${s.label}, published ${s.publishedOn} (run ${s.runId}, ${(s.ms / 1000).toFixed(1)} s)`,
      `  records:   ${s.records}`,
      `  added:     ${s.added}${merged ? ` (merged into existing entities: ${merged})` : ""}`,
      `  changed:   ${s.changed}`,
      `  removed:   ${s.removed} (designations ended as of ${s.publishedOn}${s.keptByOtherSources ? `; ${s.keptByOtherSources} kept, asserted by other sources` : ""})`,
      `  unchanged: ${s.unchanged}`,
      s.possibleMatches ? `  possible matches noted (not merged): ${s.possibleMatches}` : "",
      s.unresolvedLinks ? `  "Linked To" names not found in the list: ${s.unresolvedLinks}` : "",
      nothing ? "  Nothing changed: this publication was already imported." : "",
      ...unreadDateLines(s),
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

/** Every date the parser could not read, by record and field: imported without it, never guessed. */
function unreadDateLines(s: ImportSummary): string[] {
  if (s.unreadDates.length === 0) return [];
  return [
    `  dates not read (the records were imported without them): ${s.unreadDates.length}`,
    ...s.unreadDates.map((d) => `    ${d.file}:${d.line} record ${d.recordId || "(the list)"}, ${d.field}: ${JSON.stringify(d.value)}`),
  ];
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { published: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [formatName, path] = positionals;
  if (!formatName || !path) fail(`name a format and a path.\n${USAGE}`);
  if (!isFormat(formatName)) fail(`unknown format "${formatName}".\n${USAGE}`);
  if (values.published !== undefined && !isFullDate(values.published)) {
    fail(`--published takes a date as YYYY-MM-DD, not "${values.published}"`);
  }
  let config;
  try {
    config = readConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  const format = FORMATS[formatName];

  /** Reading or parsing the files writes nothing: a bad file is reported with nothing imported. */
  const read = <T>(step: () => T): T => {
    try {
      return step();
    } catch (err) {
      if (err instanceof ImportFormatError) fail(`${path}: ${err.message}. Nothing was imported.`);
      throw err;
    }
  };
  const files = read(() => filesAt(formatName, path));

  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: "  {bar} {percentage}% | {value}/{total} records", hideCursor: true }, Presets.shades_classic)
    : null;
  // Without a terminal (a log, a CI job, a test watching the run) a line every tenth says the run is alive and where it is.
  let tenthsLogged = 0;
  const logProgress = (done: number, total: number) => {
    const tenths = Math.floor((10 * done) / total);
    if (tenths <= tenthsLogged) return;
    tenthsLogged = tenths;
    console.log(`  ${done}/${total} records`);
  };
  try {
    // The very files of the last import need no parsing: nothing in them changed.
    let summary = importUnchanged(db, { listKey: format.listKey, files, publishedOn: values.published });
    if (!summary) {
      const parsed = read(() => format.parse(path));
      bar?.start(parsed.records.length, 0);
      summary = importList(db, {
        listKey: format.listKey,
        parsed,
        publishedOn: values.published,
        onProgress: (done, total) => (bar ? bar.update(done) : logProgress(done, total)),
      });
      bar?.stop();
    }
    printSummary(summary);
    // Records new to this list may be things another list already names (docs/decisions/0009).
    console.log(`  ${describeReconciliation(reconcileDatabase(db))}`);
    refreshPlannerStatistics(db);
    // Saved screenings learn what this import changed (alerts on /watchlists).
    const rescreened = rescreenWatchlists(db);
    if (rescreened.watchlists) console.log(`  ${describeRescreen(rescreened)}`);
  } catch (err) {
    bar?.stop();
    if (err instanceof DomainError)
      fail(`${getMessages().errors.refusal(err.code, err.params)} Nothing was imported; the failed run is recorded.`);
    if (err instanceof ImportRefusedError || err instanceof ImportFormatError) {
      fail(`${err.message}${err instanceof ImportRefusedError ? "" : " Nothing was imported; the failed run is recorded."}`);
    }
    throw err;
  } finally {
    db.$client.close();
  }
}

main();

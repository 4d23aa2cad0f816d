/**
 * npm run import -- <format> <path> [--published YYYY-MM-DD]
 * npm run import -- ftm <file> --list <name> --published YYYY-MM-DD [--authority CODE]
 *
 *   ofac              <folder>   OFAC SDN legacy CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv)
 *   ofac-consolidated <folder>   OFAC Consolidated (non-SDN) set (cons_prim.csv, ...)
 *   un                <file.xml> UN Security Council Consolidated List (dated by its dateGenerated)
 *   dpl               <file.txt> BIS Denied Persons List (tab-separated)
 *   ftm               <file>     FollowTheMoney entities as JSON lines, into the list --list names
 *                                (created on its first import; --authority when it is one authority's)
 *
 * Acts on DATABASE_PATH. After the import, entities of different lists found
 * to be one real thing are merged (the cross-list reconciliation). Exit code 0 on success (also when nothing changed),
 * 1 on a bad file, a missing date, a publication older than one imported, or a list name it cannot take.
 */
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase, refreshPlannerStatistics } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ConfigError, readConfig } from "@/lib/config";
import { DomainError } from "@/lib/commands";
import { messagesFor } from "@/lib/i18n";
import { FORMATS, filesAt, isFormat } from "@/lib/importers/formats";
import { importFtmAt } from "@/lib/importers/ftm-import";
import { ListChoiceError, listDefinition, listNameProblem } from "@/lib/importers/lists";
import type { FtmStreamed } from "@/lib/importers/parsers/ftm";
import { ImportRefusedError, importList, importUnchanged, type ImportSummary } from "@/lib/importers/run-import";
import { ImportFormatError } from "@/lib/importers/types";
import { isFullDate } from "@/lib/domain/partial-date";
import { describeReconciliation, reconcileDatabase } from "@/lib/commands/reconcile";
import { describeRescreen, rescreenWatchlists } from "@/lib/commands/watchlists";

const USAGE = `Usage: npm run import -- <format> <path> [--published YYYY-MM-DD]
       npm run import -- ftm <file> --list <name> --published YYYY-MM-DD [--authority CODE]
Formats:
${Object.entries(FORMATS)
  .map(([name, f]) => `  ${name.padEnd(18)} ${f.input}`)
  .join("\n")}
  ${"ftm".padEnd(18)} FollowTheMoney entities as JSON lines (OpenSanctions' entities.ftm.json, this tracker's
  ${"".padEnd(18)} /api/export/entities.ftm.jsonl). --list names the list (a lowercase name such as
  ${"".padEnd(18)} acme-blocked): created on its first import, reused after; its records' refs read
  ${"".padEnd(18)} <name>:<FtM id>. --authority CODE when the list is that authority's (created if
  ${"".padEnd(18)} missing); without it the list stands as its own source, authority NAME in capitals.`;

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

/** A progress bar on a terminal; without one (a log, a CI job, a test watching the run) a line every tenth says the run is alive and where it is. */
function progress() {
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: "  {bar} {percentage}% | {value}/{total} records", hideCursor: true }, Presets.shades_classic)
    : null;
  let tenthsLogged = 0;
  const onProgress = (done: number, total: number) => {
    if (bar) return bar.update(done);
    const tenths = Math.floor((10 * done) / total);
    if (tenths <= tenthsLogged) return;
    tenthsLogged = tenths;
    console.log(`  ${done}/${total} records`);
  };
  return { bar, onProgress };
}

/** What a FtM file held that the import leaves out: other schemas, and entities with no name. */
function skippedLines(parsed: FtmStreamed | null): string[] {
  if (!parsed) return [];
  const schemas = Object.entries(parsed.skipped).sort(([, a], [, b]) => b - a);
  return [
    schemas.length ? `  skipped (schemas the tracker does not import): ${schemas.map(([s, n]) => `${n} ${s}`).join(", ")}` : "",
    parsed.unnamed ? `  skipped (entities without any name): ${parsed.unnamed}` : "",
  ].filter(Boolean);
}

/** `import ftm`: the list is created on its first import (in the run's transaction) and reused after. */
function importFtm(databasePath: string, path: string, list: string, publishedOn: string, authority?: string): void {
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  const { bar, onProgress } = progress();
  try {
    const isNew = listDefinition(db, list) === undefined;
    const { summary, parsed } = importFtmAt(db, path, {
      list,
      authority,
      publishedOn,
      onProgress,
      onParsed: (p) => bar?.start(p.count, 0),
    });
    bar?.stop();
    printSummary(summary);
    if (isNew) {
      const created = listDefinition(db, list)!;
      const code = created.authorityOf({} as never);
      console.log(
        `  list created: ${list} (refs ${list}:<FtM id>; designations under ${code}${authority ? "" : ", the list's own authority"})`,
      );
    }
    for (const line of skippedLines(parsed)) console.log(line);
    console.log(`  ${describeReconciliation(reconcileDatabase(db))}`);
    refreshPlannerStatistics(db);
  } catch (err) {
    bar?.stop();
    if (err instanceof ListChoiceError) fail(`${err.message}. Nothing was imported.`);
    if (err instanceof ImportFormatError) fail(`${err.message}. Nothing was imported.`);
    if (err instanceof DomainError)
      fail(`${messagesFor("en").errors.refusal(err.code, err.params)} Nothing was imported; the failed run is recorded.`);
    if (err instanceof ImportRefusedError) fail(err.message);
    throw err;
  } finally {
    db.$client.close();
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: "string" },
      list: { type: "string" },
      authority: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [formatName, path] = positionals;
  if (!formatName || !path) fail(`name a format and a path.\n${USAGE}`);
  if (formatName !== "ftm" && !isFormat(formatName)) fail(`unknown format "${formatName}".\n${USAGE}`);
  if (values.published !== undefined && !isFullDate(values.published)) {
    fail(`--published takes a date as YYYY-MM-DD, not "${values.published}"`);
  }
  if (formatName === "ftm") {
    if (values.list === undefined) fail(`ftm needs --list <name>: the list the file is a publication of.\n${USAGE}`);
    const problem = listNameProblem(values.list);
    if (problem) fail(problem);
    if (values.published === undefined) fail("ftm needs --published YYYY-MM-DD: FollowTheMoney files carry no publication date.");
  } else if (values.list !== undefined || values.authority !== undefined) {
    fail("--list and --authority are for the ftm format: the other formats import into their own list.");
  }
  let config;
  try {
    config = readConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  if (formatName === "ftm") return importFtm(config.databasePath, path, values.list!, values.published!, values.authority);
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
  const { bar, onProgress } = progress();
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
        onProgress,
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
      fail(`${messagesFor("en").errors.refusal(err.code, err.params)} Nothing was imported; the failed run is recorded.`);
    if (err instanceof ImportRefusedError || err instanceof ImportFormatError) {
      fail(`${err.message}${err instanceof ImportRefusedError ? "" : " Nothing was imported; the failed run is recorded."}`);
    }
    throw err;
  } finally {
    db.$client.close();
  }
}

main();

/**
 * npm run db:restore -- <file> [--force]
 *
 * Restores a backup made by `npm run db:backup` into DATABASE_PATH. The
 * backup is checked first (SQLite's integrity check, the tracker's tables, no
 * migration newer than this version) and brought to this version's schema on
 * a staging copy; then it replaces the database's content in one transaction,
 * so the database is either wholly restored or left as it was. A database
 * that another process has open (a running server) is only replaced with
 * --force; the server's readers then see the restored data on their next
 * read. Exit code 0 on success, 1 on any error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, restoreDatabase } from "@/db/backup";
import { ConfigError, readConfig } from "@/lib/config";
import { describeFacts } from "./lib/database-facts";

const USAGE = "Usage: npm run db:restore -- <file> [--force]   (DATABASE_PATH is the database replaced)";

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) fail(`name one backup file.\n${USAGE}`);
  let config;
  try {
    config = readConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  const backup = path.resolve(positionals[0]!);
  const started = performance.now();
  try {
    const facts = await restoreDatabase(backup, config.databasePath, { force: values.force });
    console.log(
      `Restored ${backup} into ${config.databasePath} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${describeFacts(facts)}.`,
    );
  } catch (err) {
    if (err instanceof BackupError) fail(`${err.message} The database was not changed.`);
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

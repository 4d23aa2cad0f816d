/**
 * npm run db:backup -- <file>
 *
 * Takes an online backup of DATABASE_PATH into <file> (a new file) with
 * SQLite's backup API: a consistent snapshot, taken while the server goes on
 * serving and writing. The backup is checked (integrity, tracker tables)
 * before it is put in place; a failed backup leaves no file. Exit code 0 on
 * success, 1 on any error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, backupDatabase } from "@/db/backup";
import { ConfigError, readConfig } from "@/lib/config";
import { describeFacts } from "./lib/database-facts";

const USAGE = "Usage: npm run db:backup -- <file>   (a new file; DATABASE_PATH is the database backed up)";

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) fail(`name one backup file.\n${USAGE}`);
  let config;
  try {
    config = readConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  const target = path.resolve(positionals[0]!);
  const started = performance.now();
  try {
    const facts = await backupDatabase(config.databasePath, target);
    console.log(
      `Backed up ${config.databasePath} to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${describeFacts(facts)}.`,
    );
  } catch (err) {
    if (err instanceof BackupError) fail(`${err.message} No backup was written.`);
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

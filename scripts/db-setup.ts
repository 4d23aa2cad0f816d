/**
 * npm run db:setup [-- --facts-only] [-- --reload]
 * Applies migrations to DATABASE_PATH, loads the default facts when the
 * database has none (again with --reload: loading is idempotent), then imports
 * the bundled official lists never imported before (not with --facts-only).
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { readConfig } from "@/lib/config";
import { setupDatabase } from "@/lib/setup";

const { values } = parseArgs({
  options: { "facts-only": { type: "boolean", default: false }, reload: { type: "boolean", default: false } },
});
const config = readConfig();
const started = performance.now();
const db = openDatabase(config.databasePath);
try {
  setupDatabase(db, {
    factsOnly: values["facts-only"],
    reload: values.reload,
    onStep: (message) => console.log(`  ${message}`),
  });
} finally {
  db.$client.close();
}
console.log(`Database ready at ${config.databasePath} (${Math.round(performance.now() - started)} ms).`);

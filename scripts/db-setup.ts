/**
 * npm run db:setup [-- --reload]
 * Applies migrations to DATABASE_PATH and loads the default data when the
 * database has none (or again with --reload: loading is idempotent).
 */
import { openDatabase } from "@/db/client";
import { readConfig } from "@/lib/config";
import { setupDatabase } from "@/lib/setup";

const config = readConfig();
const started = performance.now();
const db = openDatabase(config.databasePath);
const { seeded } = setupDatabase(db, { reload: process.argv.includes("--reload") });
db.$client.close();
const ms = Math.round(performance.now() - started);
console.log(
  seeded
    ? `Database ready at ${config.databasePath}: migrations applied, default data loaded (${ms} ms).`
    : `Database ready at ${config.databasePath}: migrations applied; default data already present (${ms} ms).`,
);

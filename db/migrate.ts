import "server-only";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

/** The committed drizzle-kit migrations. */
export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");

/** Applies the committed drizzle-kit migrations that the database lacks. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

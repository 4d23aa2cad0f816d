import type { Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hasSeed, loadSeed } from "@/lib/seed/load-seed";

export type SetupResult = { seeded: boolean };

/**
 * Brings a database up to date: applies migrations, then loads the default
 * data if it has never been loaded (a database an admin has worked on is not
 * re-seeded, so no correction is reverted; `reload` asks for it anyway).
 */
export function setupDatabase(db: Db, options: { reload?: boolean } = {}): SetupResult {
  migrateDatabase(db);
  if (hasSeed(db) && !options.reload) return { seeded: false };
  loadSeed(db);
  return { seeded: true };
}

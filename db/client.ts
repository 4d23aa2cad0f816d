import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { readConfig } from "@/lib/config";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a database file with the project's pragmas. The one place that sets them. */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // 64 MiB of page cache (the default is 16): a list import's transaction keeps
  // its pages in memory instead of spilling them to the WAL half-way.
  sqlite.pragma("cache_size = -65536");
  return drizzle<typeof schema>(sqlite, { schema });
}

/**
 * Refreshes the statistics SQLite's query planner chooses indexes by, where
 * they are missing or stale; nothing to do takes no time. Without them the
 * planner reads every change of one class to find an entity's timeline
 * (100 ms) instead of the entity's few rows by its index (0.2 ms). Run after
 * setup and after each import: the writes that change the tables' shape.
 */
export function refreshPlannerStatistics(db: Db): void {
  db.$client.pragma("optimize=0x10002");
}

/**
 * Whether an error is SQLite's "database is locked": another process (an
 * import, whose run is one transaction of many seconds) held the write lock
 * for longer than busy_timeout. Nothing was written.
 */
export function isDatabaseBusy(err: unknown): boolean {
  return err instanceof Database.SqliteError && err.code.startsWith("SQLITE_BUSY");
}

const globalForDb = globalThis as unknown as { trackerDb?: Db };

/**
 * The server's database handle, opened on first use (never at import time, so
 * `next build` needs no database) and cached across hot reloads.
 */
export function getDb(): Db {
  if (!globalForDb.trackerDb) {
    globalForDb.trackerDb = openDatabase(readConfig().databasePath);
  }
  return globalForDb.trackerDb;
}

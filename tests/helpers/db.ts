import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadSeed } from "@/lib/seed/load-seed";

export type TestDb = {
  db: Db;
  /** The SQLite file, in its own temporary directory. */
  file: string;
  /** Closes the database and removes its directory (the file and its WAL). */
  close(): void;
};

/** A fresh, migrated SQLite database in a new file under the system temp directory. */
export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-test-"));
  const file = path.join(dir, "tracker.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  return {
    db,
    file,
    close() {
      if (db.$client.open) db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database with the default data loaded (as actor `seed`). */
export function seededDb(): TestDb {
  const t = createTestDb();
  try {
    loadSeed(t.db);
  } catch (err) {
    t.close();
    throw err;
  }
  return t;
}

/** The application's tables (not SQLite's, not drizzle's migration journal). */
export function tableNames(db: Db): string[] {
  return db
    .all<{ name: string }>(
      sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name`,
    )
    .map((r) => r.name);
}

/** Row count of every application table, by name. */
export function rowCounts(db: Db): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of tableNames(db)) {
    out[name] = db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(name)}`).n;
  }
  return out;
}

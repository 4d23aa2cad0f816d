import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { openDatabase } from "./client";
import { processesHolding } from "./holders";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

/**
 * Online backups and restores of the tracker's database with SQLite's backup
 * API: a page-by-page copy taken inside one read transaction of the source,
 * so it is a consistent snapshot while the server reads and writes (WAL lets
 * writers go on meanwhile), and written into the destination inside one write
 * transaction, so a restore is all or nothing and the live file stays the same
 * file: the server's connections see the restored data on their next read
 * (their `PRAGMA data_version` changes).
 */

/** A backup or restore refused or failed; its message says why, and that nothing was changed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/**
 * Copies every page in one step. better-sqlite3 copies 100 pages a step by
 * default, and a copy in steps starts over whenever another connection writes
 * between two of them: under a server that writes every second a large
 * database might never finish.
 */
const ALL_PAGES = 0x7fffffff;

async function copyPages(source: Database.Database, target: string): Promise<void> {
  await source.backup(target, { progress: () => ALL_PAGES });
}

/** Tables a tracker database has had since its first migration. */
const CORE_TABLES = ["__drizzle_migrations", "entities", "designations", "change_log"];

export type DatabaseFacts = {
  /** Migrations applied to it. */
  migrations: number;
  /** Change-log entries, and the time of the last one. */
  changes: number;
  lastChangeAt: string | null;
  bytes: number;
};

/**
 * Checks that a file is a sound tracker database: SQLite's integrity check
 * passes, it has the tracker's tables, and no migration newer than this code
 * knows (a backup made by a newer version is not restored into an older one).
 */
export function verifyTrackerDatabase(file: string): DatabaseFacts {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BackupError(`${file}: cannot be opened (${(err as Error).message}).`);
  }
  try {
    let problems: string[];
    try {
      problems = db
        .prepare("PRAGMA integrity_check(10)")
        .pluck()
        .all()
        .map((v) => String(v));
    } catch (err) {
      throw new BackupError(`${file}: not a SQLite database (${(err as Error).message}).`);
    }
    if (problems.length !== 1 || problems[0] !== "ok") {
      throw new BackupError(`${file}: SQLite's integrity check fails:\n  ${problems.join("\n  ")}`);
    }
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .pluck()
        .all()
        .map((v) => String(v)),
    );
    const missing = CORE_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new BackupError(`${file}: not a Sanctions Tracker database (no table ${missing.join(", ")}).`);
    const known = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.folderMillis));
    const applied = db.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all().map(Number);
    if (applied.some((at) => at > known)) {
      throw new BackupError(`${file}: made by a newer version of the tracker (it has migrations this version does not know).`);
    }
    const log = db.prepare("SELECT count(*) AS n, max(recorded_at) AS last FROM change_log").get() as { n: number; last: string | null };
    return { migrations: applied.length, changes: log.n, lastChangeAt: log.last, bytes: fs.statSync(file).size };
  } finally {
    db.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Backs the database up into `target`, a new file: copied into a temporary
 * file beside it, checked, made a single self-contained file (no -wal beside
 * it), then renamed into place, so `target` is a whole backup or nothing.
 */
export async function backupDatabase(databasePath: string, target: string): Promise<DatabaseFacts> {
  if (!fs.existsSync(databasePath)) throw new BackupError(`there is no database at ${databasePath}.`);
  if (fs.existsSync(target)) throw new BackupError(`${target} exists already; name a new file.`);
  if (!fs.existsSync(path.dirname(target))) throw new BackupError(`the folder ${path.dirname(target)} does not exist.`);
  const partial = `${target}.partial-${process.pid}`;
  const source = openDatabase(databasePath);
  try {
    await copyPages(source.$client, partial);
    // The copy keeps the source's WAL mode; a backup is one file that can be copied anywhere.
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    const facts = verifyTrackerDatabase(partial);
    fs.renameSync(partial, target);
    return { ...facts, bytes: fs.statSync(target).size };
  } finally {
    source.$client.close();
    removeDatabaseFiles(partial);
  }
}

export type RestoreOptions = {
  /** Restore even while other processes (a running server) have the database open. */
  force?: boolean;
};

/**
 * Restores a backup into `databasePath`. The backup is checked first
 * (`verifyTrackerDatabase`) on a staging copy beside the database, which is
 * then migrated to this version's schema; only then is it copied into the
 * database in one transaction: a failure anywhere leaves the database as it
 * was. A database that other processes have open (a running server) is only
 * overwritten with `force`.
 */
export async function restoreDatabase(backupFile: string, databasePath: string, options: RestoreOptions = {}): Promise<DatabaseFacts> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`there is no backup file at ${backupFile}.`);
  if (path.resolve(backupFile) === path.resolve(databasePath)) throw new BackupError("the backup file is the database itself.");
  if (!options.force) {
    const holders = processesHolding(databasePath);
    if (holders === null) {
      throw new BackupError(
        `cannot tell on this system whether a server has ${databasePath} open. Stop the server, then restore with --force.`,
      );
    }
    if (holders.length > 0) {
      throw new BackupError(
        `${databasePath} is open in another process (pid ${holders.join(", ")}): a running server, or an import. ` +
          "Stop it first, or restore with --force to replace the data under it (its readers see the restored data at once).",
      );
    }
  }
  verifyTrackerDatabase(backupFile);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const staging = path.join(path.dirname(databasePath), `.${path.basename(databasePath)}.restoring-${process.pid}`);
  removeDatabaseFiles(staging);
  try {
    const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      await copyPages(backup, staging);
    } finally {
      backup.close();
    }
    // A backup of an older version is brought to this version's schema before it replaces anything.
    const staged = openDatabase(staging);
    try {
      migrateDatabase(staged);
    } finally {
      staged.$client.close();
    }
    const facts = verifyTrackerDatabase(staging);
    const source = new Database(staging, { readonly: true, fileMustExist: true });
    try {
      await copyPages(source, databasePath);
    } finally {
      source.close();
    }
    return { ...facts, bytes: fs.statSync(databasePath).size };
  } finally {
    removeDatabaseFiles(staging);
  }
}

import Database from "better-sqlite3";

/**
 * What the database's data is at, as one number that changes whenever anyone
 * commits: this server's own writes, the import CLI, a restore. SQLite's
 * `PRAGMA data_version` changes on a connection when another connection has
 * committed; this connection never writes, so every commit anywhere counts.
 * One call costs about a microsecond, so every request can ask.
 */
export type DataVersionProbe = { current: () => number; close: () => void };

export function openDataVersionProbe(databasePath: string): DataVersionProbe {
  const db = new Database(databasePath, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  const statement = db.prepare("PRAGMA data_version").pluck();
  return {
    current: () => statement.get() as number,
    close: () => db.close(),
  };
}

import { createHash } from "node:crypto";
import Database from "better-sqlite3";

/** Rows and a SHA-256 of their content, per table: two databases hold the same data when these are equal. */
export type Digest = Record<string, { rows: number; sha256: string }>;

/**
 * Every table of a database file (drizzle's journal and sqlite_sequence
 * included: a restore or a rollback must bring those back too), each row's
 * values in primary-key order, hashed. Read by a connection of its own.
 */
export function databaseDigest(file: string): Digest {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name")
      .pluck()
      .all() as string[];
    const out: Digest = {};
    for (const table of tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      const columns = (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(table) as number) || 1;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(", ");
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of db.prepare(`SELECT * FROM ${quoted} ORDER BY ${order}`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
        hash.update("\n");
        rows++;
      }
      out[table] = { rows, sha256: hash.digest("hex") };
    }
    return out;
  } finally {
    db.close();
  }
}

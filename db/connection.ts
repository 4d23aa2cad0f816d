import "server-only";
import { Param, Placeholder, is } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { RunResult, Statement } from "better-sqlite3";
import type * as schema from "./schema";

/**
 * A connection to the database as every layer receives it: the database, or a
 * transaction on it. The write path (lib/commands), the read path (lib/read,
 * lib/search, lib/auth) and the importers all take this, so none of them has
 * to import another for the type.
 *
 * This module is the one place that knows drizzle's internals (its session and
 * its prepared queries' fields); a drizzle upgrade that moves them breaks here
 * and nowhere else.
 */
export type DbOrTx = BaseSQLiteDatabase<"sync", RunResult, typeof schema>;

/**
 * drizzle keeps the connection's session on the database and on every
 * transaction object opened from it: it is what tells connections apart, and
 * what a transaction shares with the database it runs on.
 */
function connectionKey(db: DbOrTx): object {
  return (db as unknown as { session: object }).session;
}

/**
 * State kept once per connection (prepared statements, in-memory indexes,
 * caches), made on first use. Keyed weakly, so a closed database's state goes
 * with it; a transaction sees its database's state.
 */
export function perConnection<T>(init: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const states = new WeakMap<object, T>();
  return (db) => {
    const key = connectionKey(db);
    let state = states.get(key);
    if (state === undefined) {
      state = init(db);
      states.set(key, state);
    }
    return state;
  };
}

/**
 * Prepared statements, built once per connection and reused by every caller on
 * it (inside or outside a transaction). Building a drizzle query costs far more
 * than running it; imports run the same few statements hundreds of thousands
 * of times.
 */
export function preparedStatements<T extends object>(build: (db: DbOrTx) => T): (db: DbOrTx) => T {
  return perConnection((db) => {
    const statements = build(db);
    for (const statement of Object.values(statements)) bindOnce(statement);
    return statements;
  });
}

/** The id of the row an INSERT statement just wrote (cheaper than RETURNING). */
export function rowId(result: { lastInsertRowid: number | bigint }): number {
  return Number(result.lastInsertRowid);
}

/** The parts of drizzle's better-sqlite3 prepared query that `bindOnce` relies on. */
type DrizzlePrepared = {
  stmt: Statement;
  query: { params: unknown[] };
  run: (values?: Record<string, unknown>) => unknown;
};

const isDrizzlePrepared = (q: unknown): q is DrizzlePrepared =>
  typeof q === "object" && q !== null && "stmt" in q && "query" in q && typeof (q as { run?: unknown }).run === "function";

/**
 * drizzle resolves a prepared statement's placeholders on every run, testing
 * each parameter's class as it goes; an import runs hundreds of thousands of
 * INSERTs and spent a tenth of its time there. This works out once, per
 * parameter, where its value comes from (a placeholder, a placeholder through
 * its column's encoder, or a constant), and runs the same better-sqlite3
 * statement with the values in order. Same statement, same values: only the
 * bookkeeping moves. Statements that are not drizzle's are left alone.
 */
function bindOnce(statement: unknown): void {
  if (!isDrizzlePrepared(statement)) return;
  const take = statement.query.params.map((p): ((values: Record<string, unknown>) => unknown) => {
    if (is(p, Placeholder)) return placeholderOf(p.name);
    if (is(p, Param) && is(p.value, Placeholder)) {
      const value = placeholderOf(p.value.name);
      const encoder = p.encoder;
      return (values) => encoder.mapToDriverValue(value(values));
    }
    return () => p;
  });
  const stmt = statement.stmt;
  const count = take.length;
  statement.run = (values = {}) => {
    const args: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) args[i] = take[i]!(values);
    return stmt.run(...args);
  };
}

function placeholderOf(name: string) {
  return (values: Record<string, unknown>) => {
    if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
    return values[name];
  };
}

import { Param, Placeholder, is } from "drizzle-orm";
import type { Statement } from "better-sqlite3";
import type { DbOrTx } from "./context";

/**
 * Prepared statements, built once per database connection and reused by every
 * command on it (inside or outside a transaction: they share the connection).
 * Building a drizzle query costs far more than running it; imports run the same
 * few statements hundreds of thousands of times.
 *
 * drizzle keeps the connection's session on the database and on every
 * transaction object; it is the key that tells connections apart.
 */
export function preparedStatements<T extends object>(build: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const cache = new WeakMap<object, T>();
  return (db) => {
    const session = (db as unknown as { session: object }).session;
    let statements = cache.get(session);
    if (!statements) {
      statements = build(db);
      for (const statement of Object.values(statements)) bindOnce(statement);
      cache.set(session, statements);
    }
    return statements;
  };
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

/** The id of the row an INSERT statement just wrote (cheaper than RETURNING). */
export function rowId(result: { lastInsertRowid: number | bigint }): number {
  return Number(result.lastInsertRowid);
}

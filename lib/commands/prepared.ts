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
export function preparedStatements<T>(build: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const cache = new WeakMap<object, T>();
  return (db) => {
    const session = (db as unknown as { session: object }).session;
    let statements = cache.get(session);
    if (!statements) {
      statements = build(db);
      cache.set(session, statements);
    }
    return statements;
  };
}

/** The id of the row an INSERT statement just wrote (cheaper than RETURNING). */
export function rowId(result: { lastInsertRowid: number | bigint }): number {
  return Number(result.lastInsertRowid);
}

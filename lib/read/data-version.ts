import { sql } from "drizzle-orm";
import { changeLog } from "@/db/schema";
import type { DbOrTx } from "@/lib/commands/context";

/**
 * Every write appends to the change log, so its last id tells whether any data
 * changed: a summary computed for one id and day stays right until either moves.
 */
function dataVersion(db: DbOrTx): number {
  return db.select({ id: sql<number>`coalesce(max(${changeLog.id}), 0)` }).from(changeLog).get()?.id ?? 0;
}

type Entry = { version: number; day: string; value: unknown };

/** One cache per database connection (drizzle's session tells them apart, as for prepared statements). */
const caches = new WeakMap<object, Map<string, Entry>>();

/** Computes a read-only summary once per data version and day, per connection. */
export function cachedByDataVersion<T>(key: string, db: DbOrTx, day: string, compute: () => T): T {
  const session = (db as unknown as { session: object }).session;
  const cache = caches.get(session) ?? new Map<string, Entry>();
  caches.set(session, cache);
  const version = dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.day === day) return hit.value as T;
  const value = compute();
  cache.set(key, { version, day, value });
  return value;
}

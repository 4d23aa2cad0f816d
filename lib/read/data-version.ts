import "server-only";
import { sql } from "drizzle-orm";
import { changeLog } from "@/db/schema";
import { type DbOrTx, perConnection } from "@/db/connection";

/**
 * Every write appends to the change log, so its last id tells whether any data
 * changed: a summary computed for one id and day stays right until either moves.
 */
export function dataVersion(db: DbOrTx): number {
  return (
    db
      .select({ id: sql<number>`coalesce(max(${changeLog.id}), 0)` })
      .from(changeLog)
      .get()?.id ?? 0
  );
}

type Entry = { version: number; day: string; value: unknown };

const cacheOf = perConnection(() => new Map<string, Entry>());

/** Computes a read-only summary once per data version and day, per connection. */
export function cachedByDataVersion<T>(key: string, db: DbOrTx, day: string, compute: () => T): T {
  const cache = cacheOf(db);
  const version = dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.day === day) return hit.value as T;
  const value = compute();
  cache.set(key, { version, day, value });
  return value;
}

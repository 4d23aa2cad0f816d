import "server-only";
import { eq, sql } from "drizzle-orm";
import { entities } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { nameSortKey } from "@/lib/domain/name-sort-key";

/**
 * Writes `entities.name_sort` where it is not `nameSortKey(name)`: every row
 * of a database made before the key existed (its migration leaves only a
 * rough first key), and every row again when the key's rule changes. Derived
 * data, like the search index: no change-log row. Run by setup (`db:setup`,
 * `npm start`); comparing all the keys costs a few tens of milliseconds, so it
 * needs no version of its own. Returns how many rows it wrote.
 */
export function fillNameSortKeys(db: DbOrTx): number {
  const rows = db.select({ id: entities.id, name: entities.name, nameSort: entities.nameSort }).from(entities).all();
  const stale = rows.flatMap((r) => {
    const key = nameSortKey(r.name);
    return key === r.nameSort ? [] : [{ id: r.id, key }];
  });
  if (stale.length === 0) return 0;
  db.transaction(
    (tx) => {
      const update = tx
        .update(entities)
        .set({ nameSort: sql`${sql.placeholder("key")}` })
        .where(eq(entities.id, sql.placeholder("id")))
        .prepare();
      for (const r of stale) update.run(r);
    },
    { behavior: "immediate" },
  );
  return stale.length;
}

import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { entityNames } from "@/db/schema";
import { searchMeta, searchNames } from "@/db/schema/search";
import { type DbOrTx, preparedStatements } from "@/db/connection";
import { NORMALIZER_VERSION, normalizeName } from "./text";

const statements = preparedStatements((db) => ({
  insertName: db
    .insert(searchNames)
    .values({
      nameId: sql.placeholder("nameId"),
      entityId: sql.placeholder("entityId"),
      tokens: sql.placeholder("tokens"),
      keys: sql.placeholder("keys"),
    })
    .onConflictDoNothing()
    .prepare(),
}));

/**
 * Normalizes one name once, at write time, and stores its tokens and keys.
 * Called by the write path for every name it writes; derived data, so it
 * writes no change-log row.
 */
export function indexName(db: DbOrTx, name: { id: number; entityId: number; value: string }): void {
  const { tokens, keys } = normalizeName(name.value);
  statements(db).insertName.run({ nameId: name.id, entityId: name.entityId, tokens: tokens.join(" "), keys: keys.join(" ") });
}

/**
 * Names that moved to another entity (a merge) are found under it: their
 * index rows follow them. A server's in-memory index learns of it when the
 * search maps a merged-away entity to its survivor (lib/search/engine.ts).
 */
export function reassignIndexedNames(db: DbOrTx, nameIds: number[], entityId: number): void {
  if (nameIds.length === 0) return;
  db.update(searchNames).set({ entityId }).where(inArray(searchNames.nameId, nameIds)).run();
}

/**
 * Indexes every name the index lacks: a database created before the index
 * existed, or one written by an older normalizer (then the whole index is
 * rebuilt). Returns how many names were indexed.
 */
export function backfillSearchIndex(db: DbOrTx): number {
  const version = db.select().from(searchMeta).where(eq(searchMeta.key, "normalizer")).get()?.value;
  if (version !== NORMALIZER_VERSION) {
    db.transaction((tx) => {
      tx.delete(searchNames).run();
      tx.insert(searchMeta)
        .values({ key: "normalizer", value: NORMALIZER_VERSION })
        .onConflictDoUpdate({ target: searchMeta.key, set: { value: NORMALIZER_VERSION } })
        .run();
    });
  }
  const missing = db
    .select({ id: entityNames.id, entityId: entityNames.entityId, value: entityNames.value })
    .from(entityNames)
    .where(sql`${entityNames.id} not in (select ${searchNames.nameId} from ${searchNames})`)
    .all();
  if (missing.length === 0) return 0;
  db.transaction((tx) => {
    for (const name of missing) indexName(tx, name);
  });
  return missing.length;
}

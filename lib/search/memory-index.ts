import "server-only";
import { eq, gt, sql, asc } from "drizzle-orm";
import { searchNames } from "@/db/schema/search";
import { type DbOrTx, perConnection, preparedStatements } from "@/db/connection";

/** Keys share the postings with tokens, told apart by this prefix. */
export const KEY_PREFIX = "~";
/** Tokens shorter than this are not looked up with a typo: too many words are one letter away. */
export const MIN_TYPO_LENGTH = 4;

/** Every string one deleted letter away from the token. */
export function deletions(token: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}

const statements = preparedStatements((db) => ({
  watermark: db
    .select({ id: sql<number>`coalesce(max(${searchNames.nameId}), 0)` })
    .from(searchNames)
    .prepare(),
  after: db
    .select()
    .from(searchNames)
    .where(gt(searchNames.nameId, sql.placeholder("after")))
    .orderBy(asc(searchNames.nameId))
    .limit(50_000)
    .prepare(),
  at: db
    .select({ tokens: searchNames.tokens, keys: searchNames.keys })
    .from(searchNames)
    .where(eq(searchNames.nameId, sql.placeholder("nameId")))
    .prepare(),
}));

/**
 * The search index in memory: postings from each term (token, or key with
 * KEY_PREFIX) to the names that hold it, and the one-letter deletions of every
 * token (SymSpell) to find the words one typo away from a query word. The
 * durable index is the search_names table, written by the write path; names
 * are never deleted, so this mirror only ever appends the rows past the last
 * name_id it has seen, and stays current at the cost of one indexed query.
 * Only a database replaced under the server (`npm run db:restore -- --force`)
 * breaks that: the last name this mirror read is then gone or another, and
 * the mirror is built again.
 */
export class NameIndex {
  private watermark = 0;
  readonly entityOf: number[] = [];
  readonly nameIdOf: number[] = [];
  readonly tokensOf: string[][] = [];
  readonly keysOf: string[][] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly deletionIndex = new Map<string, string[]>();

  /** Loads the names written since the last refresh. */
  refresh(db: DbOrTx): void {
    const st = statements(db);
    if (this.watermark > 0 && !this.continues(db)) this.clear();
    if ((st.watermark.get()?.id ?? 0) <= this.watermark) return;
    for (;;) {
      const rows = st.after.all({ after: this.watermark });
      for (const r of rows) this.add(r.nameId, r.entityId, r.tokens ? r.tokens.split(" ") : [], r.keys ? r.keys.split(" ") : []);
      if (rows.length === 0) return;
      this.watermark = rows[rows.length - 1]!.nameId;
    }
  }

  /** Whether the table still holds the last name read, as it was read (a name's tokens and keys never change). */
  private continues(db: DbOrTx): boolean {
    const last = statements(db).at.get({ nameId: this.watermark });
    const slot = this.entityOf.length - 1;
    return last !== undefined && last.tokens === this.tokensOf[slot]!.join(" ") && last.keys === this.keysOf[slot]!.join(" ");
  }

  private clear(): void {
    this.watermark = 0;
    for (const list of [this.entityOf, this.nameIdOf, this.tokensOf, this.keysOf]) list.length = 0;
    this.postings.clear();
    this.deletionIndex.clear();
  }

  private add(nameId: number, entityId: number, tokens: string[], keys: string[]): void {
    const slot = this.entityOf.length;
    this.entityOf.push(entityId);
    this.nameIdOf.push(nameId);
    this.tokensOf.push(tokens);
    this.keysOf.push(keys);
    for (const token of new Set(tokens)) {
      const list = this.postings.get(token);
      if (list) list.push(slot);
      else {
        this.postings.set(token, [slot]);
        if (token.length >= MIN_TYPO_LENGTH) {
          for (const variant of deletions(token)) {
            const words = this.deletionIndex.get(variant);
            if (words) words.push(token);
            else this.deletionIndex.set(variant, [token]);
          }
        }
      }
    }
    for (const key of new Set(keys)) {
      const term = KEY_PREFIX + key;
      const list = this.postings.get(term);
      if (list) list.push(slot);
      else this.postings.set(term, [slot]);
    }
  }

  get size(): number {
    return this.entityOf.length;
  }

  /** How many names hold the term. */
  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  namesWith(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** Vocabulary tokens that lose one letter to become `variant`. */
  tokensDeletingTo(variant: string): readonly string[] {
    return this.deletionIndex.get(variant) ?? [];
  }
}

const indexOf = perConnection(() => new NameIndex());

/** The connection's in-memory index, brought up to date with the names written since it was last used. */
export function nameIndex(db: DbOrTx): NameIndex {
  const index = indexOf(db);
  index.refresh(db);
  return index;
}

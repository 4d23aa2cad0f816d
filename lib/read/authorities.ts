import "server-only";
import { asc, inArray, sql } from "drizzle-orm";
import { authorities, programs } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";

export function listAuthorities(db: DbOrTx = getDb()): { code: string; name: string; country: string | null }[] {
  return db.select().from(authorities).orderBy(asc(authorities.code)).all();
}

/**
 * The data's name for each program code given (the search facets name
 * programs by code). Authorities may share a code (OFAC's SOMALIA and the
 * UN's Somalia): a code whose programs are named differently keeps its code.
 */
export function programNamesByCode(codes: readonly string[], db: DbOrTx = getDb()): Map<string, string> {
  const names = new Map<string, string>();
  if (codes.length === 0) return names;
  const rows = db
    .select({ code: programs.code, names: sql<string>`json_group_array(distinct ${programs.name})` })
    .from(programs)
    .where(inArray(programs.code, [...codes]))
    .groupBy(programs.code)
    .all();
  for (const row of rows) {
    const distinct = JSON.parse(row.names) as string[];
    names.set(row.code, distinct.length === 1 ? distinct[0]! : row.code);
  }
  return names;
}

import "server-only";
import { asc } from "drizzle-orm";
import { authorities } from "@/db/schema";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";

export function listAuthorities(db: DbOrTx = getDb()): { code: string; name: string; country: string | null }[] {
  return db.select().from(authorities).orderBy(asc(authorities.code)).all();
}

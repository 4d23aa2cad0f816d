import "server-only";
import { inArray } from "drizzle-orm";
import { sources } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";

export type SourceRef = {
  id: number;
  citation: string;
  kind: (typeof sources.$inferSelect)["kind"];
  title: string | null;
  url: string | null;
  sha256: string | null;
};

/** Loads the given sources in one query, keyed by id. */
export function loadSources(db: DbOrTx, ids: Iterable<number | null | undefined>): Map<number, SourceRef> {
  const wanted = [...new Set([...ids].filter((id): id is number => typeof id === "number"))];
  if (wanted.length === 0) return new Map();
  const rows = db
    .select({
      id: sources.id,
      citation: sources.citation,
      kind: sources.kind,
      title: sources.title,
      url: sources.url,
      sha256: sources.sha256,
    })
    .from(sources)
    .where(inArray(sources.id, wanted))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

export function sourceOf(map: Map<number, SourceRef>, id: number | null | undefined): SourceRef | null {
  return id == null ? null : (map.get(id) ?? null);
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { sources } from "@/db/schema";
import { type CommandContext, logChange, memoized, nowOf } from "./context";
import { preparedStatements } from "@/db/connection";

const statements = preparedStatements((db) => ({
  byCitation: db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.citation, sql.placeholder("citation")))
    .prepare(),
}));

export type SourceSpec = {
  citation: string;
  kind?: (typeof sources.$inferInsert)["kind"];
  title?: string;
  sha256?: string;
  publishedOn?: string;
  listKey?: string;
};

/**
 * Classifies a citation as the default data writes it: a URL, `seed: <article
 * title>` (an article the facts were compiled from), or a plain reference to a
 * document ("EU Official Journal, 14th package").
 */
function describe(citation: string): Pick<SourceSpec, "kind" | "title"> & { url: string | null } {
  if (/^https?:\/\//i.test(citation)) return { kind: "web", url: citation, title: undefined };
  const article = /^seed:\s*(.+)$/i.exec(citation);
  if (article) return { kind: "article", url: null, title: article[1]!.trim() };
  return { kind: "document", url: null, title: citation };
}

/** Finds or records a source; returns its id. Must run inside a command's transaction. */
export function ensureSource(ctx: CommandContext, spec: SourceSpec | string): number {
  const s = typeof spec === "string" ? { citation: spec } : spec;
  const citation = s.citation.trim();
  return memoized(ctx, "source", citation, () => findOrCreateSource(ctx, citation, s));
}

function findOrCreateSource(ctx: CommandContext, citation: string, s: SourceSpec): number {
  const existing = statements(ctx.db).byCitation.get({ citation });
  if (existing) return existing.id;
  const d = describe(citation);
  const row = {
    citation,
    kind: s.kind ?? d.kind ?? "document",
    title: s.title ?? d.title ?? null,
    url: d.url,
    sha256: s.sha256 ?? null,
    publishedOn: s.publishedOn ?? null,
    listKey: s.listKey ?? null,
    recordedAt: nowOf(ctx),
  };
  const { id } = ctx.db.insert(sources).values(row).returning({ id: sources.id }).get();
  logChange(ctx, { action: "source.create", subjectType: "source", subjectId: id, after: row });
  return id;
}

export function ensureSources(ctx: CommandContext, citations: readonly string[]): number[] {
  return [...new Set(citations.map((c) => c.trim()))].map((c) => ensureSource(ctx, c));
}

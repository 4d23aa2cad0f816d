import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";

/**
 * docs/ARCHITECTURE.md, "Who writes each table": tables are written by the
 * commands in lib/commands/ and by three modules named there with the reason.
 * A write anywhere else (a drizzle insert/update/delete on a table, or raw
 * SQL) fails here, so a new writer is either a command or named in the note.
 */
const NAMED_WRITERS: Record<string, string[]> = {
  "lib/auth/sessions.ts": ["sessions"],
  "lib/auth/sign-in.ts": ["login_attempts"],
  "lib/search/indexer.ts": ["search_names", "search_meta"],
};

const root = join(__dirname, "..");
const tables = new Map<string, string>(
  Object.entries(schema)
    .filter(([, v]) => is(v, SQLiteTable))
    .map(([name, table]) => [name, getTableName(table as SQLiteTable)]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The tables a file writes: drizzle `.insert(table)`, `.update(table)`, `.delete(table)`, and raw `insert into`/`update … set`/`delete from`. */
function tablesWritten(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\.(?:insert|update|delete)\(\s*(?:schema\.)?(\w+)\s*\)/g)) {
    const table = tables.get(m[1]!);
    if (table) out.add(table);
  }
  for (const m of text.matchAll(
    /\b(?:insert\s+(?:or\s+\w+\s+)?into|delete\s+from|update)\s+(?:\$\{(?:schema\.)?(\w+)\}|"?(\w+)"?\s+set\b)/gi,
  )) {
    const table = m[1] ? tables.get(m[1]) : [...tables.values()].find((t) => t === m[2]);
    if (table) out.add(table);
  }
  return out;
}

describe("who writes each table", () => {
  const files = ["app", "lib", "scripts", "components"].flatMap(sourceFiles).map((f) => relative(root, join(root, f)));

  it("finds the writes it looks for", () => {
    expect([...tablesWritten(readFileSync(join(root, "lib/commands/import-runs.ts"), "utf8"))]).toEqual(["import_runs"]);
    expect([...tablesWritten(readFileSync(join(root, "lib/commands/list-records.ts"), "utf8"))]).toEqual(["list_records"]);
    expect(tablesWritten(readFileSync(join(root, "lib/commands/merge.ts"), "utf8")).has("entity_identifiers")).toBe(true);
  });

  it("is a command in lib/commands/ or a module ARCHITECTURE.md names as a writer", () => {
    const stray: string[] = [];
    for (const file of files) {
      if (file.startsWith("lib/commands/")) continue;
      const allowed = NAMED_WRITERS[file] ?? [];
      for (const table of tablesWritten(readFileSync(join(root, file), "utf8"))) {
        if (!allowed.includes(table)) stray.push(`${file} writes ${table}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it("every named writer is in ARCHITECTURE.md's table", () => {
    const note = readFileSync(join(root, "docs/ARCHITECTURE.md"), "utf8");
    for (const [file, written] of Object.entries(NAMED_WRITERS)) {
      for (const table of written) expect(note).toMatch(new RegExp(`\\| [^\\n]*\`${table}\`[^\\n]*\\| \`${file}\``));
    }
  });
});

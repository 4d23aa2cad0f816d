/**
 * npm run bench:import
 * Times the importers on the real lists, each into a fresh temporary database
 * holding the seed facts, the way `npm run import` runs them (read, parse,
 * import): OFAC SDN 2023-12-28 (bundled), the UN list (bundled), the delta of
 * one OFAC publication over the previous one, and the re-import of an
 * unchanged list. Prints seconds and records per second; asserts nothing.
 * The older OFAC publications are read from ../shared/data when present.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadSeed } from "@/lib/seed/load-seed";
import { FORMATS, importListAt, type FormatName } from "@/lib/importers/formats";
import type { ImportSummary } from "@/lib/importers/run-import";

const OFAC_2023 = "data/lists/ofac-sdn-2023-12-28";
const UN = "data/lists/un/consolidated-2026-02-27.xml";
const SHARED = path.resolve("../shared/data/ofac");

function freshDb(): { db: Db; dir: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const db = openDatabase(path.join(dir, "tracker.db"));
  migrateDatabase(db);
  loadSeed(db);
  return { db, dir, dispose: () => (db.$client.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** Tables an import writes, parents first. */
const IMPORT_TABLES = [
  "sources",
  "programs",
  "import_runs",
  "entities",
  "entity_refs",
  "entity_names",
  "search_names",
  "entity_identifiers",
  "entity_attributes",
  "designations",
  "designation_sources",
  "relationships",
  "list_records",
  "possible_matches",
  "change_log",
];

/**
 * The floor under a first import: the rows it wrote (read back from `imported`),
 * written again into a copy of the database as it was before (`before`) with
 * plain prepared INSERTs in one transaction, committed. No parsing, validation,
 * search keys, JSON or merging: what SQLite alone needs for the same rows.
 */
function rawWriteFloor(before: string, imported: Db): { rows: number; seconds: number } {
  const file = `${before}.floor`;
  fs.copyFileSync(before, file);
  const target = openDatabase(file).$client;
  const old = new Database(before, { readonly: true });
  const added = IMPORT_TABLES.map((table) => {
    const had = new Set(
      old
        .prepare(`select * from ${table}`)
        .raw()
        .all()
        .map((r) => JSON.stringify(r)),
    );
    const stmt = imported.$client.prepare(`select * from ${table}`);
    const columns = stmt.columns().map((c) => c.name);
    const rows = (stmt.raw().all() as unknown[][]).filter((r) => !had.has(JSON.stringify(r)));
    // "or ignore": the few entities a merge updated are already there.
    const insert = target.prepare(`insert or ignore into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})`);
    return { insert, rows };
  });
  old.close();
  // Counted as written, so the rows a merge only updated are not in the figure.
  let written = 0;
  const t0 = performance.now();
  target
    .transaction(() => {
      for (const { insert, rows } of added) for (const row of rows) written += insert.run(row).changes;
    })
    .immediate();
  const seconds = (performance.now() - t0) / 1000;
  target.close();
  return { rows: written, seconds };
}

const rows: string[][] = [];
let floor: { rows: number; seconds: number } | undefined;
function time(label: string, run: () => ImportSummary) {
  const t0 = performance.now();
  const s = run();
  const seconds = (performance.now() - t0) / 1000;
  rows.push([
    label,
    String(s.records),
    seconds.toFixed(2),
    Math.round(s.records / seconds).toLocaleString("en-US"),
    `+${s.added} ~${s.changed} -${s.removed}`,
  ]);
}

const imp = (db: Db, format: FormatName, dir: string, publishedOn?: string) => () => importListAt(db, format, dir, { publishedOn });

{
  const { db, dir, dispose } = freshDb();
  const before = path.join(dir, "before.db");
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  fs.copyFileSync(path.join(dir, "tracker.db"), before);
  time("OFAC SDN 2023-12-28 into a fresh database", imp(db, "ofac", OFAC_2023, "2023-12-28"));
  floor = rawWriteFloor(before, db);
  time("OFAC SDN 2023-12-28 again (unchanged)", imp(db, "ofac", OFAC_2023, "2023-12-28"));
  time("UN consolidated 2026-02-27 (after OFAC)", imp(db, "un", UN));
  time("UN consolidated again (unchanged)", imp(db, "un", UN));
  dispose();
}
{
  const { db, dispose } = freshDb();
  time("UN consolidated into a fresh database", imp(db, "un", UN));
  dispose();
}
if (fs.existsSync(path.join(SHARED, "2021-07"))) {
  const { db, dispose } = freshDb();
  importListAt(db, "ofac", path.join(SHARED, "2019-01"), { publishedOn: "2019-01-15" });
  time("OFAC delta 2019-01 → 2021-07", imp(db, "ofac", path.join(SHARED, "2021-07"), "2021-07-15"));
  time("OFAC delta 2021-07 → 2023-12-28", imp(db, "ofac", OFAC_2023, "2023-12-28"));
  dispose();
} else {
  console.log(`(delta benchmark skipped: ${SHARED} not found)`);
}
{
  // For the record: how much of a first import is reading and parsing the files.
  const t0 = performance.now();
  const parsed = FORMATS.ofac.parse(OFAC_2023);
  const seconds = (performance.now() - t0) / 1000;
  rows.push([
    "(OFAC SDN 2023-12-28: reading and parsing alone)",
    String(parsed.records.length),
    seconds.toFixed(2),
    Math.round(parsed.records.length / seconds).toLocaleString("en-US"),
    "",
  ]);
}

if (floor) {
  rows.push([
    `(the ${floor.rows.toLocaleString("en-US")} rows of the first OFAC import, as plain INSERTs)`,
    "",
    floor.seconds.toFixed(2),
    "",
    "",
  ]);
}

const header = ["import (read + parse + write)", "records", "seconds", "records/s", "delta"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`\n${line(header)}\n${rows.map(line).join("\n")}`);
console.log(`\nNode ${process.version}, ${os.cpus().length} cores; targets: OFAC fresh ≤ 3 s, delta ≤ 3 s, UN ≤ 1 s, unchanged ≤ 1 s.`);

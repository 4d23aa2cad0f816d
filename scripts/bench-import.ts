/**
 * npm run bench:import
 * Times the importers on the real lists, each into a fresh temporary database
 * holding the seed facts: OFAC SDN 2023-12-28 (bundled), the UN list (bundled),
 * the delta of one OFAC publication over the previous one, and the re-import
 * of an unchanged list. Prints seconds and records per second; asserts nothing.
 * The older OFAC publications are read from ../shared/data when present.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { loadSeed } from "@/lib/seed/load-seed";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { importList } from "@/lib/importers/run-import";
import type { ListKey } from "@/db/schema";
import type { ParsedList } from "@/lib/importers/types";

const OFAC_2023 = "data/lists/ofac-sdn-2023-12-28";
const UN = "data/lists/un/consolidated-2026-02-27.xml";
const SHARED = path.resolve("../shared/data/ofac");

function freshDb(): { db: Db; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const db = openDatabase(path.join(dir, "tracker.db"));
  migrateDatabase(db);
  loadSeed(db);
  return { db, dispose: () => (db.$client.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

const rows: string[][] = [];
function time(label: string, parse: () => ParsedList, run: (parsed: ParsedList) => { records: number; added: number; changed: number; removed: number }) {
  const t0 = performance.now();
  const parsed = parse();
  const t1 = performance.now();
  const s = run(parsed);
  const t2 = performance.now();
  const total = (t2 - t0) / 1000;
  rows.push([
    label,
    String(s.records),
    ((t1 - t0) / 1000).toFixed(2),
    ((t2 - t1) / 1000).toFixed(2),
    total.toFixed(2),
    Math.round(s.records / total).toLocaleString("en-US"),
    `+${s.added} ~${s.changed} -${s.removed}`,
  ]);
}

const imp = (db: Db, listKey: ListKey, publishedOn?: string) => (parsed: ParsedList) =>
  importList(db, { listKey, parsed, publishedOn });

{
  const { db, dispose } = freshDb();
  time("OFAC SDN 2023-12-28 into a fresh database", () => parseOfacSdn(OFAC_2023), imp(db, "ofac-sdn", "2023-12-28"));
  time("OFAC SDN 2023-12-28 again (unchanged)", () => parseOfacSdn(OFAC_2023), imp(db, "ofac-sdn", "2023-12-28"));
  time("UN consolidated 2026-02-27 (after OFAC)", () => parseUnConsolidated(UN), imp(db, "un-consolidated"));
  time("UN consolidated again (unchanged)", () => parseUnConsolidated(UN), imp(db, "un-consolidated"));
  dispose();
}
{
  const { db, dispose } = freshDb();
  time("UN consolidated into a fresh database", () => parseUnConsolidated(UN), imp(db, "un-consolidated"));
  dispose();
}
if (fs.existsSync(path.join(SHARED, "2021-07"))) {
  const { db, dispose } = freshDb();
  importList(db, { listKey: "ofac-sdn", parsed: parseOfacSdn(path.join(SHARED, "2019-01")), publishedOn: "2019-01-15" });
  time("OFAC delta 2019-01 → 2021-07", () => parseOfacSdn(path.join(SHARED, "2021-07")), imp(db, "ofac-sdn", "2021-07-15"));
  time("OFAC delta 2021-07 → 2023-12-28", () => parseOfacSdn(OFAC_2023), imp(db, "ofac-sdn", "2023-12-28"));
  dispose();
} else {
  console.log(`(delta benchmark skipped: ${SHARED} not found)`);
}

const header = ["import", "records", "parse s", "import s", "total s", "records/s", "delta"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`\n${line(header)}\n${rows.map(line).join("\n")}`);
console.log(`\nNode ${process.version}, ${os.cpus().length} cores; targets: OFAC fresh ≤ 3 s, delta ≤ 3 s, UN ≤ 1 s, unchanged ≤ 1 s.`);

/**
 * npm run bench:match [-- --db path] [-- --verbose]
 * Runs the labelled query set data/match/public.jsonl against a database of
 * the default data (seed facts + OFAC SDN 2023-12-28 + UN list), built fresh in
 * a temporary file unless --db names one, and prints recall@1 and recall@10 per
 * category and the share of negative queries that return anything at or above
 * the default threshold. Prints figures; asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { setupDatabase } from "@/lib/setup";
import { search, DEFAULT_THRESHOLD } from "@/lib/search/engine";

type Query = { id: string; query: string; expect: string[]; category: string; kind_hint?: string };

const { values } = parseArgs({ options: { db: { type: "string" }, verbose: { type: "boolean", default: false } } });
let file = values.db;
let dispose = () => {};
if (!file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-match-"));
  file = path.join(dir, "tracker.db");
  dispose = () => fs.rmSync(dir, { recursive: true, force: true });
}
const db = openDatabase(file);
const t0 = performance.now();
setupDatabase(db);
console.log(`database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${file})`);

const queries: Query[] = fs
  .readFileSync("data/match/public.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Query);

/** Queries that expect something count toward recall; those that expect nothing (negatives, wrong check digits) toward false positives. */
type Tally = { n: number; positives: number; at1: number; at10: number; empties: number; falsePositive: number };
const byCategory = new Map<string, Tally>();
const times: number[] = [];
const failures: string[] = [];
for (const q of queries) {
  const started = performance.now();
  const response = search({ q: q.query, limit: 10 }, db);
  times.push(performance.now() - started);
  const tally = byCategory.get(q.category) ?? { n: 0, positives: 0, at1: 0, at10: 0, empties: 0, falsePositive: 0 };
  tally.n++;
  if (q.expect.length === 0) {
    tally.empties++;
    const hit = response.results.find((r) => r.score >= DEFAULT_THRESHOLD);
    if (hit) {
      tally.falsePositive++;
      failures.push(`${q.category.padEnd(20)} ${q.query}  →  ${hit.name} (${hit.score})`);
    }
  } else {
    tally.positives++;
    const rank = response.results.findIndex((r) => r.refs.some((ref) => q.expect.includes(ref)));
    if (rank === 0) tally.at1++;
    if (rank >= 0 && rank < 10) tally.at10++;
    if (rank !== 0) {
      const top = response.results[0];
      failures.push(
        `${q.category.padEnd(20)} ${q.query}  →  ${rank < 0 ? "not in top 10" : `rank ${rank + 1}`}; top: ${top ? `${top.name} (${top.score}) [${top.refs.join(",")}]` : "nothing"}; want ${q.expect.join(",")}`,
      );
    }
  }
  byCategory.set(q.category, tally);
}

const rows = [...byCategory].sort(([a], [b]) => a.localeCompare(b));
const pct = (x: number, n: number) => (n ? (x / n).toFixed(3) : "—");
console.log(`\n${"category".padEnd(22)}${"n".padStart(5)}${"recall@1".padStart(11)}${"recall@10".padStart(11)}${"empty≥thr".padStart(11)}`);
let n = 0,
  at1 = 0,
  at10 = 0,
  pos = 0,
  neg = 0,
  fp = 0;
for (const [category, t] of rows) {
  console.log(
    `${category.padEnd(22)}${String(t.n).padStart(5)}${pct(t.at1, t.positives).padStart(11)}${pct(t.at10, t.positives).padStart(11)}${(t.empties ? `${t.falsePositive}/${t.empties}` : "").padStart(11)}`,
  );
  n += t.n;
  neg += t.empties;
  fp += t.falsePositive;
  pos += t.positives;
  at1 += t.at1;
  at10 += t.at10;
}
console.log(
  `${"overall".padEnd(22)}${String(n).padStart(5)}${pct(at1, pos).padStart(11)}${pct(at10, pos).padStart(11)}${`${fp}/${neg}`.padStart(11)}`,
);
console.log(
  "(empty≥thr: queries that expect nothing, such as negatives and wrong check digits, yet return a result at or above the threshold)",
);
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(
  `\nthreshold ${DEFAULT_THRESHOLD}; data-layer latency over these ${times.length} queries: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms`,
);
if (values.verbose) console.log(`\nmisses and false positives:\n${failures.join("\n")}`);
else console.log(`(${failures.length} misses and false positives; --verbose lists them)`);
db.$client.close();
dispose();

/**
 * Measures the text layer against the labelled queries (not a test; not run by
 * `npm test`):
 *
 *   npx tsx --conditions=react-server tests/search/measure-keys.ts [--failures] [--scores] [--speed-runs N]
 *
 * For each query of the categories where keys should meet (hangul,
 * korean_romanization, cyrillic, punctuation_case, reorder, exact, alias): does
 * the query's key set equal, cover, or overlap (Jaccard ≥ 0.67) the key set of
 * one name of an expected target? For `negative` queries: how many listed names
 * (every OFAC and UN name and alias, and the seed names) share at least two
 * keys with the query, and how many have all of the query's keys?
 * With --scores, also nameSimilarity (unweighted) of each query with its best
 * target name, per category, and of each negative query with its best listed
 * name (slow: every negative query against every name).
 * Then the speed of normalizeName over every listed name.
 */
import { readFileSync } from "node:fs";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { isLegalForm, nameSimilarity, normalizeName, type NormalizedName } from "@/lib/search/text";

const ROOT = new URL("../../", import.meta.url).pathname;
const showFailures = process.argv.includes("--failures");
const showScores = process.argv.includes("--scores");
const runsArg = process.argv.indexOf("--speed-runs");
const speedRuns = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

type Query = { id: string; query: string; expect: string[]; category: string };
type Listed = { ref: string; value: string };

function loadNames(): Listed[] {
  const names: Listed[] = [];
  const ofac = parseOfacSdn(`${ROOT}data/lists/ofac-sdn-2023-12-28`);
  const un = parseUnConsolidated(`${ROOT}data/lists/un/consolidated-2026-02-27.xml`);
  for (const [prefix, list] of [
    ["ofac", ofac],
    ["un", un],
  ] as const) {
    for (const r of list.records) {
      names.push({ ref: `${prefix}:${r.recordId}`, value: r.name });
      for (const n of r.names) names.push({ ref: `${prefix}:${r.recordId}`, value: n.value });
    }
  }
  const seed = JSON.parse(readFileSync(`${ROOT}data/seed/seed-facts.json`, "utf8")) as {
    entities: { key: string; name: string; names?: { value: string }[] }[];
  };
  for (const e of seed.entities) {
    names.push({ ref: `seed:${e.key}`, value: e.name });
    for (const n of e.names ?? []) names.push({ ref: `seed:${e.key}`, value: n.value });
  }
  return names;
}

const queries: Query[] = readFileSync(`${ROOT}data/match/public.jsonl`, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Query);

const listed = loadNames();
const normalized: NormalizedName[] = listed.map((n) => normalizeName(n.value));
const byRef = new Map<string, number[]>();
listed.forEach((n, i) => {
  const list = byRef.get(n.ref) ?? [];
  list.push(i);
  byRef.set(n.ref, list);
});

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const k of a) if (b.has(k)) inter++;
  return inter / (a.size + b.size - inter);
}

const CATEGORIES = ["hangul", "korean_romanization", "cyrillic", "punctuation_case", "reorder", "exact", "alias"];
console.log(`${listed.length} listed names (OFAC 2023-12-28, UN 2026-02-27, seed)\n`);
console.log("category              n  equal  covers  jaccard>=0.67");
const failures: string[] = [];
for (const category of CATEGORIES) {
  const qs = queries.filter((q) => q.category === category);
  let equal = 0;
  let covers = 0;
  let near = 0;
  for (const q of qs) {
    const qn = normalizeName(q.query);
    const qk = new Set(qn.keys);
    let best = { equal: false, covers: false, j: 0, name: "", keys: "" };
    for (const ref of q.expect) {
      for (const i of byRef.get(ref) ?? []) {
        const tk = new Set(normalized[i]!.keys);
        const isEqual = tk.size === qk.size && [...tk].every((k) => qk.has(k));
        const isCover = [...tk].every((k) => qk.has(k));
        const j = jaccard(qk, tk);
        if (Number(isEqual) * 4 + Number(isCover) * 2 + j > Number(best.equal) * 4 + Number(best.covers) * 2 + best.j) {
          best = { equal: isEqual, covers: isCover, j, name: listed[i]!.value, keys: normalized[i]!.keys.join("·") };
        }
      }
    }
    if (best.equal) equal++;
    if (best.covers) covers++;
    if (best.j >= 0.67) near++;
    if (!best.equal) {
      failures.push(
        `${q.id} ${category.padEnd(20)} ${JSON.stringify(q.query)} [${qn.keys.join("·")}]  best: ${JSON.stringify(best.name)} [${best.keys}] j=${best.j.toFixed(2)}`,
      );
    }
  }
  console.log(
    `${category.padEnd(20)} ${String(qs.length).padStart(3)}  ${String(equal).padStart(5)}  ${String(covers).padStart(6)}  ${String(near).padStart(13)}`,
  );
}

// Negative queries: listed names sharing keys.
const postings = new Map<string, number[]>();
normalized.forEach((n, i) => {
  for (const k of new Set(n.keys)) {
    const list = postings.get(k) ?? [];
    list.push(i);
    postings.set(k, list);
  }
});
console.log("\nnegative queries: listed names sharing >= 2 keys / >= 2 keys besides legal forms / all keys of the query");
let totalTwo = 0;
let totalTwoNames = 0;
let totalAll = 0;
for (const q of queries.filter((x) => x.category === "negative")) {
  const qk = [...new Set(normalizeName(q.query).keys)];
  const counts = new Map<number, number>();
  const nameCounts = new Map<number, number>();
  for (const k of qk) {
    for (const i of postings.get(k) ?? []) {
      counts.set(i, (counts.get(i) ?? 0) + 1);
      if (!isLegalForm(k)) nameCounts.set(i, (nameCounts.get(i) ?? 0) + 1);
    }
  }
  const two = [...counts].filter(([, c]) => c >= 2);
  const twoNames = [...nameCounts].filter(([, c]) => c >= 2);
  const all = two.filter(([, c]) => c === qk.length);
  totalTwo += two.length;
  totalTwoNames += twoNames.length;
  totalAll += all.length;
  const sample = two
    .slice(0, 3)
    .map(([i]) => JSON.stringify(listed[i]!.value))
    .join(", ");
  console.log(
    `  ${q.id} ${JSON.stringify(q.query).padEnd(36)} [${qk.join("·")}] >=2: ${String(two.length).padStart(3)} / ${String(twoNames.length).padStart(3)}  all: ${all.length}${two.length ? `  e.g. ${sample}` : ""}`,
  );
}
console.log(
  `  total: ${totalTwo} names share >= 2 keys (${totalTwoNames} besides legal forms), ${totalAll} have all keys of a negative query`,
);

if (showFailures) {
  console.log(`\nqueries whose keys do not equal any target name's keys (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
} else {
  console.log(`\n${failures.length} queries without an equal key set (--failures lists them)`);
}

if (showScores) {
  console.log("\nnameSimilarity, unweighted (query vs its best target name):");
  console.log("category              n  >=0.95  >=0.88  >=0.80  min");
  const cats = [...new Set(queries.map((q) => q.category))].filter((c) => c !== "identifier" && c !== "negative");
  for (const category of cats) {
    const scores = queries
      .filter((q) => q.category === category)
      .map((q) => {
        const qn = normalizeName(q.query);
        let best = 0;
        for (const ref of q.expect) for (const i of byRef.get(ref) ?? []) best = Math.max(best, nameSimilarity(qn, normalized[i]!).score);
        return best;
      });
    const at = (t: number) => String(scores.filter((s) => s >= t).length).padStart(6);
    console.log(
      `${category.padEnd(20)} ${String(scores.length).padStart(3)}  ${at(0.95)}  ${at(0.88)}  ${at(0.8)}  ${Math.min(...scores).toFixed(2)}`,
    );
  }
  console.log("negative queries: best nameSimilarity over every listed name");
  for (const q of queries.filter((x) => x.category === "negative")) {
    const qn = normalizeName(q.query);
    let best = 0;
    let name = "";
    normalized.forEach((n, i) => {
      const score = nameSimilarity(qn, n).score;
      if (score > best) [best, name] = [score, listed[i]!.value];
    });
    console.log(`  ${q.id} ${JSON.stringify(q.query).padEnd(36)} ${best.toFixed(3)}  ${JSON.stringify(name)}`);
  }
}

// Speed.
const values = listed.map((n) => n.value);
for (const v of values) normalizeName(v); // warm up
const times: number[] = [];
for (let run = 0; run < speedRuns; run++) {
  const start = process.hrtime.bigint();
  for (const v of values) normalizeName(v);
  times.push(Number(process.hrtime.bigint() - start) / 1000 / values.length);
}
times.sort((a, b) => a - b);
const korean = normalized.filter((n) => n.korean).length;
console.log(
  `\nnormalizeName: ${values.length} names, ${korean} read as Korean; µs per name over ${speedRuns} runs: best ${times[0]!.toFixed(2)}, median ${times[Math.floor(times.length / 2)]!.toFixed(2)}`,
);

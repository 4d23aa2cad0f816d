/**
 * npm run bench:screen [-- --names 10000] [-- --batch 100] [-- --concurrency 4] [-- --url http://host:port] [-- --verbose]
 *
 * Screens names through POST /api/match on the production server over the
 * default data (started on a fresh database on 127.0.0.1:BENCH_PORT, 3223,
 * unless --url names a running one): the queries of the labelled set
 * data/match/public.jsonl, then realistic names that are not listed (people
 * and companies, Latin, Hangul and Cyrillic, generated from name parts with a
 * fixed seed) up to --names, in batches of --batch queries with --concurrency
 * requests in flight. Prints names per second, the time per batch (p50, p99),
 * the quality on the labelled set (recall@1 and within the results by the
 * referents, false positives on the negatives at the default threshold), and
 * where a batch's time goes (screening engine, building the FtM results, JSON),
 * measured in this process on the server's database. Asserts nothing.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { matchResponse, screenAll } from "@/lib/api/match";
import { matchBodySchema, matchParamsSchema, type MatchSchema } from "@/lib/validation/match";
import { percentile, startServer, stopServer, waitUntilUp, type BenchServer } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT || 3223);
const { values } = parseArgs({
  options: {
    names: { type: "string", default: "10000" },
    batch: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
    url: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const TOTAL = Number(values.names);
const BATCH = Number(values.batch);
const CONCURRENCY = Number(values.concurrency);

type Labelled = { id: string; query: string; expect: string[]; category: string; kind_hint?: string | null };
type Query = { schema: MatchSchema; properties: Record<string, string[]> };
type Result = { referents: string[]; score: number; match: boolean; caption: string };
type MatchJson = { responses: Record<string, { results: Result[] }>; threshold: number; limit: number };

const SCHEMA_OF_KIND: Record<string, MatchSchema> = { individual: "Person", organization: "Organization", vessel: "Vessel" };

/** A labelled query as a yente client would send it: identifiers in their property, names in `name`. */
function labelledQuery(q: Labelled): Query {
  const schema = SCHEMA_OF_KIND[q.kind_hint ?? ""] ?? "Thing";
  return q.category === "identifier" ? { schema, properties: { imoNumber: [q.query] } } : { schema, properties: { name: [q.query] } };
}

/** mulberry32: the same names on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  "Thomas Anna Lucas Clara Martin Sofia Pierre Elena Jonas Marta Luca Ingrid Pablo Chiara Henrik Aoife Mateo Greta " +
  "Oliver Noemi Felix Ines Tobias Lena Hugo Zofia Emil Carmen Arjun Priya Kenji Yuki Tariq Leila Samuel Hannah Diego Beatriz Nils Freya"
).split(" ");
const LAST = (
  "Castellano Moreau Novak Brennan Lindqvist Okafor Haddad Fischer Romano Kowalczyk Dubois Jensen Alvarez Rossi Nakamura " +
  "Schneider Fontaine Varga Oyelaran Petersen Marchetti Svensson Keller Laurent Hoffmann Bianchi Wagner Costa Ferreira Almeida " +
  "Eriksen Virtanen Horvath Nowak Delacroix Gallagher Thornton Whitfield Ashworth Pemberton"
).split(" ");
const STEMS = (
  "Northwind Blue Harbor Silverline Greenfield Brightwater Redstone Oakridge Clearview Summit Horizon Riverbend Meadowlark " +
  "Ironbridge Sunpeak Westgate Amberfield Cedarline Falconcrest Lakeshore Stonebridge Maplewood Highland Coastline Evergreen"
).split(" ");
const SECTORS = (
  "Logistics Textiles Software Dairy Furniture Ceramics Consulting Packaging Bakery Optics Robotics Printing Foods Timber " +
  "Analytics Pharmacy Apparel Hardware Interiors Catering"
).split(" ");
const FORMS = ["GmbH", "Ltd", "LLC", "S.A.", "B.V.", "Oy", "AB", "S.r.l.", "Pty Ltd", "Inc.", "SAS", "A/S", "Sp. z o.o.", "K.K."];
const COUNTRIES = ["de", "fr", "nl", "se", "fi", "it", "es", "gb", "ie", "us", "ca", "au", "jp", "br", "pl", "at"];
const HANGUL_FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
const HANGUL_GIVEN = "민준 서연 도윤 하은 시우 지유 예준 수아 주원 지아 하준 서윤 지호 채원 준서 다은 건우 소율 현우 예린".split(" ");
const RU_FIRST = "Алексей Мария Дмитрий Анна Сергей Ольга Андрей Татьяна Павел Наталья Михаил Елена Николай Ирина Артём Светлана".split(
  " ",
);
const RU_PATRONYMIC_M = "Петрович Иванович Сергеевич Андреевич Николаевич Михайлович Павлович Алексеевич".split(" ");
const RU_PATRONYMIC_F = "Петровна Ивановна Сергеевна Андреевна Николаевна Михайловна Павловна Алексеевна".split(" ");
const RU_LAST = "Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров".split(
  " ",
);
const RU_FEMALE = new Set(["Мария", "Анна", "Ольга", "Татьяна", "Наталья", "Елена", "Ирина", "Светлана"]);

/** Names no list holds, as a bank's counterparties would be: people and companies, mostly Latin, some Hangul and Cyrillic. */
function generatedQueries(n: number): Query[] {
  const r = random(20261206);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: Query[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.45) {
      const properties: Record<string, string[]> = {
        name: [r() < 0.5 ? `${pick(FIRST)} ${pick(LAST)}` : `${pick(LAST).toUpperCase()} ${pick(FIRST)}`],
      };
      if (r() < 0.4) properties.birthDate = [`${1950 + Math.floor(r() * 50)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`];
      if (r() < 0.4) properties.nationality = [pick(COUNTRIES)];
      out.push({ schema: "Person", properties });
    } else if (roll < 0.8) {
      const properties: Record<string, string[]> = { name: [`${pick(STEMS)} ${pick(SECTORS)} ${pick(FORMS)}`] };
      if (r() < 0.5) properties.jurisdiction = [pick(COUNTRIES)];
      out.push({ schema: r() < 0.5 ? "Company" : "Organization", properties });
    } else if (roll < 0.9) {
      out.push({ schema: "Person", properties: { name: [`${pick(HANGUL_FAMILY)}${pick(HANGUL_GIVEN)}`] } });
    } else {
      const first = pick(RU_FIRST);
      const female = RU_FEMALE.has(first);
      const last = `${pick(RU_LAST)}${female ? "а" : ""}`;
      out.push({ schema: "Person", properties: { name: [`${last} ${first} ${pick(female ? RU_PATRONYMIC_F : RU_PATRONYMIC_M)}`] } });
    }
  }
  return out;
}

const labelled: Labelled[] = fs
  .readFileSync("data/match/public.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Labelled);
const queries: Query[] = [...labelled.map(labelledQuery), ...generatedQueries(Math.max(0, TOTAL - labelled.length))];

const batches: Record<string, Query>[] = [];
for (let i = 0; i < queries.length; i += BATCH) {
  batches.push(Object.fromEntries(queries.slice(i, i + BATCH).map((q, j) => [`q${i + j}`, q])));
}

async function post(baseUrl: string, batch: Record<string, Query>): Promise<{ ms: number; bytes: number; json: MatchJson }> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/match`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queries: batch }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`POST /api/match: HTTP ${res.status}: ${text.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(text), json: JSON.parse(text) as MatchJson };
}

/** Every batch, `CONCURRENCY` requests in flight; the answers by query key. */
async function screenEverything(baseUrl: string) {
  const times: number[] = [];
  const answers = new Map<string, Result[]>();
  let bytes = 0;
  let threshold = NaN;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const r = await post(baseUrl, batch);
        times.push(r.ms);
        bytes += r.bytes;
        threshold = r.json.threshold;
        for (const [key, resp] of Object.entries(r.json.responses)) answers.set(key, resp.results);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, times: times.sort((a, b) => a - b), answers, bytes, threshold };
}

function quality(answers: Map<string, Result[]>) {
  type Tally = { n: number; positives: number; at1: number; atLimit: number; negatives: number; falsePositive: number };
  const byCategory = new Map<string, Tally>();
  const failures: string[] = [];
  labelled.forEach((q, i) => {
    const results = answers.get(`q${i}`) ?? [];
    const t = byCategory.get(q.category) ?? { n: 0, positives: 0, at1: 0, atLimit: 0, negatives: 0, falsePositive: 0 };
    t.n++;
    if (q.expect.length === 0) {
      t.negatives++;
      const hit = results.find((r) => r.match);
      if (hit) {
        t.falsePositive++;
        failures.push(`${q.category.padEnd(20)} ${q.query}  →  ${hit.caption} (${hit.score})`);
      }
    } else {
      t.positives++;
      const rank = results.findIndex((r) => r.referents.some((ref) => q.expect.includes(ref)));
      if (rank === 0) t.at1++;
      if (rank >= 0) t.atLimit++;
      else
        failures.push(
          `${q.category.padEnd(20)} ${q.query}  →  not found; top: ${results[0]?.caption ?? "nothing"}; want ${q.expect.join(",")}`,
        );
    }
    byCategory.set(q.category, t);
  });
  const pct = (x: number, n: number) => (n ? (x / n).toFixed(3) : "—");
  console.log(`\n${"category".padEnd(22)}${"n".padStart(5)}${"recall@1".padStart(11)}${"in results".padStart(12)}${"FP".padStart(9)}`);
  const sum = { n: 0, positives: 0, at1: 0, atLimit: 0, negatives: 0, falsePositive: 0 };
  for (const [category, t] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${category.padEnd(22)}${String(t.n).padStart(5)}${pct(t.at1, t.positives).padStart(11)}${pct(t.atLimit, t.positives).padStart(12)}${(t.negatives ? `${t.falsePositive}/${t.negatives}` : "").padStart(9)}`,
    );
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += t[k];
  }
  console.log(
    `${"overall".padEnd(22)}${String(sum.n).padStart(5)}${pct(sum.at1, sum.positives).padStart(11)}${pct(sum.atLimit, sum.positives).padStart(12)}${`${sum.falsePositive}/${sum.negatives}`.padStart(9)}`,
  );
  console.log(
    "(recall by the results' referents; FP: queries that expect nothing, negatives and wrong check digits, with a result at `match: true`)",
  );
  if (values.verbose) console.log(`\nmisses and false positives:\n${failures.join("\n")}`);
  else console.log(`(${failures.length} misses and false positives; --verbose lists them)`);
}

/** Where a batch's time goes, in this process on the server's database: the engine, the FtM results, the JSON text. */
function profile(databasePath: string) {
  const db = openDatabase(databasePath);
  try {
    const params = matchParamsSchema.parse({});
    const parsed = batches.map((b) => matchBodySchema.parse({ queries: b }));
    screenAll(parsed[0]!, params, db); // the in-memory index is built on first use
    let engine = 0;
    let build = 0;
    let json = 0;
    const sample = parsed.slice(0, Math.min(parsed.length, 20));
    for (const body of sample) {
      const t0 = performance.now();
      const screened = screenAll(body, params, db);
      const t1 = performance.now();
      const response = matchResponse(screened, params, db);
      const t2 = performance.now();
      JSON.stringify(response);
      const t3 = performance.now();
      engine += t1 - t0;
      build += t2 - t1;
      json += t3 - t2;
    }
    const per = (ms: number) => `${(ms / sample.length).toFixed(1)} ms`;
    const total = engine + build + json;
    const share = (ms: number) => `${((100 * ms) / total).toFixed(0)}%`;
    console.log(`\nWhere a batch of ${BATCH} goes (in this process, ${sample.length} batches, mean per batch):`);
    console.log(`  screening engine      ${per(engine).padStart(10)}  ${share(engine)}`);
    console.log(`  FtM results (reads)   ${per(build).padStart(10)}  ${share(build)}`);
    console.log(`  JSON.stringify        ${per(json).padStart(10)}  ${share(json)}`);
    console.log(`  → ${((sample.length * BATCH * 1000) / total).toFixed(0)} names/s on one core without HTTP`);
  } finally {
    db.$client.close();
  }
}

async function main(): Promise<void> {
  let server: BenchServer | null = null;
  let failed = false;
  try {
    let baseUrl = values.url;
    if (!baseUrl) {
      server = startServer(PORT);
      await waitUntilUp(server);
      baseUrl = server.baseUrl;
    }
    console.log(
      `\n${queries.length} names (${labelled.length} labelled, ${queries.length - labelled.length} generated, not listed) in batches of ${BATCH}, ${CONCURRENCY} requests in flight`,
    );
    // Warm-up: the server builds its in-memory search index on the first query.
    await post(baseUrl, batches[0]!);
    const run = await screenEverything(baseUrl);
    const generatedHits = queries
      .slice(labelled.length)
      .filter((_, i) => run.answers.get(`q${labelled.length + i}`)?.some((r) => r.match)).length;
    console.log(`\n${(queries.length / run.seconds).toFixed(0)} names/s (${run.seconds.toFixed(2)} s for ${queries.length})`);
    console.log(
      `per batch of ${BATCH}: p50 ${percentile(run.times, 50).toFixed(0)} ms, p99 ${percentile(run.times, 99).toFixed(0)} ms, max ${run.times.at(-1)!.toFixed(0)} ms; ${(run.bytes / batches.length / 1024).toFixed(0)} KiB of JSON a response`,
    );
    console.log(
      `threshold ${run.threshold}; generated names with a match: ${generatedHits} of ${queries.length - labelled.length} (not labelled: namesakes count)`,
    );
    quality(run.answers);
    if (server) profile(server.databasePath);
  } catch (err) {
    failed = true;
    console.error(err);
  } finally {
    if (server) await stopServer(server);
  }
  process.exit(failed ? 1 : 0);
}

void main();

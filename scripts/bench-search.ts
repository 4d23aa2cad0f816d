/**
 * npm run bench:search [-- --entities 1000000] [-- --queries 1000] [-- --db path] [-- --no-http]
 *
 * Builds a temporary database of the default data (seed facts, OFAC SDN
 * 2023-12-28, UN list) plus synthetic entities (names in Latin, Cyrillic and
 * Hangul; vessels with IMO numbers) up to --entities, through the write path;
 * then times a mix of queries (exact, typo, reordered, other script,
 * identifier) in the data layer and over HTTP against the production server.
 * Prints build time, p50 / p95 / p99 and memory; asserts nothing.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { setupDatabase } from "@/lib/setup";
import { upsertEntity } from "@/lib/commands";
import { transactionContext } from "@/lib/commands/context";
import type { EntityInput } from "@/lib/validation/entity";
import { search } from "@/lib/search/engine";
import { nameIndex } from "@/lib/search/memory-index";

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "1000000" },
    queries: { type: "string", default: "1000" },
    db: { type: "string" },
    "no-http": { type: "boolean", default: false },
    port: { type: "string", default: "3230" },
  },
});
const TARGET = Number(values.entities);
const QUERIES = Number(values.queries);

// ---- deterministic synthetic names ----
let seed = 20261122;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;

const GIVEN =
  "James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Ahmed Mohammed Ali Omar Hassan Hussein Ibrahim Yusuf Khalid Mahmoud Mustafa Karim Tariq Samir Walid Rashid Faisal Nasser Jamal Bilal".split(
    " ",
  );
const SURNAMES =
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Haddad Khoury Nasser Saleh Mansour Aziz Qureshi Rahman Siddiqui Farouk".split(
    " ",
  );
const RU_GIVEN =
  "Александр Алексей Андрей Антон Артём Борис Вадим Валерий Виктор Владимир Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Максим Михаил Никита Николай Олег Павел Роман Сергей Станислав Юрий Анна Елена Ирина Мария Наталья Ольга Светлана Татьяна Юлия".split(
    " ",
  );
const RU_SURNAMES =
  "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов".split(
    " ",
  );
const RU_PATRONYMIC =
  "Александрович Алексеевич Андреевич Борисович Викторович Владимирович Дмитриевич Евгеньевич Иванович Игоревич Михайлович Николаевич Олегович Павлович Петрович Сергеевич Юрьевич".split(
    " ",
  );
const KO_SURNAMES =
  "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민".split(" ");
const KO_SYLLABLES =
  "영 철 민 수 성 호 준 현 정 광 남 일 진 혁 명 석 용 국 창 동 기 원 상 훈 재 학 선 희 경 숙 은 미 순 옥 자 향 련 금 춘 룡 길 봉 덕 만 복 식 충 태 환".split(
    " ",
  );
const COMPANY_WORDS =
  "Global Ocean Star Pacific Atlantic Eastern Western Northern Southern United General Royal Golden Silver Blue Green Red Black White Grand Prime Alpha Delta Omega Summit Pioneer Horizon Crystal Diamond Eagle Falcon Phoenix Dragon Tiger Lion Orient Continental Federal National International Trans Euro Asia Sino Baltic Arctic Caspian Nordic Coastal Harbor Marine Maritime Shipping Trading Logistics Energy Petroleum Oil Gas Mining Metals Steel Chemical Industrial Technology Systems Electronics Engineering Construction Holdings Investment Capital Finance Resources Services Solutions Partners Enterprises Ventures Group".split(
    " ",
  );
const LEGAL = ["LLC", "Ltd", "Co., Ltd.", "Inc.", "Corporation", "JSC", "GmbH", "S.A.", "Limited", "PLC", "OOO", "FZE"];
const VESSEL_WORDS =
  "Sea Star Ocean Wave Spirit Pride Glory Fortune Venture Voyager Explorer Navigator Pioneer Eagle Falcon Dolphin Whale Pearl Coral Jade Ruby Emerald Sapphire Aurora Horizon Neptune Poseidon Triton Atlas Titan Orion Vega Sirius Polaris Nova Luna Sol".split(
    " ",
  );
const FLAGS = ["PA", "LR", "MH", "MT", "SG", "HK", "CM", "KM", "TG", "SL", "KP", "RU", "IR", "CN", "GA"];

function imoNumber(): string {
  const six = String(1000000 + Math.floor(rand() * 8999999))
    .slice(0, 6)
    .replace(/^0/, "9");
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(six[i]) * (7 - i);
  return six + String(sum % 10);
}

type Synthetic = { input: EntityInput; query: { exact: string; other?: string } };

function synthetic(i: number): Synthetic {
  const r = rand();
  if (r < 0.35) {
    const name = `${pick(SURNAMES).toUpperCase()}, ${pick(GIVEN)} ${rand() < 0.4 ? pick(GIVEN) : ""}`.trim();
    return { input: { kind: "individual", name }, query: { exact: name } };
  }
  if (r < 0.5) {
    const name = `${pick(RU_SURNAMES)} ${pick(RU_GIVEN)} ${pick(RU_PATRONYMIC)}`;
    return { input: { kind: "individual", name }, query: { exact: name } };
  }
  if (r < 0.65) {
    const name = `${pick(KO_SURNAMES)}${pick(KO_SYLLABLES)}${pick(KO_SYLLABLES)}`;
    return { input: { kind: "individual", name }, query: { exact: name } };
  }
  if (r < 0.9) {
    const words = [pick(COMPANY_WORDS), pick(COMPANY_WORDS), rand() < 0.5 ? pick(COMPANY_WORDS) : ""].filter(Boolean);
    const name = `${words.join(" ")} ${pick(LEGAL)} ${i % 1000}`.toUpperCase();
    return { input: { kind: "organization", name }, query: { exact: name } };
  }
  const imo = imoNumber();
  const name = `${pick(VESSEL_WORDS)} ${pick(VESSEL_WORDS)} ${i % 97}`.toUpperCase();
  return {
    input: {
      kind: "vessel",
      name,
      identifiers: [{ type: "imo", value: imo, asPublished: true }],
      attributes: [{ key: "flag", value: pick(FLAGS) }],
    },
    query: { exact: name, other: `IMO ${imo}` },
  };
}

function typo(name: string): string {
  const words = name.split(" ");
  const longest = words.reduce((a, w, i) => (w.length > words[a]!.length ? i : a), 0);
  const w = words[longest]!;
  if (w.length < 5) return name;
  const at = 1 + Math.floor(rand() * (w.length - 2));
  const ops = [
    () => w.slice(0, at) + w.slice(at + 1), // deletion
    () => w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2), // transposition
    () => w.slice(0, at) + "e" + w.slice(at + 1), // substitution
  ];
  words[longest] = pick(ops)();
  return words.join(" ");
}

const reorder = (name: string) => name.replace(/,/g, "").split(" ").reverse().join(" ");

// ---- build ----
function build(db: Db): { ms: number; entities: number; samples: Synthetic[] } {
  const started = performance.now();
  setupDatabase(db);
  const count = () => db.get<{ n: number }>(sql`select count(*) as n from entities`).n;
  let have = count();
  const samples: Synthetic[] = [];
  let i = 0;
  const CHUNK = 20_000;
  while (have < TARGET) {
    const n = Math.min(CHUNK, TARGET - have);
    db.transaction((tx) => {
      const ctx = transactionContext({ db, actor: { name: "bench" } }, tx, new Date().toISOString());
      for (let k = 0; k < n; k++, i++) {
        const s = synthetic(i);
        upsertEntity(ctx, s.input);
        if (i % 997 === 0) samples.push(s);
      }
    });
    have += n;
    if (process.stdout.isTTY) process.stdout.write(`\r  ${have.toLocaleString("en-US")} entities`);
  }
  if (process.stdout.isTTY) process.stdout.write("\n");
  return { ms: performance.now() - started, entities: have, samples };
}

type Query = { kind: string; q: string };

/** Synthetic names already in the database (when --db names one that was built before). */
function storedSamples(db: Db): Synthetic[] {
  return db
    .all<{ name: string }>(
      sql`select e.name from change_log c join entities e on e.id = c.entity_id
          where c.action = 'entity.create' and c.actor = 'bench' order by random() limit 1000`,
    )
    .map((r) => ({ input: { kind: "individual", name: r.name }, query: { exact: r.name } }));
}

function queryMix(db: Db, built: Synthetic[]): Query[] {
  const samples = built.length ? built : storedSamples(db);
  const listed = db
    .all<{ name: string; kind: string }>(
      sql`select e.name, e.kind from entities e join entity_refs r on r.entity_id = e.id and r.ref like 'ofac:%' order by random() limit 400`,
    )
    .map((r) => r.name);
  const imos = db
    .all<{ value: string }>(sql`select value from entity_identifiers where type = 'imo' order by random() limit 100`)
    .map((r) => r.value);
  const out: Query[] = [];
  const forms = (imo: string) => pick([`IMO ${imo}`, `IMO: ${imo}`, imo, `imo${imo}`]);
  while (out.length < QUERIES) {
    const r = rand();
    const s = pick(samples);
    const real = pick(listed);
    if (r < 0.2) out.push({ kind: "exact", q: rand() < 0.5 ? real : s.query.exact });
    else if (r < 0.4) out.push({ kind: "typo", q: typo(rand() < 0.5 ? real : s.query.exact) });
    else if (r < 0.55) out.push({ kind: "reordered", q: reorder(rand() < 0.5 ? real : s.query.exact) });
    else if (r < 0.8) {
      const other = pick([
        "김영철",
        "박도춘",
        "리만건",
        "Gim Yeong-cheol",
        "Kim Young-chul",
        "Дерипаска Олег Владимирович",
        "Сечин Игорь Иванович",
        "Savelyeva Svetlana",
      ]);
      out.push({ kind: "other script", q: /[\u3131-\uD79D\u0400-\u04FF]/.test(s.query.exact) ? s.query.exact : other });
    } else out.push({ kind: "identifier", q: forms(rand() < 0.5 && imos.length ? pick(imos) : imoNumber()) });
  }
  return out;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function summary(label: string, times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  return `${label.padEnd(34)} p50 ${pct(s, 0.5).toFixed(2).padStart(7)} ms   p95 ${pct(s, 0.95).toFixed(2).padStart(7)} ms   p99 ${pct(s, 0.99).toFixed(2).padStart(7)} ms`;
}

async function overHttp(file: string, queries: Query[]): Promise<{ times: number[]; rss: number | null }> {
  const port = Number(values.port);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATABASE_PATH: file, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/search?q=warm`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 600) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const q of queries.slice(0, 50)) await fetch(`${base}/api/search?q=${encodeURIComponent(q.q)}&limit=10`);
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q.q)}&limit=10`);
      await res.arrayBuffer();
      times.push(performance.now() - t);
    }
    let rss: number | null = null;
    try {
      // next start runs the server in a child process: the largest RSS among them is the server's.
      const pids = fs.readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      for (const pid of [String(server.pid), ...pids]) {
        const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
        if (m) rss = Math.max(rss ?? 0, Number(m[1]) * 1024);
      }
    } catch {
      /* not on Linux */
    }
    return { times, rss };
  } finally {
    server.kill("SIGTERM");
  }
}

async function main() {
  let file = values.db;
  let dispose = () => {};
  if (!file) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
    file = path.join(dir, "tracker.db");
    dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  }
  try {
    const db = openDatabase(file);
    console.log(`building ${TARGET.toLocaleString("en-US")} entities in ${file} …`);
    const built = build(db);
    console.log(`build: ${(built.ms / 1000).toFixed(1)} s for ${built.entities.toLocaleString("en-US")} entities`);
    const t0 = performance.now();
    const index = nameIndex(db);
    console.log(
      `in-memory index: ${index.size.toLocaleString("en-US")} names loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; process RSS ${mb(process.memoryUsage().rss)}, heap ${mb(process.memoryUsage().heapUsed)}`,
    );
    const queries = queryMix(db, built.samples);
    for (const q of queries.slice(0, 50)) search({ q: q.q, limit: 10 }, db);
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      search({ q: q.q, limit: 10 }, db);
      const ms = performance.now() - t;
      all.push(ms);
      byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
    }
    console.log(`\n${queries.length} queries, data layer (lib/search/engine.ts):`);
    console.log(summary("all", all));
    for (const [kind, times] of byKind) console.log(summary(`  ${kind} (${times.length})`, times));
    console.log(`process RSS after queries: ${mb(process.memoryUsage().rss)}`);
    db.$client.close();
    if (!values["no-http"]) {
      if (!fs.existsSync(".next/BUILD_ID")) console.log("\n(no production build in .next: run `npm run build` first for the HTTP figures)");
      else {
        const http = await overHttp(file, queries);
        console.log(`\n${queries.length} queries over HTTP (GET /api/search, production server on loopback, sequential):`);
        console.log(summary("all", http.times));
        if (http.rss) console.log(`server RSS: ${mb(http.rss)}`);
      }
    }
  } finally {
    dispose();
  }
}

void main();

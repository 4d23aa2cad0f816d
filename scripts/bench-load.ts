/**
 * npm run bench:load
 * Starts the production server (scripts/start.ts: builds if needed) on a fresh
 * copy of the default data on 127.0.0.1:3221 and runs autocannon against the
 * pages readers open most and the search API, at 16 and then 64 connections,
 * 10 s each (BENCH_SECONDS overrides), beside a static file of the same server
 * as the ceiling. Prints requests/s, p50, p99, errors and non-2xx answers.
 *
 * PAGE_CACHE=off measures the same server rendering every request.
 *
 * "search API, every query new" sends names from the default data, each
 * request with a URL of its own (an ignored `_` parameter), so none is served
 * from the page cache: it measures the search engine and a render.
 */
import autocannon from "autocannon";
import { isNull } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { entities } from "@/db/schema";
import { patriotPath, startServer, stopServer, waitUntilUp } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT || 3221);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = [16, 64];

type Target = { label: string; paths: string[]; unique?: boolean };

/** Names to search for, one per request: primary names of entities in the default data. */
function searchQueries(databasePath: string, count: number): string[] {
  const db = openDatabase(databasePath);
  try {
    const rows = db
      .select({ name: entities.name })
      .from(entities)
      .where(isNull(entities.mergedIntoId))
      .orderBy(entities.id)
      .limit(count)
      .all();
    return rows.map((row) => `/api/search?q=${encodeURIComponent(row.name)}`);
  } finally {
    db.$client.close();
  }
}

/** A JavaScript file the build serves from .next/static: what the server does with no work at all. */
async function staticFilePath(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const match = /\/_next\/static\/[^"']+\.js/.exec(html);
  if (!match) throw new Error("no static script found in the home page");
  return match[0];
}

type Row = { label: string; connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function run(base: string, target: Target, connections: number): Promise<Row> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          const n = next++;
          const path = target.paths[n % target.paths.length]!;
          return { ...req, path: target.unique ? `${path}&_=${n}` : path };
        },
      },
    ],
  });
  return {
    label: target.label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function print(rows: Row[]): void {
  const header = `${"target".padEnd(34)}${"conns".padStart(6)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"errors".padStart(8)}${"non-2xx".padStart(9)}`;
  console.log(`\n${header}\n${"-".repeat(header.length)}`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(34)}${String(r.connections).padStart(6)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${String(r.errors).padStart(8)}${String(r.non2xx).padStart(9)}`,
    );
  }
}

async function main(): Promise<void> {
  const server = startServer(PORT);
  let failed = false;
  try {
    await waitUntilUp(server);
    const base = server.baseUrl;
    const entity = patriotPath(server.databasePath);
    const targets: Target[] = [
      { label: `entity page ${entity}`, paths: [entity] },
      { label: "home page /", paths: ["/"] },
      { label: "entity list /entities", paths: ["/entities"] },
      { label: "/export-controls", paths: ["/export-controls"] },
      { label: "search API (Kim Jong Un)", paths: ["/api/search?q=Kim%20Jong%20Un"] },
      { label: "search API, every query new", paths: searchQueries(server.databasePath, 500), unique: true },
      { label: "static file (ceiling)", paths: [await staticFilePath(base)] },
    ];
    // Warm up every path once, so that first-request compilation is not measured.
    for (const target of targets) for (const p of target.paths.slice(0, 20)) await (await fetch(base + p)).arrayBuffer();
    const rows: Row[] = [];
    for (const connections of CONNECTIONS) {
      for (const target of targets) {
        process.stdout.write(`  ${target.label} at ${connections} connections…\n`);
        rows.push(await run(base, target, connections));
      }
    }
    const cache = process.env.PAGE_CACHE === "off" ? "off" : "on";
    console.log(`\nautocannon, ${SECONDS} s per row, production build, default data, page cache ${cache}, http://127.0.0.1:${PORT}`);
    print(rows);
  } catch (err) {
    failed = true;
    console.error(`bench:load failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await stopServer(server);
  }
  process.exit(failed ? 1 : 0);
}

void main();

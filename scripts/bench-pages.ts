/**
 * npm run bench:pages
 * Starts the production server (scripts/start.ts: builds if needed) on a fresh
 * database with the default data, on 127.0.0.1:3220; after a few warm-up
 * requests sends 100 sequential requests to each page below and prints the
 * median and 95th percentile response times; then stops the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { findEntityIdByRef } from "@/lib/commands";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3220);
const BASE = `http://${HOST}:${PORT}`;
const REQUESTS = 100;
const WARMUP = 5;
const STARTUP_TIMEOUT_MS = 6 * 60_000; // room for `next build`

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-bench-"));
const databasePath = path.join(dir, "tracker.db");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startServer(): ChildProcess {
  console.log(`Starting the production server on ${BASE} (database ${databasePath})`);
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(PORT), HOST, NEXT_DIST_DIR: ".next" },
  });
}

async function waitUntilUp(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error("the server exited before answering");
    try {
      const res = await fetch(`${BASE}/`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`no answer from ${BASE} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  server.kill("SIGTERM"); // scripts/start.ts passes it on to `next start`
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    console.error(`Server (pid ${server.pid}) did not stop within 10 s; killing it`);
    server.kill("SIGKILL");
    await exited;
  }
}

/** One request, timed until the whole body has arrived. */
async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return ms;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function patriotPath(): string {
  const db = openDatabase(databasePath);
  try {
    const id = findEntityIdByRef({ db, actor: { name: "bench" } }, "seed:patriot");
    if (id === null) throw new Error("PATRIOT (seed:patriot) is not in the database");
    return `/entities/${id}`;
  } finally {
    db.$client.close();
  }
}

async function main(): Promise<void> {
  const server = startServer();
  let failed = false;
  try {
    await waitUntilUp(server);
    const paths = ["/", patriotPath(), "/export-controls"];
    console.log(`\n${REQUESTS} sequential requests per page, after ${WARMUP} warm-up requests (ms):\n`);
    console.log(`${"path".padEnd(24)}${"median".padStart(10)}${"p95".padStart(10)}${"max".padStart(10)}`);
    for (const p of paths) {
      for (let i = 0; i < WARMUP; i++) await timedGet(BASE + p);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push(await timedGet(BASE + p));
      times.sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(1).padStart(10);
      console.log(`${p.padEnd(24)}${f(median(times))}${f(percentile(times, 95))}${f(times.at(-1)!)}`);
    }
  } catch (err) {
    failed = true;
    console.error(`bench:pages failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

void main();

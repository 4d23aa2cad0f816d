/**
 * npm run bench:pages
 * Starts the production server (scripts/start.ts: builds if needed) on a fresh
 * database with the default data, on 127.0.0.1:3220; after a few warm-up
 * requests sends 100 sequential requests to each page below and prints the
 * median and 95th percentile response times; then stops the server.
 */
import { median, patriotPath, percentile, startServer, stopServer, waitUntilUp } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT || 3220);
const REQUESTS = 100;
const WARMUP = 5;

/** One request, timed until the whole body has arrived. */
async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return ms;
}

async function main(): Promise<void> {
  const server = startServer(PORT);
  let failed = false;
  try {
    await waitUntilUp(server);
    const paths = ["/", patriotPath(server.databasePath), "/export-controls"];
    console.log(`\n${REQUESTS} sequential requests per page, after ${WARMUP} warm-up requests (ms):\n`);
    console.log(`${"path".padEnd(24)}${"median".padStart(10)}${"p95".padStart(10)}${"max".padStart(10)}`);
    for (const p of paths) {
      for (let i = 0; i < WARMUP; i++) await timedGet(server.baseUrl + p);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push(await timedGet(server.baseUrl + p));
      times.sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(1).padStart(10);
      console.log(`${p.padEnd(24)}${f(median(times))}${f(percentile(times, 95))}${f(times.at(-1)!)}`);
    }
  } catch (err) {
    failed = true;
    console.error(`bench:pages failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await stopServer(server);
  }
  process.exit(failed ? 1 : 0);
}

void main();

/**
 * The production server for benchmarks: `npm start` (scripts/start.ts, which
 * builds when needed) on a fresh database with the default data in a
 * temporary directory, on 127.0.0.1:<port>.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const HOST = "127.0.0.1";
const STARTUP_TIMEOUT_MS = 6 * 60_000; // room for `next build`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type BenchServer = {
  baseUrl: string;
  databasePath: string;
  /** The temporary directory that holds the database; the caller removes it after stop(). */
  directory: string;
  process: ChildProcess;
  stop: () => Promise<void>;
};

async function waitUntilUp(server: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error("the server exited before answering");
    try {
      const res = await fetch(`${baseUrl}/`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`no answer from ${baseUrl} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  server.kill("SIGTERM"); // scripts/start.ts passes it on to the server it started
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    console.error(`Server (pid ${server.pid}) did not stop within 10 s; killing it`);
    server.kill("SIGKILL");
    await exited;
  }
}

export async function startBenchServer({ port }: { port: number }): Promise<BenchServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-bench-"));
  const databasePath = path.join(directory, "tracker.db");
  const baseUrl = `http://${HOST}:${port}`;
  console.log(`Starting the production server on ${baseUrl} (database ${databasePath})`);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), HOST, NEXT_DIST_DIR: ".next" },
  });
  try {
    await waitUntilUp(child, baseUrl);
  } catch (err) {
    await stopServer(child);
    throw err;
  }
  return { baseUrl, databasePath, directory, process: child, stop: () => stopServer(child) };
}

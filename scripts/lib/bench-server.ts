/**
 * The production server for the benchmarks (bench:pages, bench:soak):
 * scripts/start.ts (which builds when needed, migrates and loads the default
 * data) on a fresh database in a temporary directory, started, awaited,
 * measured and stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { openDatabase } from "@/db/client";
import { findEntityIdByRef } from "@/lib/commands";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const HOST = "127.0.0.1";
const STARTUP_TIMEOUT_MS = 6 * 60_000; // room for `next build`

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type BenchServer = {
  baseUrl: string;
  port: number;
  databasePath: string;
  process: ChildProcess;
};

/** Starts scripts/start.ts on a new database in a temporary directory; `stopServer` removes it. */
export function startServer(port: number): BenchServer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-bench-"));
  const databasePath = path.join(dir, "tracker.db");
  const baseUrl = `http://${HOST}:${port}`;
  console.log(`Starting the production server on ${baseUrl} (database ${databasePath})`);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), HOST, NEXT_DIST_DIR: ".next" },
  });
  return { baseUrl, port, databasePath, process: child };
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Waits until the home page answers 200 (the build and the default data may take minutes). */
export async function waitUntilUp(server: BenchServer): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(server.process)) throw new Error("the server exited before answering");
    try {
      const res = await fetch(`${server.baseUrl}/`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`no answer from ${server.baseUrl} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/** Stops the server (SIGTERM, which scripts/start.ts passes on; SIGKILL after 10 s) and removes its database. */
export async function stopServer(server: BenchServer): Promise<void> {
  const child = server.process;
  if (!exited(child) && child.pid !== undefined) {
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timedOut = await Promise.race([gone.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) {
      console.error(`Server (pid ${child.pid}) did not stop within 10 s; killing it`);
      child.kill("SIGKILL");
      await gone;
    }
  }
  fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
}

/** The pids under `pid` (its children, theirs, …), read from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the command, which is in parentheses and may hold spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      queue.push(child);
      out.push(child);
    }
  }
  return out;
}

/**
 * The process that serves HTTP: the one among the server's processes that
 * holds the listening socket of its port (scripts/start.ts runs `next start`
 * as a child; what it runs may change, the listening socket says who serves).
 * Linux only (/proc); null elsewhere or when not found.
 */
export function listeningPid(server: BenchServer): number | null {
  if (server.process.pid === undefined || !fs.existsSync("/proc/net/tcp")) return null;
  const portHex = server.port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local address (ip:port in hex), state 0A = LISTEN, inode in the 10th field
      if (f[1]?.endsWith(`:${portHex}`) && f[3] === "0A") inodes.add(f[9]!);
    }
  }
  for (const pid of [server.process.pid, ...descendants(server.process.pid)]) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/** A process's resident memory in bytes (VmRSS of /proc/<pid>/status), or null. */
export function residentBytes(pid: number): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** The value at percentile p (0–100) of sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The page of PATRIOT (seed:patriot), the entity page every benchmark measures. */
export function patriotPath(databasePath: string): string {
  const db = openDatabase(databasePath);
  try {
    const id = findEntityIdByRef({ db, actor: { name: "bench" } }, "seed:patriot");
    if (id === null) throw new Error("PATRIOT (seed:patriot) is not in the database");
    return `/entities/${id}`;
  } finally {
    db.$client.close();
  }
}

/**
 * npm run bench:soak
 *
 * Starts the production server (scripts/start.ts, on a fresh database with
 * the default data, 127.0.0.1:BENCH_PORT, 3230 by default), creates an admin
 * account with `npm run admin:create`, signs in over HTTP, warms up, then for
 * SOAK_SECONDS (300 by default) sends SOAK_RATE requests a second (50 by
 * default) on a fixed schedule, after SOAK_WARMUP_SECONDS (60) of the same, whatever the answers' speed (at most
 * SOAK_CONNECTIONS, 32 by default, in flight at once): reads of the
 * home page, entity pages, /entities, /export-controls and /api/search with
 * varied queries, and one admin edit a second (its form read, then posted as a
 * browser without JavaScript does). Prints the requests by kind, the errors
 * (any status but 2xx/3xx, any network error; an edit refused as a conflict
 * is expected and counted apart), p50/p99 latency, and the resident memory of
 * the process that serves HTTP after the warm-up and at the end.
 * Exit code 1 when any request failed.
 */
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { ENTITY_EDIT_FIELDS, readForm, signIn, submitForm, withValues, type AdminHttp } from "./lib/admin-http";
import {
  type BenchServer,
  listeningPid,
  median,
  percentile,
  residentBytes,
  sleep,
  startServer,
  stopServer,
  waitUntilUp,
} from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT || 3230);
const SECONDS = Number(process.env.SOAK_SECONDS || 300);
const RATE = Number(process.env.SOAK_RATE || 50);
/** Seconds of the same mix before memory is first read (see the warm-up in main). */
const WARMUP = Number(process.env.SOAK_WARMUP_SECONDS || 60);
/**
 * Requests in flight at most, as a reverse proxy's pool of connections to the
 * app would allow; the others wait their turn, and that wait counts in their
 * latency (measured from when each was due), so a server that falls behind
 * shows it in p99 rather than in thousands of open sockets.
 */
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS || 32);
const ADMIN = { email: "soak-admin@example.org", password: "soak admin password" };

type Kind = "home" | "entity page" | "entity list" | "export controls" | "search api" | "admin form" | "admin edit";
type Sample = { kind: Kind; ms: number; ok: boolean };

/** What the requests ask for: entities, names to search for (a few with a typo), edit targets. */
type Targets = { entityIds: number[]; queries: string[]; editIds: number[] };

/** A random sample of the default data, read once from the database before the soak (not a page: a bench's own setup). */
function targetsOf(databasePath: string): Targets {
  const db = new Database(databasePath, { readonly: true });
  try {
    const ids = db
      .prepare("SELECT id FROM entities WHERE merged_into_id IS NULL AND withdrawn_at IS NULL ORDER BY random() LIMIT 400")
      .pluck()
      .all() as number[];
    const names = db.prepare("SELECT value FROM entity_names ORDER BY random() LIMIT 300").pluck().all() as string[];
    const queries = names.flatMap((name, i) => {
      const words = name.split(/\s+/).slice(0, 3).join(" ");
      // Every third query with a letter dropped, as a typing reader would send it.
      return i % 3 === 0 && words.length > 5 ? [words.slice(0, 2) + words.slice(3)] : [words];
    });
    return { entityIds: ids.slice(0, 370), queries, editIds: ids.slice(370) };
  } finally {
    db.close();
  }
}

function createAdmin(server: BenchServer): void {
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.ts", "--email", ADMIN.email],
    {
      env: { ...process.env, DATABASE_PATH: server.databasePath, ADMIN_PASSWORD: ADMIN.password },
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`npm run admin:create failed:\n${r.stdout}${r.stderr}`);
}

/** A failed fetch's reason: undici puts the network error (ECONNRESET, a timeout…) in its cause. */
const failure = (err: unknown) => {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`;
};

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

class Soak {
  readonly samples: Sample[] = [];
  readonly failures: string[] = [];
  readonly edits = { applied: 0, conflict: 0 };
  /** The most requests waiting for an answer at once, and how long the soak took until the last answer. */
  readonly load = { maxInFlight: 0, elapsedMs: 0 };
  private editCount = 0;

  constructor(
    private readonly server: BenchServer,
    private readonly http: AdminHttp,
    private readonly targets: Targets,
  ) {}

  /** The i-th read of the mix: entity pages and searches most, the lists and the home page less. */
  readPath(i: number): [Kind, string] {
    const r = (i * 7919) % 100;
    const { entityIds, queries } = this.targets;
    if (r < 15) return ["home", "/"];
    if (r < 50) return ["entity page", `/entities/${pick(entityIds, i)}`];
    if (r < 62)
      return ["entity list", pick(["/entities", "/entities?kind=vessel", "/entities?page=3", "/entities?sort=listed&dir=desc"], i)];
    if (r < 72) return ["export controls", "/export-controls"];
    return ["search api", `/api/search?q=${encodeURIComponent(pick(queries, i))}`];
  }

  private record(kind: Kind, started: number, ok: boolean, detail: string): void {
    this.samples.push({ kind, ms: performance.now() - started, ok });
    if (!ok) this.failures.push(`${kind} ${detail}`);
  }

  async read(i: number, started = performance.now()): Promise<void> {
    const [kind, path] = this.readPath(i);
    try {
      const res = await fetch(this.server.baseUrl + path, { redirect: "manual" });
      await res.arrayBuffer();
      this.record(kind, started, res.status < 400, `${path}: HTTP ${res.status}`);
    } catch (err) {
      this.record(kind, started, false, `${path}: ${failure(err)}`);
    }
  }

  /** An admin edit: the form read (as an editor opens it), then posted with new remarks. */
  async edit(due = performance.now()): Promise<void> {
    const n = ++this.editCount;
    const path = `/admin/entities/${pick(this.targets.editIds, n)}`;
    let started = due;
    let fields;
    try {
      fields = await readForm(this.http, path, ENTITY_EDIT_FIELDS);
      this.record("admin form", started, true, path);
    } catch (err) {
      this.record("admin form", started, false, `${path}: ${failure(err)}`);
      return;
    }
    started = performance.now();
    try {
      const result = await submitForm(this.http, path, withValues(fields, { remarks: `Soak edit ${n} at ${new Date().toISOString()}` }));
      const busy = /SQLITE_BUSY|database is (busy|locked)/i.test(result.body);
      if (result.outcome === "applied" || result.outcome === "conflict") this.edits[result.outcome]++;
      this.record(
        "admin edit",
        started,
        !busy && (result.outcome === "applied" || result.outcome === "conflict"),
        `${path}: HTTP ${result.status} (${busy ? "database busy" : result.outcome})`,
      );
    } catch (err) {
      this.record("admin edit", started, false, `${path}: ${failure(err)}`);
    }
  }

  private free = CONNECTIONS;
  private readonly queue: (() => void)[] = [];

  /** Runs `send` once one of the CONNECTIONS is free. */
  private async limited(send: () => Promise<void>): Promise<void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.queue.push(resolve));
    try {
      await send();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    }
  }

  /** Requests on a fixed schedule for `seconds`: one slot a second is an edit, the others reads. */
  async run(seconds: number, rate: number): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const interval = 1000 / rate;
    const start = performance.now();
    for (let i = 0; i < seconds * rate; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const request = this.limited(() => (i % rate === 0 ? this.edit(due) : this.read(i, due)));
      inFlight.add(request);
      this.load.maxInFlight = Math.max(this.load.maxInFlight, inFlight.size);
      void request.finally(() => inFlight.delete(request));
    }
    await Promise.all(inFlight);
    this.load.elapsedMs = performance.now() - start;
  }
}

const mb = (bytes: number | null) => (bytes === null ? "?" : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The server's resident memory: after the warm-up, every second of the soak, and at the end. */
type Memory = { start: number | null; end: number | null; peak: number; samples: number[] };

function report(soak: Soak, seconds: number, rss: Memory, pid: number | null): void {
  const kinds = [...new Set(soak.samples.map((s) => s.kind))];
  const f = (n: number) => n.toFixed(1).padStart(9);
  console.log(
    `\n${soak.samples.length} requests in ${seconds} s (${RATE}/s scheduled, at most ${CONNECTIONS} at once), latency in ms from when each was due:\n`,
  );
  console.log(
    `${"kind".padEnd(18)}${"requests".padStart(9)}${"errors".padStart(8)}${"p50".padStart(9)}${"p99".padStart(9)}${"max".padStart(9)}`,
  );
  for (const kind of [...kinds, "all" as const]) {
    const of = kind === "all" ? soak.samples : soak.samples.filter((s) => s.kind === kind);
    const times = of.map((s) => s.ms).sort((a, b) => a - b);
    const errors = of.filter((s) => !s.ok).length;
    console.log(
      `${kind.padEnd(18)}${String(of.length).padStart(9)}${String(errors).padStart(8)}${f(median(times))}${f(percentile(times, 99))}${f(times.at(-1)!)}`,
    );
  }
  const served = soak.samples.length / (soak.load.elapsedMs / 1000);
  console.log(
    `\nserved ${served.toFixed(1)} requests/s (the last answer ${((soak.load.elapsedMs - seconds * 1000) / 1000).toFixed(1)} s after the last request was sent; at most ${soak.load.maxInFlight} due and unanswered at once)`,
  );
  console.log(`admin edits: ${soak.edits.applied} applied, ${soak.edits.conflict} refused as conflicts (expected, not errors)`);
  console.log(`errors: ${soak.failures.length} (target 0)`);
  for (const line of soak.failures.slice(0, 10)) console.log(`  ${line}`);
  const growth = (from: number | null, to: number | null) => {
    if (!from || !to) return "?";
    const pct = ((to - from) / from) * 100;
    return `${pct >= 0 ? "+" : ""}${pct.toFixed(1)}%`;
  };
  console.log(
    `server memory (VmRSS of pid ${pid ?? "?"}): ${mb(rss.start)} after the warm-up, ${mb(rss.end)} at the end (${growth(rss.start, rss.end)}), peak ${mb(rss.peak)}`,
  );
  // One reading falls anywhere in a GC cycle (±50 MB here); the mean of each
  // quarter's per-second readings does not. A growing heap levels off, a leak
  // keeps climbing: the growth figure is the last quarter's mean over the first's.
  const quarters = [0, 1, 2, 3].map((q) => {
    const part = rss.samples.slice(Math.floor((q * rss.samples.length) / 4), Math.floor(((q + 1) * rss.samples.length) / 4));
    return part.length ? part.reduce((a, b) => a + b, 0) / part.length : null;
  });
  console.log(`  mean by quarter of the soak: ${quarters.map(mb).join(" → ")}`);
  console.log(`  growth, last quarter over first: ${growth(quarters[0]!, quarters[3]!)} (target under 10%)`);
}

async function main(): Promise<void> {
  const server = startServer(PORT);
  let failed = false;
  try {
    await waitUntilUp(server);
    createAdmin(server);
    const http = await signIn(server.baseUrl, ADMIN.email, ADMIN.password);
    const pid = listeningPid(server);
    const soak = new Soak(server, http, targetsOf(server.databasePath));

    // Warm-up: every kind of request a few times (first compiles, caches), then the
    // soak's own mix for WARMUP seconds: V8 grows its heap lazily under load (from
    // 350 MB to 750 MB in the first minute, then flat; with the heap capped at
    // 192 MB the same load runs at a flat 335 MB, GC-bound), so memory taken any
    // earlier measures that growth, not a leak.
    console.log(`Warming up (server pid ${pid ?? "?"}): ${WARMUP} s of the mix`);
    for (let i = 0; i < 100; i++) await soak.read(i);
    for (let i = 0; i < 3; i++) await soak.edit();
    await soak.run(WARMUP, RATE);
    soak.samples.length = 0;
    soak.failures.length = 0;
    soak.edits.applied = soak.edits.conflict = 0;
    soak.load.maxInFlight = 0;

    const rss: Memory = { start: pid ? residentBytes(pid) : null, end: null, peak: 0, samples: [] };
    const watch = setInterval(() => {
      const now = pid ? residentBytes(pid) : null;
      if (now === null) return;
      rss.samples.push(now);
      rss.peak = Math.max(rss.peak, now);
    }, 1000);
    console.log(`Soak: ${SECONDS} s at ${RATE} requests/s`);
    try {
      await soak.run(SECONDS, RATE);
    } finally {
      clearInterval(watch);
    }
    rss.end = pid ? residentBytes(pid) : null;
    rss.peak = Math.max(rss.peak, rss.end ?? 0);
    report(soak, SECONDS, rss, pid);
    failed = soak.failures.length > 0;
  } catch (err) {
    failed = true;
    console.error(`bench:soak failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await stopServer(server);
  }
  process.exit(failed ? 1 : 0);
}

void main();

/**
 * npm start: the production server.
 *  1. reads the configuration (DATABASE_PATH, PORT, HOST);
 *  2. brings the database up to date (migrations, default data when new);
 *  3. builds the app with `next build` when the build is missing or older than the sources;
 *  4. runs the production server (server/main.ts: the Next.js app behind the
 *     page cache and the security headers) on HOST:PORT until it exits or is stopped.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { ConfigError, readConfig, type Config } from "@/lib/config";
import { setupDatabase } from "@/lib/setup";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SERVER_ENTRY = path.join(ROOT, "server", "main.ts");
/** Where `next build` writes (next.config.mjs reads the same variable). */
const DIST_DIR = path.resolve(ROOT, process.env.NEXT_DIST_DIR || ".next");
/** What the build is made from: any of these newer than the build means rebuild. */
const BUILD_INPUTS = ["app", "components", "lib", "db", "public", "proxy.ts", "next.config.mjs", "package.json", "tsconfig.json"];

const log = (line: string) => console.log(`[start] ${line}`);

function loadConfig(): Config {
  try {
    return readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** The newest modification time of a file or of any file under a directory. */
function newestMtime(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why a build is needed, or null when the current one is up to date. */
function buildReason(): string | null {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  if (!fs.existsSync(buildId)) return `no build in ${path.relative(ROOT, DIST_DIR) || "."}`;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(ROOT, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };

function main(): void {
  const config = loadConfig();
  log(`configuration: database ${config.databasePath}, http://${config.host}:${config.port}`);

  // The database comes first, so that a build which renders a page finds its tables.
  const db = openDatabase(config.databasePath);
  try {
    setupDatabase(db, { onStep: (message) => log(`database: ${message}`) });
    log("database: up to date");
  } finally {
    db.$client.close();
  }

  const reason = buildReason();
  if (reason) {
    log(`building the app (${reason}): next build`);
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: childEnv });
    if (build.status !== 0) {
      console.error(`[start] next build failed (${build.signal ?? `exit code ${build.status}`})`);
      process.exit(build.status || 1);
    }
  } else {
    log("build is up to date");
  }

  log(`starting the server on http://${config.host}:${config.port}`);
  const server = spawn(process.execPath, ["--import", "tsx", SERVER_ENTRY], {
    stdio: "inherit",
    env: { ...childEnv, NODE_ENV: "production" },
  });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A signal sent to the whole process group arrives more than once; say it once.
      if (!stopping) log(`${signal}: stopping the server (pid ${server.pid})`);
      stopping = true;
      server.kill(signal);
    });
  }
  server.on("error", (err) => {
    console.error(`[start] could not run the server: ${err.message}`);
    process.exit(1);
  });
  server.on("exit", (code, signal) => {
    log(`server exited (${signal ?? `code ${code}`})`);
    process.exit(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
  });
}

main();

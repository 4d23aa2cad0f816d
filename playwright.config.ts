import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests against the PRODUCTION build (`npm start` builds when
 * needed) on a FRESH database: each run gets a new SQLite file in the system
 * temp directory, which `npm start` migrates and fills with the default data.
 */
const PORT = 3210;
const HOST = "127.0.0.1";
const BASE_URL = `http://${HOST}:${PORT}`;
const RUN_DIR_PREFIX = "sanctions-tracker-e2e-";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The run's database directory. Created once, by the process that loads this
 * config first; the workers it forks inherit E2E_RUN_DIR and reuse it. Leftovers
 * of earlier runs (their process gone) are removed; this run's goes at exit.
 */
function runDirectory(): string {
  const existing = process.env.E2E_RUN_DIR;
  if (existing) return existing;
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    const pid = Number(/^sanctions-tracker-e2e-(\d+)-/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
  const dir = fs.mkdtempSync(path.join(tmp, `${RUN_DIR_PREFIX}${process.pid}-`));
  process.env.E2E_RUN_DIR = dir;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const DATABASE_PATH = path.join(runDirectory(), "tracker.db");

/** Debian's Chromium (or CHROMIUM_PATH) when present; otherwise Playwright's own browser. */
const chromiumPath = process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    launchOptions: chromiumPath
      ? {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        }
      : {},
  },
  webServer: {
    command: "npm start",
    url: BASE_URL,
    env: {
      DATABASE_PATH,
      PORT: String(PORT),
      HOST,
      // The production build lives in .next, whatever a dev server in this shell uses.
      NEXT_DIST_DIR: ".next",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: false,
    // Time for `next build` when the build is stale.
    timeout: 6 * 60_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});

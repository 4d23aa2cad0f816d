import fs from "node:fs";
import os from "node:os";
import { defineConfig } from "@playwright/test";
import { HOST, SERVERS, baseUrlOf, databasePathOf, prepareRun, type ServerName } from "./e2e/fixtures/run";

/**
 * End-to-end tests against the PRODUCTION build (`npm start` builds when
 * needed) on FRESH databases: the default data is loaded once per run and
 * copied for two servers (e2e/fixtures/run.ts). Specs in e2e/reads/ run
 * against a server whose data never changes; specs in e2e/writes/ against one
 * of their own, so no read-only check depends on when a writing spec runs.
 */
prepareRun();

/**
 * CHROMIUM_PATH, else Debian's Chromium: its headless shell first (the same
 * engine without the desktop browser around it, the build Playwright itself
 * runs headless; the suite takes about 40% less time with it), then the full
 * browser; else Playwright's own. scripts/ensure-chromium.sh installs it.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH || ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));

/**
 * One worker per core (E2E_WORKERS overrides): each worker drives a Chromium
 * that renders the page while the server renders the next one, so more
 * workers than cores only queue for the CPU (measured in the README).
 */
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, os.availableParallelism());

/**
 * Timeouts are sized for a loaded 2-core machine (CI shares one with other
 * jobs), where what takes 2 s on an idle machine can take 10 s or more. A
 * passing test never waits for them; they only bound how long a failing one
 * takes to say so. Accessibility scans add their own budget
 * (e2e/fixtures/axe.ts); long journeys call test.slow().
 */
const TEST_TIMEOUT_MS = 60_000;
const EXPECT_TIMEOUT_MS = 20_000;
const ACTION_TIMEOUT_MS = 20_000;
const NAVIGATION_TIMEOUT_MS = 45_000;

function server(name: ServerName, startTimeoutMs: number) {
  return {
    command: "npm start",
    url: baseUrlOf(name),
    name,
    env: {
      DATABASE_PATH: databasePathOf(name),
      PORT: String(SERVERS[name].port),
      HOST,
      // The production build lives in .next, whatever a dev server in this shell uses.
      NEXT_DIST_DIR: ".next",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: false,
    timeout: startTimeoutMs,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  };
}

export default defineConfig({
  testDir: "e2e",
  // Maps `server-only` to its empty module for the app's modules the fixtures import (Next resolves it itself).
  tsconfig: "./e2e/tsconfig.json",
  fullyParallel: true,
  workers,
  // A test that fails once is a finding, not noise: no retries.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: TEST_TIMEOUT_MS,
  expect: { timeout: EXPECT_TIMEOUT_MS },
  use: {
    browserName: "chromium",
    locale: "en-US",
    timezoneId: "UTC",
    actionTimeout: ACTION_TIMEOUT_MS,
    navigationTimeout: NAVIGATION_TIMEOUT_MS,
    // Recording a trace of every test costs about an eighth of the suite's time;
    // to debug a failure, run again with `--trace retain-on-failure`.
    trace: "off",
    screenshot: "only-on-failure",
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
  projects: [
    { name: "reads", testDir: "e2e/reads", use: { baseURL: baseUrlOf("reads") } },
    { name: "writes", testDir: "e2e/writes", use: { baseURL: baseUrlOf("writes") } },
  ],
  // Started one after the other: the first runs `next build` when the build is
  // stale (a few minutes allowed on a loaded machine); the second finds it built.
  webServer: [server("reads", 8 * 60_000), server("writes", 3 * 60_000)],
});

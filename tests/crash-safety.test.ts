import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseDigest } from "./helpers/digest";

/**
 * An import killed half-way (SIGKILL: no handler runs, no rollback is
 * written, as when the machine loses power or the OOM killer strikes) leaves
 * the database exactly as it was: the run is one transaction, and SQLite
 * discards an uncommitted one when the file is next opened. The same import
 * then runs to its end.
 */
const TSX = path.join("node_modules", ".bin", "tsx");
/** The import in this very process (`tsx` the command runs it in a child, which a SIGKILL of the command would leave running). */
const NODE_TSX = [process.execPath, "--conditions=react-server", "--import", "tsx"] as const;
/** A later publication of a list the default data holds: thousands of records changed and gone, several seconds of one transaction. */
const IMPORT = ["scripts/import.ts", "ofac", "data/lists/ofac-sdn-2019-01", "--published", "2024-06-01"];

let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-crash-"));
  file = path.join(dir, "tracker.db");
  // The default data, loaded as `npm run db:setup` loads it.
  const setup = spawnSync(TSX, ["--conditions=react-server", "scripts/db-setup.ts"], {
    env: { ...process.env, DATABASE_PATH: file },
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`could not load the default data:\n${setup.stdout}${setup.stderr}`);
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Killed = { signal: NodeJS.Signals | null; code: number | null; stdout: string; stderr: string };

/**
 * Runs the import and kills it once it says it has gone through half of the
 * records: the progress line is written from inside the run's transaction
 * (stdout to a pipe is synchronous on Linux), and the rest of the run (the
 * other half, then the records gone from the list) is seconds of work away.
 */
function importKilledHalfWay(): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), ...IMPORT], {
      env: { ...process.env, DATABASE_PATH: file },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const progress = [...stdout.matchAll(/^ {2}(\d+)\/(\d+) records$/gm)].at(-1);
      if (progress && Number(progress[1]) * 2 >= Number(progress[2]) && child.exitCode === null) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe("an import killed half-way", { timeout: 600_000 }, () => {
  it("leaves the database sound and as it was, and the same import then succeeds", async () => {
    const before = databaseDigest(file);

    const killed = await importKilledHalfWay();
    expect(killed.signal, `the import was not killed:\n${killed.stdout}${killed.stderr}`).toBe("SIGKILL");
    // It died inside its transaction: no summary was printed.
    expect(killed.stdout).toMatch(/records$/m);
    expect(killed.stdout).not.toMatch(/published 2024-06-01 \(run/);

    const db = new Database(file);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
    expect(databaseDigest(file)).toEqual(before);

    const again = spawnSync(TSX, ["--conditions=react-server", ...IMPORT], {
      env: { ...process.env, DATABASE_PATH: file },
      encoding: "utf8",
    });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/published 2024-06-01 \(run \d+/);
    expect(again.stdout).toMatch(/removed: +[1-9]\d*/);
    const after = databaseDigest(file);
    expect(after.import_runs!.rows).toBe(before.import_runs!.rows + 1);
    expect(after.change_log!.rows).toBeGreaterThan(before.change_log!.rows);
  });
});

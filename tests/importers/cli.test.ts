import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createTestDb, rowCounts, type TestDb } from "../helpers/db";
import { fixture, tempFiles } from "./helpers";

/** `npm run import -- …` as a user runs it, on the test's own database file. */
function cli(t: TestDb, ...args: string[]) {
  const r = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/import.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: t.file },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What the file holds, read by a connection of its own (the CLI wrote it from another process). */
function countsOf(t: TestDb) {
  const db = openDatabase(t.file);
  try {
    return rowCounts(db);
  } finally {
    db.$client.close();
  }
}

let t: TestDb;
afterEach(() => t?.close());

// Each test starts the CLI five times over (a tsx process each): several seconds
// idle, and many more while another job shares the machine.
describe("npm run import", { timeout: 180_000 }, () => {
  it("imports a publication, then says the same files again changed nothing, with exit code 0", () => {
    t = createTestDb();
    const first = cli(t, "ofac", fixture("ofac-sdn"), "--published", "2023-12-28");
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/published 2023-12-28/);
    expect(first.out).toMatch(/added: +\d+/);
    const before = countsOf(t);

    // No --published needed: the very same files are the publication already imported.
    const again = cli(t, "ofac", fixture("ofac-sdn"));
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/Nothing changed: this publication was already imported/);
    expect({ ...countsOf(t), import_runs: 0 }).toEqual({ ...before, import_runs: 0 });
  });

  it("refuses an older publication, a missing date and a bad file with exit code 1, writing nothing", () => {
    t = createTestDb();
    expect(cli(t, "ofac", fixture("ofac-sdn"), "--published", "2023-12-28").code).toBe(0);
    const before = countsOf(t);

    const older = cli(t, "ofac", fixture("ofac-sdn-2019"), "--published", "2019-01-15");
    expect(older.code).toBe(1);
    expect(older.err).toMatch(/older than the publication already imported \(2023-12-28\)/);

    const undated = cli(t, "ofac", fixture("ofac-sdn-2019"));
    expect(undated.code).toBe(1);
    expect(undated.err).toMatch(/--published YYYY-MM-DD/);

    const sdn = readFileSync(fixture("ofac-sdn", "sdn.csv"), "latin1");
    const truncated = tempFiles({ "sdn.csv": sdn.slice(0, sdn.indexOf('"', sdn.indexOf("\r\n", 200)) + 5) });
    const bad = cli(t, "ofac", truncated, "--published", "2024-01-05");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/sdn\.csv:\d+: a quoted field is not closed .*Nothing was imported/);

    expect(countsOf(t)).toEqual(before);
  });
});

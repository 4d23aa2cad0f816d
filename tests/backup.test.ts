import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { addName, findEntityIdByRef, updateEntity, type CommandContext } from "@/lib/commands";
import { search } from "@/lib/search/engine";
import { databaseDigest } from "./helpers/digest";
import { seededDb, type TestDb } from "./helpers/db";

/** `npm run db:backup` / `npm run db:restore` as a user runs them, on the test's database. */
function cli(t: TestDb, script: "db-backup" | "db-restore", ...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_PATH: t.file },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same, without blocking this process: it goes on writing while the child runs. */
function cliAsync(t: TestDb, script: "db-backup", ...args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_PATH: t.file },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, err }));
  });
}

let t: TestDb;
let dir: string;
const fileIn = (name: string) => path.join(dir, name);

beforeEach(() => {
  t = seededDb();
  dir = path.dirname(t.file);
});
afterEach(() => t.close());

const ctx = (db: Db): CommandContext => ({ db, actor: { name: "user:1", userId: null } });

/** Changes PATRIOT's remarks through the command, as an admin edit does. */
function edit(db: Db, remarks: string): void {
  const c = ctx(db);
  const entityId = findEntityIdByRef(c, "seed:patriot")!;
  const version = db.$client.prepare("SELECT version FROM entities WHERE id = ?").pluck().get(entityId) as number;
  updateEntity(c, { entityId, expectedVersion: version, remarks });
}

function remarksOf(db: Db): unknown {
  const entityId = findEntityIdByRef(ctx(db), "seed:patriot")!;
  return db.$client.prepare("SELECT remarks FROM entities WHERE id = ?").pluck().get(entityId);
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

// Each test starts the scripts a few times (a tsx process each): seconds idle, many more on a loaded machine.
describe("npm run db:backup and db:restore", { timeout: 180_000 }, () => {
  it("round trip: the backup holds every row, and restoring it brings the database back to it", () => {
    edit(t.db, "before the backup");
    t.db.$client.close(); // no other process holds the database: no --force needed
    const original = databaseDigest(t.file);

    const backup = cli(t, "db-backup", fileIn("backup.db"));
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/Backed up .* MB, \d+ changes in the log/);
    expect(databaseDigest(fileIn("backup.db"))).toEqual(original);
    // One self-contained file.
    expect(fs.existsSync(fileIn("backup.db-wal"))).toBe(false);

    const db = openDatabase(t.file);
    edit(db, "after the backup");
    db.$client.close();
    expect(databaseDigest(t.file)).not.toEqual(original);

    const restore = cli(t, "db-restore", fileIn("backup.db"));
    expect(restore.code, restore.err).toBe(0);
    expect(restore.out).toMatch(/Restored .* into /);
    expect(databaseDigest(t.file)).toEqual(original);
    expect(integrity(t.file)).toBe("ok");
    expect(fs.readdirSync(dir).filter((f) => f.includes("restoring"))).toEqual([]);

    // A backup is never written over.
    const again = cli(t, "db-backup", fileIn("backup.db"));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists already/);
  });

  it("takes a consistent backup while another connection writes", async () => {
    const seeded = remarksOf(t.db);
    const backup = cliAsync(t, "db-backup", fileIn("backup.db"));
    let done = false;
    void backup.finally(() => (done = true));
    // Writes one after another from this process until the backup process has exited.
    let writes = 0;
    while (!done) {
      edit(t.db, `write ${++writes}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { code, err } = await backup;
    expect(code, err).toBe(0);
    expect(writes).toBeGreaterThan(0);
    expect(integrity(fileIn("backup.db"))).toBe("ok");

    // A snapshot at one instant: every edit it holds is there whole (the row's version and its log entry).
    const b = new Database(fileIn("backup.db"), { readonly: true });
    try {
      const entityId = findEntityIdByRef(ctx(t.db), "seed:patriot")!;
      const version = b.prepare("SELECT version FROM entities WHERE id = ?").pluck().get(entityId) as number;
      const logged = b
        .prepare("SELECT count(*) FROM change_log WHERE action = 'entity.update' AND entity_id = ? AND actor = 'user:1'")
        .pluck()
        .get(entityId) as number;
      const remarks = b.prepare("SELECT remarks FROM entities WHERE id = ?").pluck().get(entityId);
      // Taken in the middle of the writes: some before it, some after.
      expect(logged).toBeGreaterThan(0);
      expect(logged).toBeLessThan(writes);
      expect(version - logged).toBe(1);
      expect(remarks).toBe(logged === 0 ? seeded : `write ${logged}`);
    } finally {
      b.close();
    }
  });

  it("refuses to restore under a process that has the database open, unless --force; with it, that process's readers see the restored data", () => {
    t.db.$client.close();
    expect(cli(t, "db-backup", fileIn("backup.db")).code).toBe(0);
    const backedUp = databaseDigest(t.file);

    // This test's process stands for the running server: a connection open on the database.
    const server = openDatabase(t.file);
    try {
      const seeded = remarksOf(server);
      edit(server, "after the backup");
      const edited = databaseDigest(t.file);
      const versionBefore = server.$client.pragma("data_version", { simple: true }) as number;

      const refused = cli(t, "db-restore", fileIn("backup.db"));
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`is open in another process (pid ${process.pid})`);
      expect(refused.err).toMatch(/--force/);
      expect(refused.err).toMatch(/The database was not changed\./);
      expect(databaseDigest(t.file)).toEqual(edited);

      const forced = cli(t, "db-restore", fileIn("backup.db"), "--force");
      expect(forced.code, forced.err).toBe(0);
      expect(server.$client.pragma("data_version", { simple: true })).not.toBe(versionBefore);
      expect(remarksOf(server)).toBe(seeded);
      expect(databaseDigest(t.file)).toEqual(backedUp);
    } finally {
      server.$client.close();
    }
  });

  it("refuses a file that is not a sound tracker database, leaving the database as it was", () => {
    t.db.$client.close();
    const original = databaseDigest(t.file);
    expect(cli(t, "db-backup", fileIn("backup.db")).code).toBe(0);

    fs.writeFileSync(fileIn("text.db"), "not a database at all\n".repeat(200));
    const other = new Database(fileIn("other.db"));
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    other.close();
    // Half a backup: its pages past the middle are gone.
    const whole = fs.readFileSync(fileIn("backup.db"));
    fs.writeFileSync(fileIn("truncated.db"), whole.subarray(0, Math.floor(whole.length / 2)));

    const cases: [string, RegExp][] = [
      ["missing.db", /there is no backup file at/],
      ["text.db", /not a SQLite database/],
      ["other.db", /not a Sanctions Tracker database \(no table __drizzle_migrations, entities, designations, change_log\)/],
      ["truncated.db", /integrity check fails|malformed/],
    ];
    for (const [name, message] of cases) {
      const r = cli(t, "db-restore", fileIn(name), "--force");
      expect(r.code, name).toBe(1);
      expect(r.err, name).toMatch(message);
      expect(r.err, name).toMatch(/The database was not changed\./);
    }
    expect(databaseDigest(t.file)).toEqual(original);
    expect(fs.readdirSync(dir).filter((f) => f.includes("restoring"))).toEqual([]);
  });

  it("a server's search index follows a restore made under it", async () => {
    const server = t.db; // the connection a running server keeps, with its in-memory search index
    const patriot = findEntityIdByRef(ctx(server), "seed:patriot")!;
    const found = (q: string) => search({ q }, server).results.map((r) => r.id);
    expect(found("Zanzibarian Quokka")).not.toContain(patriot);
    await backupDatabase(t.file, fileIn("backup.db"));

    addName(ctx(server), patriot, { value: "Zanzibarian Quokka Shipping" });
    expect(found("Zanzibarian Quokka")).toContain(patriot);

    await restoreDatabase(fileIn("backup.db"), t.file, { force: true });
    expect(found("Zanzibarian Quokka")).not.toContain(patriot);
    // A name written after the restore takes the id the forgotten one had.
    addName(ctx(server), patriot, { value: "Okavango Marmoset Trading" });
    expect(found("Okavango Marmoset")).toContain(patriot);
    expect(found("Zanzibarian Quokka")).not.toContain(patriot);
  });
});

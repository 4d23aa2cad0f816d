import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { changeLog, designations, entityRefs, importRuns, programs } from "@/db/schema";
import { upsertEntity } from "@/lib/commands";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { ImportRefusedError, importList, importUnchanged } from "@/lib/importers/run-import";
import { filesAt, importListAt } from "@/lib/importers/formats";
import type { ParsedList } from "@/lib/importers/types";
import { createTestDb, rowCounts, seededDb, type TestDb } from "../helpers/db";
import { fixture, tempFiles } from "./helpers";

/** The fixture's OFAC files cut down to the given entries (and with lines replaced), as a new folder. */
function snapshot(entNums: string[], replace: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  for (const name of ["sdn.csv", "add.csv", "alt.csv"]) {
    const lines = readFileSync(fixture("ofac-sdn", name), "latin1")
      .split("\r\n")
      .filter((l) => entNums.includes(l.split(",")[0]!))
      .map((l) => (name === "sdn.csv" && replace[l.split(",")[0]!]) || l);
    // add.csv and alt.csv are optional: a slice without any of their rows goes without them.
    if (lines.length > 0) files[name] = lines.join("\r\n").concat("\r\n");
  }
  return tempFiles(files);
}

const sdnLine = (entNum: string) =>
  readFileSync(fixture("ofac-sdn", "sdn.csv"), "latin1")
    .split("\r\n")
    .find((l) => l.startsWith(`${entNum},`))!;

let t: TestDb;
afterEach(() => t?.close());

const ofac = (dir: string, publishedOn: string) => importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(dir), publishedOn });

const entityOf = (ref: string) => t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()?.entityId;

function designationOf(entityId: number, authority: string, program: string) {
  return t.db
    .select({ d: designations })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(and(eq(designations.entityId, entityId), eq(designations.authorityCode, authority), eq(programs.code, program)))
    .get()?.d;
}

describe("importing OFAC publications over time", () => {
  it("records what was added, changed and delisted between two publications", () => {
    t = createTestDb();
    const first = ofac(snapshot(["24508", "24509", "17614"]), "2023-01-10");
    expect(first).toMatchObject({ added: 3, changed: 0, removed: 0, unchanged: 0 });

    // 24508 gains a program; 24509 is gone; 24510 is new; 17614 stays as it was.
    const changed = sdnLine("24508").replace('"DPRK4"', '"DPRK4] [RUSSIA-EO14024"');
    const second = ofac(snapshot(["24508", "24510", "17614"], { "24508": changed }), "2023-02-10");
    expect(second).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 1 });

    const neptun = entityOf("ofac:24509")!;
    const ended = designationOf(neptun, "US-OFAC", "DPRK4")!;
    expect(ended.delistedOn).toBe("2023-02-10");
    expect(ended.delistingReason).toMatch(/No longer on the OFAC .* published 2023-02-10/);

    const patriot = entityOf("ofac:24508")!;
    expect(designationOf(patriot, "US-OFAC", "RUSSIA-EO14024")).toBeDefined();
    const change = t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, patriot), eq(changeLog.action, "list.record.change")))
      .get()!;
    expect(change.before).toMatchObject({ programs: ["DPRK4"] });
    expect(change.after).toMatchObject({ programs: ["DPRK4", "RUSSIA-EO14024"] });
    expect(change.occurredOn).toBe("2023-02-10");
    expect(change.runId).toBe(second.runId);

    // The bundled record keeps its first-seen date apart from its (unknown) listing date.
    const bella = designationOf(entityOf("ofac:24510")!, "US-OFAC", "DPRK4")!;
    expect(bella).toMatchObject({ firstSeenOn: "2023-02-10", listedOn: null, listRecordId: "24510" });
  });

  it("changes nothing when the same files are imported again, and says so", () => {
    t = createTestDb();
    const dir = fixture("ofac-sdn");
    ofac(dir, "2023-12-28");
    const before = rowCounts(t.db);
    const again = ofac(dir, "2023-12-28");
    expect(again).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(again.unchanged).toBe(again.records);
    const after = rowCounts(t.db);
    // Only the run itself is recorded.
    expect({ ...after, import_runs: 0 }).toEqual({ ...before, import_runs: 0 });
    expect(after.import_runs).toBe(before.import_runs! + 1);
  });

  it("confirms the very files of the last import without parsing them, with that import's date", () => {
    t = createTestDb();
    const file = fixture("un-consolidated.xml");
    const first = importListAt(t.db, "un", file);
    // The UN file carries its date; confirming it again needs neither the file's content nor a --published date.
    const again = importUnchanged(t.db, { listKey: "un-consolidated", files: filesAt("un", file) });
    expect(again).toMatchObject({ publishedOn: first.publishedOn, added: 0, changed: 0, removed: 0, unchanged: first.records });
    expect(importListAt(t.db, "un", file)).toMatchObject({ added: 0, unchanged: first.records });
    // Other files, or the same files given as another publication, are not confirmed: they are parsed and compared.
    expect(importUnchanged(t.db, { listKey: "ofac-sdn", files: filesAt("ofac", fixture("ofac-sdn")) })).toBeNull();
    expect(importUnchanged(t.db, { listKey: "un-consolidated", files: filesAt("un", file), publishedOn: "2027-01-01" })).toBeNull();
  });

  it("refuses a publication older than the latest imported, writing nothing", () => {
    t = createTestDb();
    ofac(fixture("ofac-sdn"), "2023-12-28");
    const before = rowCounts(t.db);
    expect(() => ofac(fixture("ofac-sdn-2019"), "2019-01-15")).toThrow(ImportRefusedError);
    expect(rowCounts(t.db)).toEqual(before);
  });

  it("leaves the data exactly as before when a run fails midway, and records the failed run", () => {
    t = createTestDb();
    ofac(fixture("ofac-sdn"), "2023-12-28");
    const before = rowCounts(t.db);
    const parsed: ParsedList = parseOfacSdn(fixture("ofac-sdn"));
    // The last record claims to be an individual under a vessel's record id: the run fails on it.
    const patriot = parsed.records.find((r) => r.recordId === "24508")!;
    parsed.records = [...parsed.records.filter((r) => r.recordId !== "24508"), { ...patriot, kind: "individual" }];
    expect(() => importList(t.db, { listKey: "ofac-sdn", parsed, publishedOn: "2024-01-05" })).toThrow(/vessel/);
    const after = rowCounts(t.db);
    expect({ ...after, import_runs: 0 }).toEqual({ ...before, import_runs: 0 });
    const failed = t.db.select().from(importRuns).where(eq(importRuns.status, "failed")).get()!;
    expect(failed).toMatchObject({ publishedOn: "2024-01-05", listKey: "ofac-sdn" });
    expect(failed.error).toMatch(/vessel/);
  });
});

describe("one entity per real thing", () => {
  it("merges a record into the entity with the same IMO number, and logs the rule", () => {
    t = createTestDb();
    const { id } = upsertEntity(
      { db: t.db, actor: { name: "test" } },
      { kind: "vessel", name: "PATRIOT", ref: "test:patriot", identifiers: [{ type: "imo", value: "9003550" }] },
    );
    const run = ofac(fixture("ofac-sdn"), "2023-12-28");
    expect(run.merged["same IMO number"]).toBeGreaterThanOrEqual(1);
    expect(entityOf("ofac:24508")).toBe(id);
    const merge = t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, id), eq(changeLog.action, "entity.merge")))
      .get()!;
    expect(merge.reason).toBe("same IMO number");
  });

  it("merges the default facts' same_as records: PATRIOT is seed:patriot and ofac:24508", () => {
    t = seededDb();
    const patriot = entityOf("seed:patriot")!;
    ofac(fixture("ofac-sdn"), "2023-12-28");
    expect(entityOf("ofac:24508")).toBe(patriot);
    const refs = t.db.select().from(entityRefs).where(eq(entityRefs.entityId, patriot)).all();
    expect(refs.map((r) => [r.ref, r.origin])).toEqual(
      expect.arrayContaining([
        ["seed:patriot", "record"],
        ["ofac:24508", "record"],
      ]),
    );
    // The seed's US designation is confirmed by the list, not duplicated.
    const us = t.db
      .select({ n: sql<number>`count(*)` })
      .from(designations)
      .where(and(eq(designations.entityId, patriot), eq(designations.authorityCode, "US-OFAC")))
      .get()!.n;
    expect(us).toBe(1);
    expect(designationOf(patriot, "US-OFAC", "DPRK4")).toMatchObject({ listedOn: "2018-08-21", listRecordId: "24508" });
  });

  it("merges individuals with the same full name and birth date across lists, and not others", () => {
    t = createTestDb();
    ofac(fixture("ofac-sdn"), "2023-12-28");
    importList(t.db, { listKey: "un-consolidated", parsed: parseUnConsolidated(fixture("un-consolidated.xml")) });
    // UN KPi.024 and OFAC 17614 are both KIM YONG CHOL, born 1962-02-18; OFAC 12211 (born circa 1947) is someone else.
    expect(entityOf("un:KPi.024")).toBe(entityOf("ofac:17614"));
    expect(entityOf("ofac:12211")).not.toBe(entityOf("ofac:17614"));
  });

  it("never ends a designation that another source asserts", () => {
    t = seededDb();
    ofac(snapshot(["24508", "17614"]), "2023-01-10");
    const run = ofac(snapshot(["17614"]), "2023-02-10");
    expect(run.removed).toBe(1);
    expect(run.keptByOtherSources).toBe(1);
    const patriot = entityOf("seed:patriot")!;
    expect(designationOf(patriot, "US-OFAC", "DPRK4")!.delistedOn).toBeNull();
  });
});

describe("bad files", () => {
  it("a list with a bad row is refused with the file and line before anything is written", () => {
    t = createTestDb();
    const before = rowCounts(t.db);
    const good = readFileSync(join(fixture("ofac-sdn"), "sdn.csv"), "latin1");
    const dir = tempFiles({ "sdn.csv": good + '99999,"BROKEN ROW","vessel"\r\n' });
    expect(() => ofac(dir, "2023-12-28")).toThrow(/sdn\.csv:\d+/);
    expect(rowCounts(t.db)).toEqual(before);
  });
});

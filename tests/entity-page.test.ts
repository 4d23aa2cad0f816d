import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { changeLog, entityRefs } from "@/db/schema";
import { findEntityIdByRef } from "@/lib/commands";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { importList } from "@/lib/importers/run-import";
import { getEntity } from "@/lib/read";
import { linkSeedNames, loadSeed, readSeedFile } from "@/lib/seed/load-seed";
import { setupDatabase } from "@/lib/setup";
import { createTestDb, rowCounts, seededDb, type TestDb } from "./helpers/db";
import { fixture, tempFiles } from "./importers/helpers";

/** The fixture's OFAC files cut down to the given entries, as a new folder (one publication). */
function publication(entNums: string[]): string {
  const files: Record<string, string> = {};
  for (const name of ["sdn.csv", "add.csv", "alt.csv"]) {
    const lines = readFileSync(fixture("ofac-sdn", name), "latin1")
      .split("\r\n")
      .filter((l) => entNums.includes(l.split(",")[0]!));
    if (lines.length > 0) files[name] = lines.join("\r\n").concat("\r\n");
  }
  return tempFiles(files);
}

/** The Remarks field of an entry of the fixture's sdn.csv, as the file has it. */
function remarksInFile(entNum: string): string {
  const line = readFileSync(fixture("ofac-sdn", "sdn.csv"), "latin1")
    .split("\r\n")
    .find((l) => l.startsWith(`${entNum},`))!;
  return /,"([^"]*)"$/.exec(line)![1]!;
}

let t: TestDb;
afterEach(() => t?.close());

const entityOf = (ref: string) => t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()!.entityId;
const ofac = (entNums: string[], publishedOn: string) =>
  importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(publication(entNums)), publishedOn });

describe("the entity page's status", () => {
  it("PATRIOT in the default facts: sanctioned now by KR-MOFA since 2024-07-01 and US-OFAC since 2018-08-21", () => {
    t = seededDb();
    const patriot = getEntity(findEntityIdByRef({ db: t.db, actor: { name: "test" } }, "seed:patriot")!, t.db)!;
    expect(patriot.status).toEqual({
      state: "inForce",
      authorities: [
        { code: "KR-MOFA", since: { kind: "on", date: "2024-07-01" }, until: null },
        { code: "US-OFAC", since: { kind: "on", date: "2018-08-21" }, until: null },
      ],
    });
  });

  it("a record gone from the next publication: delisted since then, with the publication that last carried it", () => {
    t = createTestDb();
    const first = ofac(["24508", "24509"], "2023-01-10");
    ofac(["24508"], "2023-02-10");

    const neptun = getEntity(entityOf("ofac:24509"), t.db)!;
    expect(neptun.status).toEqual({ state: "delisted", since: "2023-02-10", delistings: [{ code: "US-OFAC", on: "2023-02-10" }] });
    expect(neptun.listRecords).toEqual([
      expect.objectContaining({
        listKey: "ofac-sdn",
        recordId: "24509",
        removedOn: "2023-02-10",
        lastSeenIn: { runId: first.runId, publishedOn: "2023-01-10" },
      }),
    ]);

    // A list with no listing dates: in force "on or before" the publication it was first seen in.
    const patriot = getEntity(entityOf("ofac:24508"), t.db)!;
    expect(patriot.status).toEqual({
      state: "inForce",
      authorities: [{ code: "US-OFAC", since: { kind: "onOrBefore", date: "2023-01-10" }, until: null }],
    });
  });
});

describe("the entity page's list remarks", () => {
  it("keeps each OFAC record's remarks word for word, with the latest publication that carried them", () => {
    t = createTestDb();
    ofac(["24508"], "2023-01-10");
    // A later publication with the record unchanged: the remarks are cited from the latest.
    const later = ofac(["24508", "24509"], "2023-02-10");

    const patriot = getEntity(entityOf("ofac:24508"), t.db)!;
    const [record] = patriot.listRecords;
    expect(record).toMatchObject({ listKey: "ofac-sdn", recordId: "24508", removedOn: null, remarksVerbatim: true });
    expect(record!.remarks).toBe(remarksInFile("24508"));
    expect(record!.remarks).toMatch(/^Secondary sanctions risk: North Korea Sanctions Regulations, sections 510\.201 and 510\.210;/);
    expect(record!.lastSeenIn).toEqual({ runId: later.runId, publishedOn: "2023-02-10" });
  });

  it("keeps a UN record's COMMENTS1 as its remarks", () => {
    t = createTestDb();
    importList(t.db, { listKey: "un-consolidated", parsed: parseUnConsolidated(fixture("un-consolidated.xml")) });
    const entity = getEntity(entityOf("un:KPi.024"), t.db)!;
    expect(entity.listRecords[0]).toMatchObject({ recordId: "KPi.024", remarks: "Served as the KOMID representative in Iran." });
  });
});

describe("the entity page's name sources", () => {
  it("an imported name shows the list record it came from, not the publication again", () => {
    t = createTestDb();
    const run = ofac(["24508"], "2023-01-10");
    const patriot = getEntity(entityOf("ofac:24508"), t.db)!;
    expect(patriot.names.length).toBeGreaterThan(0);
    for (const name of patriot.names) {
      expect(name.origins).toEqual([
        { kind: "listRecord", listKey: "ofac-sdn", recordId: "24508", publication: { runId: run.runId, publishedOn: "2023-01-10" } },
      ]);
    }
  });

  it("a seed name in Hangul shows the KR-MOFA announcement that named it; one with a source, that source", () => {
    t = seededDb();
    const ctx = { db: t.db, actor: { name: "test" } };
    const patriot = getEntity(findEntityIdByRef(ctx, "seed:patriot")!, t.db)!;
    expect(patriot.names.find((n) => n.value === "패트리어트")!.origins).toEqual([
      expect.objectContaining({ kind: "announcement", id: "kr-2024-06-27", authorityCode: "KR-MOFA", announcedOn: "2024-06-27" }),
    ]);

    const kim = getEntity(findEntityIdByRef(ctx, "seed:kim-chang-rok")!, t.db)!;
    expect(kim.names.find((n) => n.value === "김창록")!.origins).toEqual([
      expect.objectContaining({ kind: "announcement", id: "kr-2024-06-27" }),
    ]);
    // Made by hand for the tracker: the seed gives it no source, and none is invented.
    expect(kim.names.find((n) => n.value === "Kim Chang Rok")!.origins).toEqual([]);

    const maia = getEntity(findEntityIdByRef(ctx, "seed:maia-1")!, t.db)!;
    expect(maia.names.find((n) => n.value === "NEPTUN")!.origins).toEqual([
      expect.objectContaining({ kind: "source", source: expect.objectContaining({ citation: "OFAC SDN" }) }),
    ]);
  });

  it("a database seeded before names were linked to announcements gets the links when set up again, once", () => {
    t = createTestDb();
    // Loaded as before the links: without the announcement on KR-MOFA's designations, nothing names a Hangul name.
    const seed = readSeedFile();
    loadSeed(t.db, {
      ...seed,
      designations: seed.designations.map((d) => (d.authority === "KR-MOFA" ? { ...d, announcement: undefined } : d)),
    });
    const kimId = findEntityIdByRef({ db: t.db, actor: { name: "test" } }, "seed:kim-chang-rok")!;
    const kimName = () => getEntity(kimId, t.db)!.names.find((n) => n.value === "김창록")!;
    expect(kimName().origins).toEqual([]);

    setupDatabase(t.db, { factsOnly: true });
    expect(kimName().origins).toEqual([expect.objectContaining({ kind: "announcement", id: "kr-2024-06-27" })]);
    const linked = t.db.select().from(changeLog).where(eq(changeLog.action, "entity.name.update")).all();
    expect(linked).toHaveLength(17);
    expect(linked.every((c) => c.actor === "seed")).toBe(true);

    const before = rowCounts(t.db);
    setupDatabase(t.db, { factsOnly: true });
    expect(linkSeedNames(t.db)).toBe(0);
    expect(rowCounts(t.db)).toEqual(before);
  });
});

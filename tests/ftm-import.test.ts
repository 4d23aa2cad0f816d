import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, isNull } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { authorities, designationSources, designations, entityRefs, listRecords, lists, programs, sources } from "@/db/schema";
import { openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/db/migrate";
import { ftmLines, type FtmEntity } from "@/lib/export/ftm";
import { importListAt } from "@/lib/importers/formats";
import { importFtmAt } from "@/lib/importers/ftm-import";
import { ListChoiceError, listNameProblem } from "@/lib/importers/lists";
import { parseFtm } from "@/lib/importers/parsers/ftm";
import { ImportRefusedError } from "@/lib/importers/run-import";
import { ImportFormatError } from "@/lib/importers/types";
import { listSourceHealth } from "@/lib/read/imports";
import { iterateEntityExports } from "@/lib/read/export";
import { search } from "@/lib/search/engine";
import { createTestDb, rowCounts, seededDb, tableNames, type TestDb } from "./helpers/db";

const YENTE = fileURLToPath(new URL("./fixtures/ftm/yente-t1.ftm.jsonl", import.meta.url));

let t: TestDb;
let other: TestDb | undefined;
afterEach(() => {
  t?.close();
  other?.close();
  other = undefined;
});

/** A file of FtM lines (objects or raw text) in a fresh temporary folder. */
function ftmFile(lines: (object | string)[], name = "entities.ftm.jsonl"): string {
  const dir = mkdtempSync(join(tmpdir(), "ftm-import-"));
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

const person = (id: string, props: Record<string, string[]> = {}) => ({
  id,
  schema: "Person",
  properties: { name: [`Person ${id}`], ...props },
});
const vessel = (id: string, imo: string, props: Record<string, string[]> = {}) => ({
  id,
  schema: "Vessel",
  properties: { name: [`VESSEL ${id}`], imoNumber: [imo], ...props },
});
const sanction = (id: string, entity: string, props: Record<string, string[]> = {}) => ({
  id,
  schema: "Sanction",
  properties: { entity: [entity], program: ["TEST-PROGRAM"], ...props },
});

const entityOf = (db: TestDb["db"], ref: string) => db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()?.entityId;

function designationsOf(db: TestDb["db"], entityId: number) {
  return db
    .select({
      authority: designations.authorityCode,
      program: programs.code,
      listedOn: designations.listedOn,
      delistedOn: designations.delistedOn,
    })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(eq(designations.entityId, entityId))
    .all();
}

const ftm = (db: TestDb["db"], path: string, list: string, publishedOn: string, authority?: string) =>
  importFtmAt(db, path, { list, publishedOn, authority });

describe("FollowTheMoney import: a real excerpt (OpenSanctions' yente fixture)", () => {
  it("imports Persons and Organizations, skips and counts the Address, and makes every entity searchable", () => {
    t = createTestDb();
    const { summary, parsed } = ftm(t.db, YENTE, "eu-fsf", "2024-06-01");
    expect(summary).toMatchObject({ added: 6, changed: 0, removed: 0, records: 6 });
    expect(parsed?.skipped).toEqual({ Address: 1 });

    const kuzmenko = entityOf(t.db, "eu-fsf:NK-2Ka3UvopqbpZmVDFjWd4LA")!;
    expect(kuzmenko).toBeDefined();
    // No Sanction names them: the entities stand without designations, searchable all the same.
    expect(designationsOf(t.db, kuzmenko)).toEqual([]);
    const hits = search({ q: "Vitaly Kuzmenko" }, t.db).results;
    expect(hits[0]?.id).toBe(kuzmenko);
    expect(hits[0]?.refs).toContain("eu-fsf:NK-2Ka3UvopqbpZmVDFjWd4LA");

    const read = parseFtm(YENTE, "2024-06-01");
    const record = read.records.find((r) => r.recordId === "NK-2Ka3UvopqbpZmVDFjWd4LA")!;
    expect(record).toMatchObject({ kind: "individual", name: "Vitaly Yurievich KUZMENKO", noDesignation: true });
    expect(record.identifiers).toEqual([{ type: "tax_id", value: "366510784303" }]);
    expect(record.attributes).toEqual(
      expect.arrayContaining([
        { key: "birth_date", value: "1971-01-22" },
        { key: "nationality", value: "RU" },
        { key: "gender", value: "male" },
      ]),
    );
    const tobacco = read.records.find((r) => r.recordId === "NK-2GdmHtZTeNXjNVrBGEXZNj")!;
    expect(tobacco).toMatchObject({ kind: "organization", name: "RAB „Inter Tobacco“" });
    expect(tobacco.identifiers).toEqual([{ type: "registration", value: "808000714" }]);
    expect(tobacco.names.map((n) => n.value)).toContain("Общество с ограниченной ответственностью “Интер Тобако”");
  });
});

describe("FollowTheMoney import: lists", () => {
  it("creates the list on its first import, as its own authority, and reuses it afterwards", () => {
    t = createTestDb();
    const first = ftmFile([person("p1"), sanction("s1", "p1")]);
    ftm(t.db, first, "acme-blocked", "2026-01-01");
    expect(t.db.select().from(lists).all()).toMatchObject([{ key: "acme-blocked", authorityCode: "ACME-BLOCKED", ownAuthority: true }]);
    const p1 = entityOf(t.db, "acme-blocked:p1")!;
    expect(designationsOf(t.db, p1)).toMatchObject([{ authority: "ACME-BLOCKED", program: "TEST-PROGRAM", delistedOn: null }]);

    const second = ftmFile([person("p1"), sanction("s1", "p1"), person("p2")]);
    const again = ftm(t.db, second, "acme-blocked", "2026-02-01");
    expect(again.summary).toMatchObject({ added: 1, unchanged: 1 });
    expect(t.db.select().from(lists).all()).toHaveLength(1);
    expect(entityOf(t.db, "acme-blocked:p2")).toBeDefined();

    // The readers know it beside the built-in lists: sources page, publications, the export's data basis.
    expect(listSourceHealth(t.db).find((h) => h.listKey === "acme-blocked")).toMatchObject({
      label: "acme-blocked list",
      refPrefix: "acme-blocked",
      authorities: ["ACME-BLOCKED"],
      recordsHeld: 2,
      lastSuccess: { publishedOn: "2026-02-01" },
    });
    const exported = [...iterateEntityExports(t.db)].find((e) => e.refs.includes("acme-blocked:p1"))!;
    expect(exported.publications).toEqual([{ list: "acme-blocked", publishedOn: "2026-02-01" }]);
    // An older publication than the latest is refused, as for every list.
    expect(() => ftm(t.db, ftmFile([person("p1")]), "acme-blocked", "2026-01-15")).toThrow(ImportRefusedError);
  });

  it("puts a list under the authority --authority names, creating an authority the database lacks", () => {
    t = createTestDb();
    ftm(t.db, ftmFile([person("p1"), sanction("s1", "p1")]), "partner-list", "2026-01-01", "XX-PARTNER");
    expect(t.db.select().from(authorities).where(eq(authorities.code, "XX-PARTNER")).get()).toBeDefined();
    expect(designationsOf(t.db, entityOf(t.db, "partner-list:p1")!)).toMatchObject([{ authority: "XX-PARTNER" }]);
    // Reused with the same authority, refused with another.
    expect(() => ftm(t.db, ftmFile([person("p1")]), "partner-list", "2026-02-01", "YY-OTHER")).toThrow(ListChoiceError);
  });

  it("refuses names that are not lowercase slugs, built-in lists and other lists' ref prefixes", () => {
    for (const bad of ["Acme", "a", "acme_blocked", "-acme", "acme--x", "1acme", "a-very-long-list-name-indeed"]) {
      expect(listNameProblem(bad)).toMatch(/lowercase name/);
    }
    expect(listNameProblem("ofac-sdn")).toMatch(/built-in/);
    expect(listNameProblem("ofac")).toMatch(/ref prefix/);
    expect(listNameProblem("acme-blocked")).toBeNull();
  });

  it("refuses a list that would stand as its own authority when that authority is another's", () => {
    t = seededDb();
    expect(() => ftm(t.db, ftmFile([person("p1")]), "us-ofac", "2026-01-01")).toThrow(/US-OFAC, but that is an authority already/);
  });
});

describe("FollowTheMoney import: the runner's rules", () => {
  it("imports the same file again without changing anything", () => {
    t = createTestDb();
    const path = ftmFile([sanction("s1", "v1"), vessel("v1", "IMO 9123456"), person("p1")]);
    ftm(t.db, path, "fleet", "2026-01-01");
    const before = rowCounts(t.db);
    const again = ftm(t.db, path, "fleet", "2026-01-01");
    expect(again.summary).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 2 });
    // Only the run's own row is new.
    expect(rowCounts(t.db)).toEqual({ ...before, import_runs: before.import_runs! + 1 });
    // The same content in another file of the next publication: read, and nothing changes.
    const copy = ftmFile([person("p1"), vessel("v1", "IMO 9123456"), sanction("s1", "v1")]);
    expect(ftm(t.db, copy, "fleet", "2026-02-01").summary).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 2 });
  });

  it("ends a designation the next publication no longer asserts (Sanction gone, ended, or entity gone)", () => {
    t = createTestDb();
    ftm(
      t.db,
      ftmFile([person("p1"), sanction("s1", "p1"), person("p2"), sanction("s2", "p2"), person("p3"), sanction("s3", "p3")]),
      "delta-test",
      "2026-01-01",
    );
    const [p1, p2, p3] = ["p1", "p2", "p3"].map((id) => entityOf(t.db, `delta-test:${id}`)!);
    // p1's Sanction is gone; p2's has ended; p3 is gone altogether.
    const next = ftmFile([person("p1"), person("p2"), sanction("s2", "p2", { endDate: ["2026-01-15"] })]);
    const { summary } = ftm(t.db, next, "delta-test", "2026-02-01");
    expect(summary).toMatchObject({ changed: 2, removed: 1 });
    for (const id of [p1, p2, p3]) expect(designationsOf(t.db, id!)).toMatchObject([{ delistedOn: "2026-02-01" }]);
    // p1 and p2 are still on the list, as entities without designation.
    const held = t.db
      .select({ recordId: listRecords.recordId })
      .from(listRecords)
      .where(and(eq(listRecords.listKey, "delta-test"), isNull(listRecords.removedOn)))
      .all();
    expect(held.map((r) => r.recordId).sort()).toEqual(["p1", "p2"]);
  });

  it("merges a vessel into the entity of another list with the same IMO number", () => {
    t = createTestDb();
    ftm(t.db, ftmFile([vessel("v1", "9123456")]), "list-one", "2026-01-01");
    const { summary } = ftm(t.db, ftmFile([vessel("other-v", "IMO9123456")]), "list-two", "2026-01-01");
    expect(summary.merged).toEqual({ "same IMO number": 1 });
    expect(entityOf(t.db, "list-two:other-v")).toBe(entityOf(t.db, "list-one:v1"));
  });

  it("reads a Sanction before or after its entity, and keeps each Sanction's dates and source page", () => {
    t = createTestDb();
    const path = ftmFile([
      sanction("s1", "p1", { program: ["A"], listingDate: ["2020-05-01"], sourceUrl: ["https://example.org/notice-a"] }),
      person("p1"),
      sanction("s2", "p1", { program: ["B"], listingDate: ["2021"], startDate: ["2021-02-03"] }),
    ]);
    ftm(t.db, path, "dates", "2026-01-01");
    const p1 = entityOf(t.db, "dates:p1")!;
    expect(designationsOf(t.db, p1).sort((a, b) => a.program.localeCompare(b.program))).toMatchObject([
      { program: "A", listedOn: "2020-05-01" },
      { program: "B", listedOn: "2021" },
    ]);
    const cited = t.db
      .select({ citation: sources.citation })
      .from(designationSources)
      .innerJoin(sources, eq(sources.id, designationSources.sourceId))
      .innerJoin(designations, eq(designations.id, designationSources.designationId))
      .where(eq(designations.entityId, p1))
      .all()
      .map((r) => r.citation);
    expect(cited).toContain("https://example.org/notice-a");
    expect(cited.filter((c) => c.startsWith("dates list, published 2026-01-01"))).toHaveLength(2);
  });
});

describe("FollowTheMoney import: bad lines", () => {
  const cases: [string, (object | string)[], number, RegExp][] = [
    ["not JSON", [person("p1"), "{not json", person("p2")], 2, /not JSON/],
    ["not an object", [person("p1"), "[1, 2]"], 2, /not a JSON object/],
    ["no id", [person("p1"), person("p2"), { schema: "Person", properties: { name: ["X"] } }], 3, /no id/],
    ["no schema", [{ id: "x", properties: { name: ["X"] } }], 1, /no schema/],
    ["no properties", [person("p1"), { id: "x", schema: "Person" }], 2, /no properties object/],
    [
      "a property not a list",
      [person("p1"), { id: "x", schema: "Person", properties: { name: "X" } }],
      2,
      /"name" of entity x is not a list of strings/,
    ],
    ["a property with a number", [{ id: "x", schema: "Person", properties: { name: ["X", 3] } }], 1, /not a list of strings/],
    [
      "a Sanction pointing nowhere",
      [person("p1"), sanction("s1", "p1"), sanction("s2", "nobody")],
      3,
      /names entity nobody, which is not in the file/,
    ],
    ["a Sanction naming no entity", [person("p1"), { id: "s", schema: "Sanction", properties: { program: ["X"] } }], 2, /names no entity/],
    ["an id twice", [person("p1"), person("p1")], 2, /appears twice/],
  ];

  for (const [what, lines, line, reason] of cases) {
    it(`refuses ${what} with its line number, and writes nothing`, () => {
      t = createTestDb();
      ftm(t.db, ftmFile([person("p0")]), "bad-lines", "2026-01-01");
      const before = rowCounts(t.db);
      let error: unknown;
      try {
        ftm(t.db, ftmFile(lines), "bad-lines", "2026-02-01");
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ImportFormatError);
      expect((error as ImportFormatError).line).toBe(line);
      expect((error as ImportFormatError).message).toMatch(reason);
      expect(rowCounts(t.db)).toEqual(before);
    });
  }

  it("creates no list when the first import of a list is refused", () => {
    t = createTestDb();
    expect(() => ftm(t.db, ftmFile([person("p1"), "oops"]), "never-made", "2026-01-01")).toThrow(ImportFormatError);
    expect(t.db.select().from(lists).all()).toEqual([]);
    expect(t.db.select().from(authorities).all()).toEqual([]);
  });

  it("reports dates it cannot read, by entity and property, and imports without them", () => {
    const parsed = parseFtm(
      ftmFile([
        person("p1", { birthDate: ["1970-13-40", "circa 1970"] }),
        sanction("s1", "p1", { listingDate: ["2020-02-30"], startDate: ["2020-02"] }),
      ]),
      "2026-01-01",
    );
    expect(parsed.unreadDates.map((d) => [d.recordId, d.field, d.value, d.line])).toEqual([
      ["s1", "listingDate", "2020-02-30", 2],
      ["p1", "birthDate", "1970-13-40", 1],
      ["p1", "birthDate", "circa 1970", 1],
    ]);
    expect(parsed.records[0]!.designationDetails).toEqual([{ program: "TEST-PROGRAM", effectiveOn: "2020-02" }]);
    expect(parsed.records[0]!.attributes.filter((a) => a.key === "birth_date")).toEqual([]);
  });

  it("skips unknown schemas and entities without any name, counting them", () => {
    const parsed = parseFtm(
      ftmFile([
        person("p1"),
        { id: "o1", schema: "Ownership", properties: { owner: ["p1"] } },
        { id: "a1", schema: "Address", properties: { full: ["Somewhere"] } },
        { id: "n1", schema: "Company", properties: { country: ["ru"] } },
        { id: "n2", schema: "Person", properties: { firstName: ["Ivan"], lastName: ["Petrov"] } },
      ]),
      "2026-01-01",
    );
    expect(parsed.skipped).toEqual({ Ownership: 1, Address: 1 });
    expect(parsed.unnamed).toBe(1);
    expect(parsed.records.map((r) => [r.recordId, r.name])).toEqual([
      ["p1", "Person p1"],
      ["n2", "Ivan Petrov"],
    ]);
  });
});

/**
 * The round trip: the tracker's own FtM export (of the default data) imported
 * into a fresh database, and exported again. Equal means, entity by entity
 * (matched by the FtM id the import kept as record id): the same schema and
 * every property the same set of values; and Sanction by Sanction (matched by
 * program), the same program, listing, start and end dates and reason. Not
 * compared, because an import cannot keep them: ids (`st-<n>` are the
 * tracker's own row numbers), a Sanction's `authority` (every designation of a
 * list is under the list's authority, here ROUND-TRIP), its `summary` or
 * `sourceUrl` (the import cites the list publication), Sanctions ended
 * on or before the publication (an ended Sanction asserts nothing, so the
 * fresh database never holds the designation) and the `notes` the export
 * writes for identifiers with no FtM property (read back as remarks).
 */
describe("FollowTheMoney import: the round trip", () => {
  const PUBLISHED = "2026-12-01";

  function exportOf(db: TestDb["db"]): FtmEntity[] {
    const out: FtmEntity[] = [];
    for (const e of iterateEntityExports(db)) {
      for (const line of ftmLines(e, PUBLISHED).trim().split("\n")) out.push(JSON.parse(line) as FtmEntity);
    }
    return out;
  }

  const sorted = (props: Record<string, string[]>, drop: string[] = []) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !drop.includes(k))
        .map(([k, v]): [string, string[]] => [k, [...v].sort()])
        .sort(([a], [b]) => a.localeCompare(b)),
    );

  const sanctionsOf = (all: FtmEntity[], entityId: string, inForceOnly: boolean) =>
    all
      .filter((o) => o.schema === "Sanction" && o.properties.entity?.[0] === entityId)
      .filter((o) => !inForceOnly || !o.properties.endDate?.[0] || o.properties.endDate[0] > PUBLISHED)
      .map((o) => sorted(o.properties, ["entity", "authority", "summary", "sourceUrl"]))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it("exports what the tracker's own export imported, equal", () => {
    t = seededDb();
    const first = exportOf(t.db);
    const entities = first.filter((o) => o.schema !== "Sanction");
    expect(entities.length).toBeGreaterThan(20);
    const sanctions = first.filter((o) => o.schema === "Sanction");
    // The comparison below bites: Sanctions in force with programs and dates, and ended ones left aside.
    expect(sanctions.filter((o) => !o.properties.endDate && o.properties.listingDate).length).toBeGreaterThan(10);
    const path = ftmFile(first.map((o) => JSON.stringify(o)));

    other = createTestDb();
    const { summary } = importFtmAt(other.db, path, { list: "round-trip", publishedOn: PUBLISHED });
    expect(summary).toMatchObject({ added: entities.length, changed: 0, removed: 0 });
    expect(summary.merged).toEqual({});

    const second = exportOf(other.db);
    const byRef = new Map<string, FtmEntity>();
    for (const e of iterateEntityExports(other.db)) {
      const ref = e.refs.find((r) => r.startsWith("round-trip:"))!;
      byRef.set(
        ref.slice("round-trip:".length),
        second.find((o) => o.id === `st-${e.id}`)!,
      );
    }
    expect(byRef.size).toBe(entities.length);
    for (const a of entities) {
      const b = byRef.get(a.id);
      expect(b, a.id).toBeDefined();
      expect({ id: a.id, schema: b!.schema, properties: sorted(b!.properties, ["notes"]) }).toEqual({
        id: a.id,
        schema: a.schema,
        properties: sorted(a.properties, ["notes"]),
      });
      expect(sanctionsOf(second, b!.id, false), a.id).toEqual(sanctionsOf(first, a.id, true));
    }
  });
});

describe("the migration that makes lists creatable", () => {
  it("brings a database of the previous version, with its imports, to this one, the built-in lists unchanged", () => {
    // The migrations before 0015, as a database made before this change has them.
    const dir = mkdtempSync(join(tmpdir(), "ftm-migration-"));
    const folder = join(dir, "drizzle");
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    const created = journal.entries.findIndex((e) => e.tag === "0015_created_lists");
    expect(created).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, created);
    writeFileSync(journalFile, JSON.stringify(journal));
    const db = openDatabase(join(dir, "tracker.db"));
    try {
      migrate(db, { migrationsFolder: folder });
      expect(tableNames(db)).not.toContain("lists");
      ofacImportOfPreviousVersion(db);
      const before = rowCounts(db);

      migrateDatabase(db);
      expect(tableNames(db)).toContain("lists");
      expect(rowCounts(db)).toEqual({ ...before, lists: 0 });
      expect(listSourceHealth(db).find((h) => h.listKey === "ofac-sdn")).toMatchObject({
        recordsHeld: 2,
        lastSuccess: { publishedOn: "2024-01-01" },
      });
      // And a list can now be created in it.
      ftm(db, ftmFile([person("p1")]), "after-migration", "2026-01-01");
      expect(db.select().from(lists).all()).toHaveLength(1);
    } finally {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** An OFAC import as a database of the previous version holds one: its run and records, written without the new table. */
function ofacImportOfPreviousVersion(db: TestDb["db"]): void {
  const sdn = [
    '1,"VESSEL ONE",-0- ,"DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"IMO 9123456."',
    '2,"PERSON, Two","individual","DPRK4",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  ].join("\r\n");
  const folder = mkdtempSync(join(tmpdir(), "ftm-migration-ofac-"));
  writeFileSync(join(folder, "sdn.csv"), `${sdn}\r\n`);
  importListAt(db, "ofac", folder, { publishedOn: "2024-01-01" });
}

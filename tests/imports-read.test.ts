import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeLog, entityRefs } from "@/db/schema";
import { findEntityIdByRef } from "@/lib/commands";
import { LISTS } from "@/lib/importers/lists";
import { parseOfacSdn } from "@/lib/importers/parsers";
import { importList, type ImportSummary } from "@/lib/importers/run-import";
import { messagesFor } from "@/lib/i18n";
import { getEntity } from "@/lib/read";
import { getImportRun, listImportRuns, listSourceHealth, RUN_DEFAULT_CATEGORIES } from "@/lib/read/imports";
import { seededDb, type TestDb } from "./helpers/db";
import { fixture, tempFiles } from "./importers/helpers";

const SDN_LABEL = LISTS["ofac-sdn"].label;
const mergedTotal = (s: ImportSummary) => Object.values(s.merged).reduce((n, k) => n + (k ?? 0), 0);
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The 2023-12-28 fixture with extra sdn.csv lines (before the trailing 0x1A), as a new folder. */
function withExtraLines(lines: string[]): string {
  const files: Record<string, Buffer> = {};
  for (const name of ["sdn.csv", "add.csv", "alt.csv"]) {
    let text = readFileSync(fixture("ofac-sdn", name), "latin1");
    if (name === "sdn.csv") text = text.replace(/\x1a$/, "") + lines.map((l) => `${l}\r\n`).join("");
    files[name] = Buffer.from(text, "latin1");
  }
  return tempFiles(files);
}

describe("reading import runs", () => {
  let t: TestDb;
  let first: ImportSummary;
  let second: ImportSummary;
  const ofac = (dir: string, publishedOn: string) => importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(dir), publishedOn });
  const entityOf = (ref: string) => {
    const id = t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()?.entityId;
    if (id === undefined) throw new Error(`no entity ${ref}`);
    return id;
  };
  /** Change-log rows the run wrote, by action, straight from the table. */
  const actionsOf = (runId: number) =>
    Object.fromEntries(
      t.db
        .select({ action: changeLog.action, n: sql<number>`count(*)` })
        .from(changeLog)
        .where(eq(changeLog.runId, runId))
        .groupBy(changeLog.action)
        .all()
        .map((r) => [r.action, r.n]),
    ) as Record<string, number>;

  beforeAll(() => {
    t = seededDb();
    first = ofac(fixture("ofac-sdn-2019"), "2019-01-15");
    second = ofac(fixture("ofac-sdn"), "2023-12-28");
  });
  afterAll(() => t?.close());

  it("the fixtures did what these tests expect of them", () => {
    expect(first).toMatchObject({ records: 5, added: 5, changed: 0, removed: 0, unchanged: 0 });
    expect(second).toMatchObject({ records: 31, added: 30, changed: 1, removed: 4, unchanged: 0 });
  });

  describe("listImportRuns", () => {
    it("lists the runs newest first, with their list label and counts", () => {
      const page = listImportRuns({}, t.db);
      expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
      expect(page.runs.map((r) => r.id)).toEqual([second.runId, first.runId]);
      expect(page.runs[0]).toMatchObject({
        listKey: "ofac-sdn",
        label: SDN_LABEL,
        publishedOn: "2023-12-28",
        status: "succeeded",
        actor: "import:ofac-sdn",
        records: 31,
        added: 30,
        changed: 1,
        removed: 4,
        unchanged: 0,
        merged: mergedTotal(second),
        error: null,
      });
      expect(page.runs[0]!.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(page.runs[1]).toMatchObject({ publishedOn: "2019-01-15", added: 5, merged: mergedTotal(first) });
    });

    it("filters by list and pages, clamping a page past the end", () => {
      expect(listImportRuns({ listKey: "ofac-sdn" }, t.db).total).toBe(2);
      expect(listImportRuns({ listKey: "un-consolidated" }, t.db)).toEqual({ runs: [], total: 0, page: 1, pageSize: 25, pageCount: 1 });
      const pageTwo = listImportRuns({ page: 2, pageSize: 1 }, t.db);
      expect(pageTwo).toMatchObject({ total: 2, page: 2, pageCount: 2 });
      expect(pageTwo.runs.map((r) => r.id)).toEqual([first.runId]);
      expect(listImportRuns({ page: 99, pageSize: 1 }, t.db).page).toBe(2);
    });
  });

  describe("getImportRun", () => {
    it("returns null for a run that does not exist", () => {
      expect(getImportRun(999999, {}, t.db)).toBeNull();
      expect(getImportRun(0, {}, t.db)).toBeNull();
    });

    it("gives the run: list, publication, files with their SHA-256, counts, source and neighbours", () => {
      const { run } = getImportRun(second.runId, {}, t.db)!;
      expect(run).toMatchObject({
        id: second.runId,
        listKey: "ofac-sdn",
        label: SDN_LABEL,
        publishedOn: "2023-12-28",
        status: "succeeded",
        records: 31,
        added: 30,
        changed: 1,
        removed: 4,
        unchanged: 0,
        error: null,
        previous: { id: first.runId, publishedOn: "2019-01-15", status: "succeeded" },
        next: null,
      });
      expect(run.files.map((f) => f.name)).toEqual(["sdn.csv", "add.csv", "alt.csv"]);
      for (const f of run.files) {
        expect(f.sha256).toBe(sha256(fixture("ofac-sdn", f.name)));
        expect(f.bytes).toBe(readFileSync(fixture("ofac-sdn", f.name)).length);
      }
      expect(run.source?.citation).toContain(`${SDN_LABEL}, published 2023-12-28`);
      expect(getImportRun(first.runId, {}, t.db)!.run).toMatchObject({ previous: null, next: { id: second.runId } });
    });

    it("counts the run's change-log rows by action and by category", () => {
      const r = getImportRun(second.runId, {}, t.db)!;
      const direct = actionsOf(second.runId);
      expect(Object.fromEntries(r.countsByAction.map((a) => [a.action, a.count]))).toEqual(direct);
      // Most frequent first.
      const counts = r.countsByAction.map((a) => a.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // The four records gone from the list were delisted; the merges are the run's.
      expect(r.countsByCategory.delisted).toBe(4);
      expect(r.countsByCategory.merged).toBe(mergedTotal(second));
      expect(r.countsByCategory.added).toBe(direct["designation.create"] ?? 0);
      expect(r.countsByCategory.changed).toBeGreaterThanOrEqual(direct["list.record.change"] ?? 0);
      expect(direct["list.record.change"]).toBe(1);
    });

    it("lists what the run changed, in the order it made the changes, the list-level kinds by default", () => {
      const r = getImportRun(second.runId, { pageSize: 200 }, t.db)!;
      expect(r.categories).toEqual(RUN_DEFAULT_CATEGORIES);
      const expected = RUN_DEFAULT_CATEGORIES.reduce((n, c) => n + r.countsByCategory[c], 0);
      expect(r.changes.total).toBe(expected);
      expect(r.changes.items).toHaveLength(expected);
      const ids = r.changes.items.map((c) => c.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      // Every item is a change this run made, and none is a record detail.
      const runIds = new Set(
        t.db
          .select({ id: changeLog.id })
          .from(changeLog)
          .where(eq(changeLog.runId, second.runId))
          .all()
          .map((x) => x.id),
      );
      expect(ids.every((id) => runIds.has(id))).toBe(true);
      expect(r.changes.items.some((c) => c.action === "entity.create")).toBe(false);
      // The list entry that changed is there, described with its entity.
      const change = r.changes.items.filter((c) => c.action === "list.record.change");
      expect(change).toHaveLength(1);
      // Described in words, not by the stored field names.
      expect(messagesFor("en").changes.describe(change[0]!)).toMatch(/^List entry changed: [a-z ,]+$/);
    });

    it("filters by category: the delistings are the four records gone from the list", () => {
      const r = getImportRun(second.runId, { category: "delisted" }, t.db)!;
      expect(r.categories).toEqual(["delisted"]);
      expect(r.changes.total).toBe(4);
      expect(r.changes.items.every((c) => c.action === "designation.delist" && c.authorityCode === "US-OFAC")).toBe(true);
      expect(r.changes.items.map((c) => c.entity?.name).sort()).toEqual(
        ["CARO ELENES, Hector Rafael", "CARO ELENES, Henoch Emilio", "CIFUENTES VILLA, Jorge Milton", "HERMANN"].sort(),
      );
      expect(r.changes.items.every((c) => c.occurredOn === "2023-12-28")).toBe(true);
      // Record details are there on request.
      const details = getImportRun(second.runId, { category: "details", pageSize: 200 }, t.db)!;
      expect(details.changes.total).toBe(details.countsByCategory.details);
      expect(details.changes.items.some((c) => c.action === "entity.create")).toBe(true);
    });

    it("the first run added four designations and merged PATRIOT into the record it already had", () => {
      const added = getImportRun(first.runId, { category: "added" }, t.db)!;
      expect(added.changes.items.map((c) => c.entity?.name).sort()).toEqual(
        ["CARO ELENES, Hector Rafael", "CARO ELENES, Henoch Emilio", "CIFUENTES VILLA, Jorge Milton", "HERMANN"].sort(),
      );
      const merged = getImportRun(first.runId, { category: "merged" }, t.db)!;
      expect(merged.changes.items.map((c) => [c.action, c.entity?.name])).toEqual([["entity.merge", "PATRIOT"]]);
      expect(messagesFor("en").changes.describe(merged.changes.items[0]!)).toBe(
        "List record ofac:24508 merged into this record (a same-as reference the tracker held)",
      );
    });

    it("pages the changes and clamps a page past the end", () => {
      const all = getImportRun(second.runId, { pageSize: 200 }, t.db)!.changes.items.map((c) => c.id);
      const p2 = getImportRun(second.runId, { pageSize: 5, page: 2 }, t.db)!.changes;
      expect(p2).toMatchObject({ page: 2, pageSize: 5, pageCount: Math.ceil(all.length / 5) });
      expect(p2.items.map((c) => c.id)).toEqual(all.slice(5, 10));
      expect(getImportRun(second.runId, { pageSize: 5, page: 9999 }, t.db)!.changes.page).toBe(Math.ceil(all.length / 5));
    });
  });

  describe("listSourceHealth", () => {
    it("gives every list, with the latest publication imported, the records held and what the import changed", () => {
      const health = listSourceHealth(t.db);
      expect(health.map((h) => h.listKey)).toEqual(Object.keys(LISTS));
      const sdn = health.find((h) => h.listKey === "ofac-sdn")!;
      expect(sdn).toMatchObject({
        label: SDN_LABEL,
        lastSuccess: {
          runId: second.runId,
          publishedOn: "2023-12-28",
          records: 31,
          added: 30,
          changed: 1,
          removed: 4,
          unchanged: 0,
          merged: mergedTotal(second),
        },
        // The 31 records of 2023-12-28; the four removed ones are not held.
        recordsHeld: 31,
        lastFailure: null,
        runCount: 2,
      });
      expect(sdn.lastSuccess!.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it("includes lists never imported, with nulls", () => {
      const un = listSourceHealth(t.db).find((h) => h.listKey === "un-consolidated")!;
      expect(un).toEqual({
        listKey: "un-consolidated",
        label: LISTS["un-consolidated"].label,
        refPrefix: "un",
        authorities: ["UN-1718", "UN-SC"],
        lastSuccess: null,
        recordsHeld: 0,
        lastFailure: null,
        runCount: 0,
      });
    });
  });

  describe("getEntity", () => {
    it("gives an entity's list records: first seen, and removed on for one gone from the list", () => {
      const patriot = getEntity(findEntityIdByRef({ db: t.db, actor: { name: "test" } }, "seed:patriot")!, t.db)!;
      expect(patriot.listRecords).toEqual([
        expect.objectContaining({ listKey: "ofac-sdn", label: SDN_LABEL, recordId: "24508", firstSeenOn: "2019-01-15", removedOn: null }),
      ]);
      // On the list: its remarks are cited from the latest publication imported.
      expect(patriot.listRecords[0]!.lastSeenIn?.publishedOn).toBe("2023-12-28");
      expect(patriot.possibleMatches).toEqual([]);

      const hermann = getEntity(entityOf("ofac:4234"), t.db)!;
      expect(hermann.listRecords).toEqual([
        expect.objectContaining({
          listKey: "ofac-sdn",
          label: SDN_LABEL,
          recordId: "4234",
          firstSeenOn: "2019-01-15",
          removedOn: "2023-12-28",
        }),
      ]);
      // Gone: the last publication that still carried it.
      expect(hermann.listRecords[0]!.lastSeenIn?.publishedOn).toBe("2019-01-15");
      const newcomer = getEntity(entityOf("ofac:40560"), t.db)!;
      expect(newcomer.listRecords).toEqual([
        expect.objectContaining({ listKey: "ofac-sdn", label: SDN_LABEL, recordId: "40560", firstSeenOn: "2023-12-28", removedOn: null }),
      ]);
    });

    it("gives each designation's first-seen publication, apart from its listing date", () => {
      const hermann = getEntity(entityOf("ofac:4234"), t.db)!;
      const [d] = hermann.designationsByAuthority.find((g) => g.authority.code === "US-OFAC")!.designations;
      expect(d).toMatchObject({ firstSeenOn: "2019-01-15", listedOn: null, delistedOn: "2023-12-28", inForce: false });

      const newcomer = getEntity(entityOf("ofac:40560"), t.db)!;
      const designations = newcomer.designationsByAuthority.flatMap((g) => g.designations);
      expect(designations.length).toBeGreaterThan(0);
      expect(designations.every((x) => x.firstSeenOn === "2023-12-28")).toBe(true);

      // A designation the default data holds and no list has asserted has no first-seen publication.
      const seedOnly = getEntity(findEntityIdByRef({ db: t.db, actor: { name: "test" } }, "seed:patriot")!, t.db)!;
      const kr = seedOnly.designationsByAuthority.find((g) => g.authority.code === "KR-MOFA")!.designations;
      expect(kr.every((x) => x.firstSeenOn === null)).toBe(true);
    });
  });
});

describe("a later publication: a possible match, a failed import, and a success after it", () => {
  let t: TestDb;
  let third: ImportSummary;
  let failedRunId: number;
  const ofac = (dir: string, publishedOn: string) => importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(dir), publishedOn });
  const entityOf = (ref: string) => t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()!.entityId;

  // A second KIM, Yong Chol with only the birth year 1962: the KOMID one (17614) was born 18 Feb 1962.
  const KIM = `99001,"KIM, Yong Chol","individual","DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1962."`;

  beforeAll(() => {
    t = seededDb();
    ofac(fixture("ofac-sdn-2019"), "2019-01-15");
    ofac(fixture("ofac-sdn"), "2023-12-28");
    third = ofac(withExtraLines([KIM]), "2024-01-05");
    // The same record twice (as a broken parser might give it): the import fails and is recorded as failed.
    const parsed = parseOfacSdn(withExtraLines([KIM]));
    parsed.records.push(parsed.records[0]!);
    expect(() => importList(t.db, { listKey: "ofac-sdn", parsed, publishedOn: "2024-02-01" })).toThrow(/appears twice/);
    failedRunId = listImportRuns({}, t.db).runs[0]!.id;
  });
  afterAll(() => t?.close());

  it("the third publication added the second KIM, Yong Chol and left the rest unchanged", () => {
    expect(third).toMatchObject({ added: 1, changed: 0, removed: 0, unchanged: 31, possibleMatches: 1 });
  });

  it("shows the possible match on both entities, with its basis", () => {
    const newKim = entityOf("ofac:99001");
    const komid = entityOf("ofac:17614");
    const a = getEntity(newKim, t.db)!;
    const b = getEntity(komid, t.db)!;
    expect(a.possibleMatches).toEqual([{ id: komid, name: "KIM, Yong Chol", kind: "individual", basis: "same name, born 1962" }]);
    expect(b.possibleMatches).toEqual([{ id: newKim, name: "KIM, Yong Chol", kind: "individual", basis: "same name, born 1962" }]);
    expect(a.listRecords).toEqual([
      expect.objectContaining({ listKey: "ofac-sdn", label: SDN_LABEL, recordId: "99001", firstSeenOn: "2024-01-05", removedOn: null }),
    ]);
    // The run page lists the possible match among its merges.
    const merged = getImportRun(third.runId, { category: "merged" }, t.db)!;
    expect(merged.changes.items.map((c) => c.action)).toEqual(["entity.possible_match", "entity.possible_match"]);
    // Each row names the entity on the other side, so a reader can follow it.
    expect(merged.changes.items.map((c) => [c.entity?.id, c.related?.id])).toEqual([
      [Math.min(newKim, komid), Math.max(newKim, komid)],
      [Math.max(newKim, komid), Math.min(newKim, komid)],
    ]);
    expect(messagesFor("en").changes.describe(merged.changes.items[0]!)).toBe("Possibly the same as KIM, Yong Chol (same name, born 1962)");
  });

  it("a failed run is listed with its error, changed nothing, and shows on its list's health", () => {
    const failed = getImportRun(failedRunId, {}, t.db)!;
    expect(failed.run).toMatchObject({ status: "failed", publishedOn: "2024-02-01", added: 0, previous: { id: third.runId } });
    expect(failed.run.error).toMatch(/appears twice/);
    expect(failed.run.source).toBeNull();
    expect(failed.changes).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
    expect(failed.countsByAction).toEqual([]);

    const sdn = listSourceHealth(t.db).find((h) => h.listKey === "ofac-sdn")!;
    expect(sdn.lastSuccess).toMatchObject({ runId: third.runId, publishedOn: "2024-01-05", added: 1, unchanged: 31 });
    expect(sdn.recordsHeld).toBe(32);
    expect(sdn.lastFailure).toMatchObject({ runId: failedRunId, publishedOn: "2024-02-01" });
    expect(sdn.lastFailure!.error).toMatch(/appears twice/);
    expect(sdn.runCount).toBe(4);
  });

  it("a success after the failure clears it from the list's health", () => {
    const fourth = ofac(withExtraLines([KIM]), "2024-03-01");
    const sdn = listSourceHealth(t.db).find((h) => h.listKey === "ofac-sdn")!;
    expect(sdn.lastSuccess).toMatchObject({ runId: fourth.runId, publishedOn: "2024-03-01", unchanged: 32 });
    expect(sdn.lastFailure).toBeNull();
    expect(listImportRuns({}, t.db).runs.map((r) => r.status)).toEqual(["succeeded", "failed", "succeeded", "succeeded", "succeeded"]);
  });
});

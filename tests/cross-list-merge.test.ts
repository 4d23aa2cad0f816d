import { fileURLToPath } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeLog, entities, entityRefs, possibleMatches } from "@/db/schema";
import { DomainError, upsertEntity, type CommandContext } from "@/lib/commands";
import { mergeEntities } from "@/lib/commands/merge";
import { reconcileDatabase, type ReconcileResult } from "@/lib/commands/reconcile";
import {
  birthDatesCompatible,
  conflictingIdentifier,
  crossListVerdict,
  planCrossListMerges,
  type MatchFacts,
} from "@/lib/domain/entity-match";
import { nameKey } from "@/lib/domain/name-key";
import { programFamily } from "@/lib/domain/program";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { importList } from "@/lib/importers/run-import";
import type { ParsedList } from "@/lib/importers/types";
import { getEntity, listEntities, mergedIntoOf } from "@/lib/read";
import { getEntityExport, iterateEntityExports } from "@/lib/read/export";
import { getHomeSummary } from "@/lib/read/home";
import { search } from "@/lib/search/engine";
import { createTestDb, rowCounts, type TestDb } from "./helpers/db";

const DATA = fileURLToPath(new URL("../data/lists/", import.meta.url));

/** An entity as the rules see it: an OFAC organization named ACME unless told otherwise. */
const facts = (over: Partial<MatchFacts> & { id: number }): MatchFacts => ({
  kind: "organization",
  lists: ["ofac"],
  nameKeys: [nameKey("ACME TRADING CO")],
  identifiers: [],
  birthDates: [],
  countries: [],
  programFamilies: [],
  ...over,
});

describe("the cross-list rules (lib/domain/entity-match.ts)", () => {
  it("HAJI BASIR: an organization on OFAC and the UN, same name and country, merges", () => {
    const name = [nameKey("HAJI BASIR AND ZARJMIL COMPANY HAWALA")];
    const ofac = facts({ id: 1, nameKeys: name, countries: ["AF", "PK"], programFamilies: ["NARCOTICS"] });
    const un = facts({ id: 2, lists: ["un"], nameKeys: name, countries: ["AF"], programFamilies: ["TERRORISM"] });
    expect(crossListVerdict(ofac, un)).toEqual({ verdict: "merge", rule: "same name and country" });
  });

  it("an organization with a program family but no country in common merges by the family; with neither, a possible match", () => {
    const ofac = facts({ id: 1, programFamilies: [programFamily("DPRK3")!] });
    const un = facts({ id: 2, lists: ["un"], programFamilies: [programFamily("DPRK")!] });
    expect(crossListVerdict(ofac, un)).toEqual({ verdict: "merge", rule: "same name and program family" });
    expect(crossListVerdict(facts({ id: 1 }), facts({ id: 2, lists: ["un"] }))).toMatchObject({ verdict: "possible" });
  });

  it("KIM JONG SIK: the same name, born 1967 on both lists, North Korean, under the DPRK regimes, merges", () => {
    const kim = (id: number, list: string, name: string) =>
      facts({
        id,
        kind: "individual",
        lists: [list],
        nameKeys: [nameKey(name)],
        birthDates: ["1967"],
        countries: ["KP"],
        programFamilies: ["DPRK"],
      });
    expect(crossListVerdict(kim(1, "ofac", "KIM, Jong Sik"), kim(2, "un", "KIM JONG SIK"))).toEqual({
      verdict: "merge",
      rule: "same name, year of birth, country and program family",
    });
  });

  it("individuals with a name and a birth year in common but nothing more are only a possible match; without birth dates, nothing", () => {
    const a = facts({ id: 1, kind: "individual", birthDates: ["1967"], countries: ["KP"] });
    const b = facts({ id: 2, kind: "individual", lists: ["un"], birthDates: ["1967-03-02"] });
    expect(crossListVerdict(a, b)).toEqual({ verdict: "possible", basis: "same name, born 1967" });
    expect(crossListVerdict({ ...a, birthDates: [] }, { ...b, birthDates: [] })).toMatchObject({ verdict: "none" });
    expect(crossListVerdict(a, { ...b, birthDates: ["1968"] })).toMatchObject({ verdict: "none", why: "no birth date in common" });
    expect(birthDatesCompatible("1967", "1967-03")).toBe(true);
    expect(birthDatesCompatible("1967-03", "1967-04-01")).toBe(false);
  });

  it("individuals with the same full date of birth merge", () => {
    const a = facts({ id: 1, kind: "individual", birthDates: ["1967-03-02"] });
    const b = facts({ id: 2, kind: "individual", lists: ["un"], birthDates: ["1967-03-02", "1968"] });
    expect(crossListVerdict(a, b)).toEqual({ verdict: "merge", rule: "same name and date of birth" });
  });

  it("never merges (nor links) across conflicting IMO numbers, passports of one country, or full dates of birth", () => {
    const vessel = (id: number, list: string, imo: string) =>
      facts({
        id,
        kind: "vessel",
        lists: [list],
        identifiers: [{ type: "imo", value: imo }],
        countries: ["KP"],
        programFamilies: ["DPRK"],
      });
    expect(crossListVerdict(vessel(1, "ofac", "9003550"), vessel(2, "un", "9166778"))).toMatchObject({
      verdict: "none",
      why: "conflict",
      conflict: { identifier: "imo" },
    });
    // The same IMO number written two ways is no conflict.
    expect(conflictingIdentifier(vessel(1, "ofac", "IMO 9003550"), vessel(2, "un", "9003550"))).toBeNull();

    const person = (id: number, list: string, over: Partial<MatchFacts>) =>
      facts({ id, kind: "individual", lists: [list], birthDates: ["1967"], countries: ["KP"], programFamilies: ["DPRK"], ...over });
    const passports = crossListVerdict(
      person(1, "ofac", { identifiers: [{ type: "passport", value: "745310010", country: "KP" }] }),
      person(2, "un", { identifiers: [{ type: "passport", value: "836110034", country: "KP" }] }),
    );
    expect(passports).toMatchObject({ verdict: "none", conflict: { identifier: "passport" } });
    // Passports of two countries do not contradict each other.
    expect(
      conflictingIdentifier(
        person(1, "ofac", { identifiers: [{ type: "passport", value: "745310010", country: "KP" }] }),
        person(2, "un", { identifiers: [{ type: "passport", value: "836110034", country: "CN" }] }),
      ),
    ).toBeNull();
    const dobs = crossListVerdict(person(1, "ofac", { birthDates: ["1967-03-02"] }), person(2, "un", { birthDates: ["1967-03-03"] }));
    expect(dobs).toMatchObject({ verdict: "none", conflict: { identifier: "birth_date" } });
  });

  it("never merges namesakes of one list, and a thing one list names twice is only a possible match of each", () => {
    const first = facts({ id: 1, countries: ["AF"] });
    const second = facts({ id: 2, countries: ["AF"] });
    expect(crossListVerdict(first, second)).toEqual({ verdict: "none", why: "same list" });
    const un = facts({ id: 3, lists: ["un"], countries: ["AF"] });
    const plan = planCrossListMerges([first, second, un]);
    expect(plan.merges).toEqual([]);
    expect(plan.possible.map((p) => [p.entityId, p.otherEntityId])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(plan.possible.every((p) => p.basis.endsWith("but one list names two of them"))).toBe(true);
  });

  it("plans a merge into the older entity, whatever order the entities come in", () => {
    const un = facts({ id: 9, lists: ["un"], countries: ["AF"] });
    const ofac = facts({ id: 4, countries: ["AF"] });
    expect(planCrossListMerges([un, ofac]).merges).toEqual([{ from: 9, into: 4, rule: "same name and country" }]);
    expect(planCrossListMerges([ofac, un]).merges).toEqual([{ from: 9, into: 4, rule: "same name and country" }]);
  });
});

/** Only the named records of a parsed publication. */
const only = (list: ParsedList, ids: string[]): ParsedList => ({ ...list, records: list.records.filter((r) => ids.includes(r.recordId)) });

const OFAC_IDS = ["17150", "23214", "12216"];
const UN_IDS = ["TAe.014", "KPi.066", "KPi.002"];

describe("the reconciliation on the two examples of the issue (bundled OFAC SDN 2023-12-28 and UN records)", () => {
  let t: TestDb;
  let ofacList: ParsedList;
  let unList: ParsedList;
  let first: ReconcileResult;
  const entityOf = (ref: string) => t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()!.entityId;
  /** The entity a list record was made into (its creation logged the ref; refs move with a merge). */
  const madeBy = (ref: string) =>
    Number(
      t.db
        .select({ id: changeLog.subjectId })
        .from(changeLog)
        .where(and(eq(changeLog.action, "entity.create"), sql`json_extract(${changeLog.after}, '$.ref') = ${ref}`))
        .get()!.id,
    );

  beforeAll(() => {
    t = createTestDb();
    ofacList = parseOfacSdn(`${DATA}ofac-sdn-2023-12-28`);
    unList = parseUnConsolidated(`${DATA}un/consolidated-2026-02-27.xml`);
    importList(t.db, { listKey: "ofac-sdn", parsed: only(ofacList, OFAC_IDS), publishedOn: "2023-12-28" });
    importList(t.db, { listKey: "un-consolidated", parsed: only(unList, UN_IDS), publishedOn: "2026-02-27" });
    first = reconcileDatabase(t.db);
  });
  afterAll(() => t?.close());

  it("merges HAJI BASIR by same name and country, and KIM JONG SIK by name, birth year, country and program family", () => {
    expect(first.merged).toEqual({ "same name and country": 1, "same name, year of birth, country and program family": 1 });
    expect(first.refused).toBe(0);
    for (const [ofac, un] of [
      ["ofac:17150", "un:TAe.014"],
      ["ofac:23214", "un:KPi.066"],
    ] as const) {
      const survivor = madeBy(ofac);
      const away = madeBy(un);
      expect(entityOf(ofac)).toBe(survivor);
      expect(entityOf(un)).toBe(survivor);
      expect(mergedIntoOf(away, t.db)).toBe(survivor);
      expect(mergedIntoOf(survivor, t.db)).toBeNull();
    }
  });

  it("the survivor's page holds the designations of both lists, both list records, and the merged record", () => {
    const survivor = madeBy("ofac:17150");
    const e = getEntity(survivor, t.db)!;
    const authorities = e.designationsByAuthority.map((g) => g.authority.code);
    expect(authorities).toContain("US-OFAC");
    expect(authorities.some((code) => code.startsWith("UN"))).toBe(true);
    expect(e.listRecords.map((r) => `${r.listKey}:${r.recordId}`).sort()).toEqual(["ofac-sdn:17150", "un-consolidated:TAe.014"]);
    expect(e.refs.map((r) => r.ref).sort()).toEqual(["ofac:17150", "un:TAe.014"]);
    expect(e.refs.find((r) => r.ref === "un:TAe.014")!.basis).toBe("same name and country");
    expect(e.merged).toEqual([{ id: madeBy("un:TAe.014"), name: "HAJI BASIR AND ZARJMIL COMPANY HAWALA", rule: "same name and country" }]);
    // Its timeline tells the merged record's history too: its UN designation among the changes in the world,
    // and, with record keeping, its creation from the UN list and the merge.
    const un = madeBy("un:TAe.014");
    expect(e.timeline.some((c) => c.action === "designation.create" && c.entity?.id === un)).toBe(true);
    const kept = getEntity(survivor, t.db, { withRecordKeeping: true })!;
    expect(kept.timeline.some((c) => c.action === "entity.create" && c.entity?.id === un)).toBe(true);
    expect(kept.timeline.some((c) => c.action === "entity.merge")).toBe(true);
  });

  it("logs each merge as entity.merge, by the reconciliation, with the rule", () => {
    const rows = t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.action, "entity.merge"), eq(changeLog.subjectType, "entity")))
      .all();
    expect(rows).toHaveLength(2);
    const haji = rows.find((r) => r.subjectId === String(madeBy("un:TAe.014")))!;
    expect(haji).toMatchObject({ actor: "reconcile", entityId: madeBy("ofac:17150"), reason: "same name and country" });
    expect(haji.after).toMatchObject({ mergedInto: madeBy("ofac:17150"), rule: "same name and country" });
  });

  it("settles the importer's possible match of the two KIM JONG SIKs, and keeps RI JE-SON's (nothing but a name and a year in common) on both pages", () => {
    const kim = getEntity(madeBy("ofac:23214"), t.db)!;
    expect(kim.possibleMatches).toEqual([]);
    const ofacRi = entityOf("ofac:12216");
    const unRi = entityOf("un:KPi.002");
    expect(ofacRi).not.toBe(unRi);
    expect(getEntity(ofacRi, t.db)!.possibleMatches.map((p) => p.id)).toEqual([unRi]);
    expect(getEntity(unRi, t.db)!.possibleMatches.map((p) => p.id)).toEqual([ofacRi]);
  });

  it("leaves merged-away entities out of the list, the search, the exports and the home page's counts", () => {
    const away = [madeBy("un:TAe.014"), madeBy("un:KPi.066")];
    const survivors = [madeBy("ofac:17150"), madeBy("ofac:23214")];
    const listed = listEntities({ pageSize: 100 }, t.db).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining(survivors));
    expect(listed.filter((id) => away.includes(id))).toEqual([]);
    expect(listEntities({ q: "HAJI BASIR" }, t.db).rows.map((r) => r.id)).toEqual([survivors[0]]);

    for (const q of ["HAJI BASIR AND ZARJMIL COMPANY HAWALA", "Kim Jong Sik"]) {
      const ids = search({ q }, t.db).results.map((r) => r.id);
      expect(ids.filter((id) => away.includes(id))).toEqual([]);
      expect(ids.filter((id) => survivors.includes(id))).toHaveLength(1);
    }
    const hit = search({ q: "HAJI BASIR AND ZARJMIL COMPANY HAWALA" }, t.db).results[0]!;
    expect(hit.refs).toEqual(["ofac:17150", "un:TAe.014"]);

    const exported = [...iterateEntityExports(t.db)];
    expect(exported.map((e) => e.id).filter((id) => away.includes(id))).toEqual([]);
    expect(exported.find((e) => e.id === survivors[0])!.refs).toEqual(["ofac:17150", "un:TAe.014"]);
    expect(getEntityExport(away[0]!, t.db)).toBeNull();

    // Six records, four entities (the two RI JE-SONs stay two), each sanctioned now.
    expect(getHomeSummary(undefined, t.db).totals.entities).toBe(4);
  });

  it("is idempotent: a second pass finds nothing and writes nothing", () => {
    const before = rowCounts(t.db);
    const second = reconcileDatabase(t.db);
    expect(second.merged).toEqual({});
    expect(second.possibleMatches).toEqual({});
    expect(rowCounts(t.db)).toEqual(before);
  });

  it("mergeEntities refuses an entity merged already, and an entity into itself", () => {
    const ctx: CommandContext = { db: t.db, actor: { name: "cli" } };
    const away = madeBy("un:TAe.014");
    const survivor = madeBy("ofac:17150");
    expect(() => mergeEntities(ctx, { from: away, into: survivor, rule: "same name and country" })).toThrow(DomainError);
    expect(() => mergeEntities(ctx, { from: survivor, into: survivor, rule: "same name and country" })).toThrow(DomainError);
  });

  it("the next import of a merged list record finds the survivor: nothing is created again", () => {
    const entitiesBefore = t.db.select().from(entities).all().length;
    const summary = importList(t.db, {
      listKey: "un-consolidated",
      parsed: { ...only(unList, UN_IDS), publishedOn: undefined, files: [{ name: "consolidated.xml", sha256: "0".repeat(64), bytes: 1 }] },
      publishedOn: "2026-02-28",
    });
    expect(summary).toMatchObject({ added: 0, removed: 0 });
    expect(t.db.select().from(entities).all().length).toBe(entitiesBefore);
    expect(reconcileDatabase(t.db).merged).toEqual({});
  });
});

describe("namesakes and conflicts in the database", () => {
  let t: TestDb;
  afterAll(() => t?.close());

  it("two OFAC records of one name and a UN record of that name: no merge, a possible match of each with the UN record, none between the namesakes", () => {
    t = createTestDb();
    const ofac = parseOfacSdn(`${DATA}ofac-sdn-2023-12-28`);
    const haji = ofac.records.find((r) => r.recordId === "17150")!;
    const twin = { ...haji, recordId: "9917150" };
    importList(t.db, { listKey: "ofac-sdn", parsed: { ...ofac, records: [haji, twin] }, publishedOn: "2023-12-28" });
    importList(t.db, {
      listKey: "un-consolidated",
      parsed: only(parseUnConsolidated(`${DATA}un/consolidated-2026-02-27.xml`), ["TAe.014"]),
    });
    const result = reconcileDatabase(t.db);
    expect(result.merged).toEqual({});
    expect(result.possibleMatches).toEqual({ "same name and country, but one list names two of them": 2 });
    const id = (ref: string) => t.db.select().from(entityRefs).where(eq(entityRefs.ref, ref)).get()!.entityId;
    const pairs = t.db
      .select()
      .from(possibleMatches)
      .all()
      .map((p) => [p.entityId, p.otherEntityId]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [id("ofac:17150"), id("un:TAe.014")],
        [id("ofac:9917150"), id("un:TAe.014")],
      ]),
    );
    expect(pairs).toHaveLength(2);
    expect(
      t.db
        .select()
        .from(entities)
        .all()
        .every((e) => e.mergedIntoId === null),
    ).toBe(true);
  });

  it("vessels of one name with different IMO numbers are never merged: not by the pass, not by mergeEntities", () => {
    const ctx: CommandContext = { db: t.db, actor: { name: "cli" } };
    const vessel = (ref: string, imo: string) =>
      upsertEntity(ctx, {
        kind: "vessel",
        name: "OCEAN GLORY",
        ref,
        identifiers: [{ type: "imo", value: imo, asPublished: true }],
        attributes: [{ key: "flag", value: "KP" }],
      }).id;
    const a = vessel("ofac:v-1", "9003550");
    const b = vessel("un:v-1", "9166778");
    expect(reconcileDatabase(t.db).merged).toEqual({});
    expect(t.db.select().from(possibleMatches).where(eq(possibleMatches.otherEntityId, b)).all()).toEqual([]);
    expect(() => mergeEntities(ctx, { from: b, into: a, rule: "by hand" })).toThrow(/differ on imo/);
    expect(mergedIntoOf(b, t.db)).toBeNull();
  });

  it("individuals of one name with different full dates of birth are never merged", () => {
    const ctx: CommandContext = { db: t.db, actor: { name: "cli" } };
    const person = (ref: string, dob: string) =>
      upsertEntity(ctx, {
        kind: "individual",
        name: "PAK SONG CHOL",
        ref,
        attributes: [
          { key: "birth_date", value: dob },
          { key: "nationality", value: "KP" },
        ],
      }).id;
    const a = person("ofac:p-1", "1970-01-01");
    const b = person("un:p-1", "1971-05-05");
    expect(reconcileDatabase(t.db).merged).toEqual({});
    expect(() => mergeEntities(ctx, { from: b, into: a, rule: "by hand" })).toThrow(/differ on birth_date/);
  });
});

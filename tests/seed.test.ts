import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { announcements, changeLog, controlListRevisions, designations, entities, entityNames, entityRefs } from "@/db/schema";
import { loadSeed } from "@/lib/seed/load-seed";
import { findEntityIdByRef } from "@/lib/commands";
import { createTestDb, rowCounts, type TestDb } from "./helpers/db";

describe("default data (seed)", () => {
  let t: TestDb;
  let afterFirst: Record<string, number>;
  let afterSecond: Record<string, number>;
  let changeLogAfterFirst: (typeof changeLog.$inferSelect)[];

  beforeAll(() => {
    t = createTestDb();
    loadSeed(t.db);
    afterFirst = rowCounts(t.db);
    changeLogAfterFirst = t.db.select().from(changeLog).all();
    loadSeed(t.db);
    afterSecond = rowCounts(t.db);
  });
  afterAll(() => t?.close());

  it("loads 31 entities, 47 designations and 4 announcements", () => {
    expect(afterFirst.entities).toBe(31);
    expect(afterFirst.designations).toBe(47);
    expect(afterFirst.announcements).toBe(4);
  });

  it("is idempotent: a second load adds no row to any table", () => {
    expect(Object.keys(afterSecond).length).toBeGreaterThan(10);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond.change_log).toBe(changeLogAfterFirst.length);
    // Nothing changed in place either: the log is the same, row for row.
    expect(t.db.select().from(changeLog).all()).toEqual(changeLogAfterFirst);
  });

  it("wrote every change through the commands, as actor seed", () => {
    const actors = t.db.selectDistinct({ actor: changeLog.actor }).from(changeLog).all();
    expect(actors).toEqual([{ actor: "seed" }]);

    const count = (action: string) =>
      t.db
        .select({ n: sql<number>`count(*)` })
        .from(changeLog)
        .where(eq(changeLog.action, action))
        .get()!.n;
    expect(count("entity.create")).toBe(afterFirst.entities);
    expect(count("designation.create")).toBe(afterFirst.designations);
    expect(count("announcement.create")).toBe(afterFirst.announcements);
    expect(count("revision.create")).toBe(afterFirst.control_list_revisions);
    // A new entity's names, identifiers and details are logged with its creation, in one row.
    const created = t.db.select({ after: changeLog.after }).from(changeLog).where(eq(changeLog.action, "entity.create")).all();
    const loggedNames = created.reduce((n, r) => n + 1 + (r.after as { names: unknown[] }).names.length, 0);
    expect(loggedNames).toBe(afterFirst.entity_names);
    expect(count("source.create")).toBe(afterFirst.sources);

    // Each designation's creation is on its entity's timeline.
    const unlogged = t.db
      .select({ id: designations.id })
      .from(designations)
      .where(
        sql`not exists (select 1 from ${changeLog} where ${changeLog.action} = 'designation.create'
          and ${changeLog.subjectId} = cast(${designations.id} as text) and ${changeLog.entityId} = ${designations.entityId})`,
      )
      .all();
    expect(unlogged).toEqual([]);
  });

  it("keeps the change log append-only: UPDATE and DELETE are refused", () => {
    const sqlite = t.db.$client;
    expect(() => sqlite.prepare("update change_log set actor = 'someone' where id = 1").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from change_log where id = 1").run()).toThrow(/append-only/);
    expect(() => t.db.update(changeLog).set({ reason: "rewritten" }).run()).toThrow(/append-only/);
    expect(() => t.db.delete(changeLog).run()).toThrow(/append-only/);
    expect(rowCounts(t.db).change_log).toBe(afterFirst.change_log);
    expect(t.db.select({ actor: changeLog.actor }).from(changeLog).where(eq(changeLog.id, 1)).get()?.actor).toBe("seed");
  });

  it("stores unofficial romanizations as not official", () => {
    const kim = t.db.select().from(entities).where(eq(entities.name, "김창록")).get();
    expect(kim?.kind).toBe("individual");
    const romanization = t.db
      .select()
      .from(entityNames)
      .where(and(eq(entityNames.entityId, kim!.id), eq(entityNames.value, "Kim Chang Rok")))
      .get();
    expect(romanization).toMatchObject({ type: "romanization", official: false, script: "Latn" });
    const primary = t.db
      .select()
      .from(entityNames)
      .where(and(eq(entityNames.entityId, kim!.id), eq(entityNames.type, "primary")))
      .get();
    expect(primary).toMatchObject({ value: "김창록", official: true, script: "Hang" });
  });

  it("gives PATRIOT its seed ref and the same-as claim on OFAC 24508", () => {
    const ctx = { db: t.db, actor: { name: "test" } };
    const id = findEntityIdByRef(ctx, "seed:patriot");
    expect(id).not.toBeNull();
    expect(findEntityIdByRef(ctx, "ofac:24508")).toBe(id);
    const refs = t.db
      .select({ ref: entityRefs.ref, origin: entityRefs.origin })
      .from(entityRefs)
      .where(eq(entityRefs.entityId, id!))
      .orderBy(entityRefs.ref)
      .all();
    expect(refs).toEqual([
      { ref: "ofac:24508", origin: "same_as" },
      { ref: "seed:patriot", origin: "record" },
    ]);
    expect(t.db.select().from(entities).where(eq(entities.id, id!)).get()?.name).toBe("PATRIOT");
  });

  it("records the 2024-09-09 revision of Annex 2-2 with total 1,402 and the reported 1,139", () => {
    const revision = t.db
      .select()
      .from(controlListRevisions)
      .where(and(eq(controlListRevisions.listKey, "kr-russia-belarus-annex-2-2"), eq(controlListRevisions.effectiveOn, "2024-09-09")))
      .get();
    expect(revision).toMatchObject({ added: 243, removed: 0, total: 1402, reportedPreviousTotal: 1139 });
    expect(revision?.reportedSourceId).not.toBeNull();
  });

  it("links the 2024-06-20 plan to the announcement that carried it out", () => {
    const plan = t.db.select().from(announcements).where(eq(announcements.id, "kr-2024-06-20-nsc")).get();
    expect(plan?.fulfilledById).toBe("kr-2024-06-27");
  });
});

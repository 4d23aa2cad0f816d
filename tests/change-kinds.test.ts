import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeLog, entityRefs } from "@/db/schema";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { delist, designate, ensureAuthority, recordEvent, upsertEntity, type CommandContext } from "@/lib/commands";
import { logChange } from "@/lib/commands/context";
import { parseOfacSdn } from "@/lib/importers/parsers";
import { importList } from "@/lib/importers/run-import";
import { actionsOfClass, CHANGE_ACTIONS, CHANGE_CATEGORIES, CHANGE_CLASSES, CHANGE_KINDS } from "@/lib/domain/change-kinds";
import { getEntity, listChanges } from "@/lib/read";
import { createTestDb, seededDb, type TestDb } from "./helpers/db";
import { fixture } from "./importers/helpers";

/**
 * Changes in the world and the tracker's record keeping (docs/decisions/0008):
 * every action is declared once with its class, logChange writes it, and the
 * feeds show changes in the world unless record keeping is asked for.
 */

/** Compile-time checks: never run, only type-checked by `tsc --noEmit`. */
export function logChangeIsTypedByAction(ctx: CommandContext): void {
  // @ts-expect-error an action nobody declared
  logChange(ctx, { action: "designation.renamed", subjectType: "designation", subjectId: 1 });
  // @ts-expect-error a payload of the wrong shape for its action
  logChange(ctx, { action: "designation.source.add", subjectType: "designation", subjectId: 1, after: { sourceId: "1" } });
  // @ts-expect-error a delisting without the before and after its kind carries
  logChange(ctx, { action: "designation.delist", subjectType: "designation", subjectId: 1 });
  logChange(ctx, { action: "designation.source.add", subjectType: "designation", subjectId: 1, after: { sourceId: 1 } });
}

describe("the declared kinds of change", () => {
  it("give every action a class, and every change in the world a feed category", () => {
    expect(CHANGE_ACTIONS.length).toBeGreaterThan(30);
    for (const action of CHANGE_ACTIONS) {
      const { class: cls, category } = CHANGE_KINDS[action];
      expect(CHANGE_CLASSES).toContain(cls);
      if (category !== null) expect(CHANGE_CATEGORIES).toContain(category);
      if (cls === "world") expect(category, action).not.toBeNull();
    }
    // Bookkeeping of designations is record keeping; what authorities do is the world's.
    expect(actionsOfClass("record")).toEqual(
      expect.arrayContaining([
        "designation.list_entry",
        "designation.source.add",
        "entity.create",
        "entity.merge",
        "entity.possible_match",
      ]),
    );
    expect(actionsOfClass("world")).toEqual(
      expect.arrayContaining([
        "designation.create",
        "designation.update",
        "designation.delist",
        "designation.relist",
        "list.record.change",
      ]),
    );
  });
});

describe("logChange and the commands", () => {
  let t: TestDb;
  let n = 0;
  const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
    db: t.db,
    actor: { name: "user:3", userId: null },
    now: new Date(Date.UTC(2026, 0, 1, 10, 0, n++)).toISOString(),
    ...extra,
  });
  const rows = () => t.db.select().from(changeLog).orderBy(changeLog.id).all();
  const rowsAfter = (id: number) => rows().filter((r) => r.id > id);
  const lastId = () => rows().at(-1)?.id ?? 0;
  const entity = (name: string) => upsertEntity(ctx(), { kind: "organization", name }).id;

  beforeEach(() => {
    t = createTestDb();
    n = 0;
    ensureAuthority(ctx(), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
  });
  afterEach(() => t.close());

  it("writes each row's class as its action is declared", () => {
    const id = entity("Transmorflot LLC");
    designate(ctx(), { entityId: id, authorityCode: "KR-MOFA", program: "ROK sanctions", listedOn: "2024-07-01" });
    recordEvent(ctx(), { occurredOn: "2024-10-24", title: "A treaty ratified", sources: ["https://example.org/treaty"] });
    const all = rows();
    expect(all.length).toBeGreaterThan(3);
    for (const r of all) expect(r.class, r.action).toBe(CHANGE_KINDS[r.action as keyof typeof CHANGE_KINDS].class);
    expect(all.find((r) => r.action === "authority.create")?.class).toBe("record");
    expect(all.find((r) => r.action === "entity.create")?.class).toBe("record");
    expect(all.find((r) => r.action === "designation.create")).toMatchObject({ class: "world", occurredOn: "2024-07-01" });
    expect(all.find((r) => r.action === "event.create")).toMatchObject({ class: "world", occurredOn: "2024-10-24" });
  });

  it("logs a designation's new list entry alone as record keeping, not as an amendment", () => {
    const entityId = entity("Transmorflot LLC");
    const { id } = designate(ctx(), { entityId, authorityCode: "KR-MOFA", program: "ROK sanctions", listedOn: "2024-07-01" });
    const since = lastId();
    designate(ctx(), { entityId, authorityCode: "KR-MOFA", program: "ROK sanctions", listRecordId: "24508", firstSeenOn: "2024-07-05" });
    const logged = rowsAfter(since);
    expect(logged.map((r) => [r.action, r.class])).toEqual([["designation.list_entry", "record"]]);
    expect(logged[0]).toMatchObject({
      subjectId: String(id),
      occurredOn: null,
      before: { listRecordId: null, firstSeenOn: null },
      after: { listRecordId: "24508", firstSeenOn: "2024-07-05" },
    });
  });

  it("splits a change of both terms and list entry into one entry per class", () => {
    const entityId = entity("Transmorflot LLC");
    designate(ctx(), { entityId, authorityCode: "KR-MOFA", program: "ROK sanctions", listedOn: "2024-07-01" });
    const since = lastId();
    designate(ctx(), {
      entityId,
      authorityCode: "KR-MOFA",
      program: "ROK sanctions",
      reason: "Ship-to-ship transfers",
      listRecordId: "24508",
      sources: ["https://example.org/mofa"],
    });
    const logged = rowsAfter(since);
    expect(logged.map((r) => [r.action, r.class])).toEqual([
      ["source.create", "record"],
      ["designation.update", "world"],
      ["designation.list_entry", "record"],
      ["designation.source.add", "record"],
    ]);
    expect(logged[1]).toMatchObject({ before: { reason: null }, after: { reason: "Ship-to-ship transfers" } });
    expect(logged[2]).toMatchObject({ before: { listRecordId: null }, after: { listRecordId: "24508" } });
  });

  it("dates a change in the world with no date of its own by the publication that brought it; record keeping keeps none", () => {
    const entityId = entity("Transmorflot LLC");
    const since = lastId();
    designate(ctx({ publishedOn: "2023-12-28", runId: undefined }), {
      entityId,
      authorityCode: "KR-MOFA",
      program: "Undated",
      firstSeenOn: "2019-01-07",
      listRecordId: "24508",
      sources: ["OFAC SDN list, published 2023-12-28"],
    });
    const logged = rowsAfter(since);
    expect(logged.find((r) => r.action === "designation.create")).toMatchObject({ class: "world", occurredOn: "2023-12-28" });
    for (const r of logged.filter((r) => r.class === "record")) expect(r.occurredOn, r.action).toBeNull();
    // Without a publication (an editor's entry), it is dated by when it was recorded.
    const other = designate(ctx(), { entityId, authorityCode: "KR-MOFA", program: "Entered" }).id;
    const entered = rows().find((r) => r.action === "designation.create" && r.subjectId === String(other))!;
    expect(entered.occurredOn).toBeNull();
  });

  describe("reading", () => {
    let a: number;
    let b: number;
    beforeEach(() => {
      // Recorded in one order, happened in another.
      a = entity("Alpha Shipping");
      const da = designate(ctx(), { entityId: a, authorityCode: "KR-MOFA", program: "P", listedOn: "2020-01-01" }).id;
      b = entity("Beta Trading");
      designate(ctx(), { entityId: b, authorityCode: "KR-MOFA", program: "P", listedOn: "2024-05-01" });
      delist(ctx(), { designationId: da, delistedOn: "2022-03-01", reason: "Removed", source: "https://example.org/removed" });
      designate(ctx(), { entityId: a, authorityCode: "KR-MOFA", program: "P", listRecordId: "A-1", firstSeenOn: "2020-01-01" });
    });
    const view = (items: { action: string; occurredOn: string | null; recordedAt: string; entity: { name: string } | null }[]) =>
      items.map((c) => [c.occurredOn ?? c.recordedAt.slice(0, 10), c.action, c.entity?.name ?? null]);

    it("the change feed shows changes in the world by default, newest first by the date they happened", () => {
      const page = listChanges({}, t.db);
      expect(view(page.items)).toEqual([
        ["2024-05-01", "designation.create", "Beta Trading"],
        ["2022-03-01", "designation.delist", "Alpha Shipping"],
        ["2020-01-01", "designation.create", "Alpha Shipping"],
      ]);
      expect(page.items.every((c) => c.class === "world")).toBe(true);
      expect(page.total).toBe(3);
    });

    it("include=record adds the record keeping, each at the date it was recorded", () => {
      const page = listChanges({ withRecordKeeping: true }, t.db);
      const actions = page.items.map((c) => c.action);
      expect(actions).toEqual(expect.arrayContaining(["entity.create", "designation.list_entry"]));
      expect(page.items.filter((c) => c.class === "world")).toHaveLength(3);
      // Record keeping was recorded in 2026, after all of these happened: it comes first, newest recorded first.
      const dates = page.items.map((c) => c.occurredOn ?? c.recordedAt.slice(0, 10));
      expect(dates).toEqual([...dates].sort().reverse());
      expect(view(page.items.slice(-3))).toEqual(view(listChanges({}, t.db).items));
      // Ties on the date: the later recorded first.
      const ids = page.items.filter((c) => c.class === "record").map((c) => c.id);
      expect(ids).toEqual([...ids].sort((x, y) => y - x));
    });

    it("an entity's timeline shows its changes in the world, and its record keeping when asked", () => {
      expect(view(getEntity(a, t.db)!.timeline)).toEqual([
        ["2022-03-01", "designation.delist", "Alpha Shipping"],
        ["2020-01-01", "designation.create", "Alpha Shipping"],
      ]);
      const full = getEntity(a, t.db, { withRecordKeeping: true })!.timeline;
      expect(full.map((c) => c.action)).toEqual(["designation.list_entry", "entity.create", "designation.delist", "designation.create"]);
    });
  });
});

describe("the default data", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("PATRIOT's timeline opens with its designations; its record created is record keeping, at its own date", () => {
    const id = t.db.select().from(entityRefs).where(eq(entityRefs.ref, "seed:patriot")).get()!.entityId;
    const timeline = getEntity(id, t.db)!.timeline;
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((c) => c.class === "world")).toBe(true);
    expect(timeline[0]).toMatchObject({ action: "designation.create", occurredOn: expect.stringMatching(/^2024/) });
    const full = getEntity(id, t.db, { withRecordKeeping: true })!.timeline;
    const created = full.find((c) => c.action === "entity.create")!;
    expect(created.class).toBe("record");
    const dates = full.map((c) => c.occurredOn ?? c.recordedAt.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("the latest changes are designations and delistings, not bookkeeping", () => {
    const { items } = listChanges({ pageSize: 10 }, t.db);
    expect(items.map((c) => c.category)).toEqual(
      items.map(() => expect.stringMatching(/^(designation|delisting|revision|event|announcement)$/)),
    );
    expect(items.some((c) => c.action === "designation.source.add" || c.action === "entity.create")).toBe(false);
  });
});

describe("an import run", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("dates what it finds in the world by its publication when the list gives no date, and leaves its record keeping undated", () => {
    importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(fixture("ofac-sdn-2019")), publishedOn: "2019-01-15" });
    const second = importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(fixture("ofac-sdn")), publishedOn: "2023-12-28" });
    const logged = t.db.select().from(changeLog).where(eq(changeLog.runId, second.runId)).all();
    const world = logged.filter((r) => r.class === "world");
    expect(world.length).toBeGreaterThan(0);
    for (const r of world) {
      const after = (r.after ?? {}) as { listedOn?: string; effectiveOn?: string };
      // A designation is dated by its list's own date if it gives one; a change, a delisting by the publication.
      const own = r.action === "designation.create" ? (after.effectiveOn ?? after.listedOn) : undefined;
      expect(r.occurredOn, r.action).toBe(own ?? "2023-12-28");
    }
    expect(world.map((r) => r.action)).toEqual(expect.arrayContaining(["designation.create", "list.record.change", "designation.delist"]));
    const record = logged.filter((r) => r.class === "record");
    expect(record.length).toBeGreaterThan(0);
    for (const r of record) expect(r.occurredOn, r.action).toBeNull();
  });
});

describe("migration 0011 on a change log written before it", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-0011-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The committed migrations up to 0010, as they stood before the class existed. */
  function migrationsBefore0011(): string {
    const folder = path.join(dir, "drizzle");
    fs.cpSync(path.resolve("drizzle"), folder, { recursive: true });
    const journalFile = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < "0011");
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    return folder;
  }

  it("classifies every row by its action, splits mixed updates and dates import changes by their publication", () => {
    const db = openDatabase(path.join(dir, "tracker.db"));
    try {
      migrate(db, { migrationsFolder: migrationsBefore0011() });
      const raw = db.$client;
      raw
        .prepare(
          `insert into import_runs (id, list_key, published_on, status, actor, started_at, files) values
           (1, 'ofac-sdn', '2019-01-07', 'succeeded', 'import:ofac-sdn', '2026-01-01T00:00:00Z', '[]'),
           (2, 'ofac-sdn', '2023-12-28', 'succeeded', 'import:ofac-sdn', '2026-01-02T00:00:00Z', '[]')`,
        )
        .run();
      const insert = raw.prepare(
        `insert into change_log (recorded_at, actor, action, subject_type, subject_id, occurred_on, before, after, reason, run_id)
         values ('2026-01-02T00:00:00Z', 'import:ofac-sdn', ?, 'designation', ?, ?, ?, ?, ?, ?)`,
      );
      const j = (v: unknown) => (v === null ? null : JSON.stringify(v));
      insert.run(
        "designation.update",
        "1",
        null,
        j({ listRecordId: null, firstSeenOn: null }),
        j({ listRecordId: "24508", firstSeenOn: "2019-01-07" }),
        null,
        2,
      );
      insert.run(
        "designation.update",
        "2",
        null,
        j({ reason: null, listRecordId: null }),
        j({ reason: "Arms", listRecordId: "24509" }),
        null,
        null,
      );
      insert.run("designation.update", "3", null, j({ status: "reported" }), j({ status: "confirmed" }), null, null);
      insert.run("designation.source.add", "4", null, null, j({ sourceId: 1 }), null, 2);
      insert.run("designation.create", "5", "2019-01-07", null, j({ firstSeenOn: "2019-01-07", status: "confirmed" }), null, 2);
      insert.run("designation.create", "6", "2018-08-21", null, j({ listedOn: "2018-08-21", status: "confirmed" }), null, null);
      insert.run("entity.create", "7", null, null, j({ name: "X" }), null, null);
      insert.run("designation.delist", "8", "2023-12-28", j({ delistedOn: null }), j({ delistedOn: "2023-12-28" }), "Gone", 2);

      migrateDatabase(db);
      const rows = db
        .select({
          action: changeLog.action,
          class: changeLog.class,
          subjectId: changeLog.subjectId,
          occurredOn: changeLog.occurredOn,
          after: changeLog.after,
        })
        .from(changeLog)
        .orderBy(changeLog.subjectId, changeLog.id)
        .all();
      expect(rows).toEqual([
        {
          action: "designation.list_entry",
          class: "record",
          subjectId: "1",
          occurredOn: null,
          after: { listRecordId: "24508", firstSeenOn: "2019-01-07" },
        },
        { action: "designation.update", class: "world", subjectId: "2", occurredOn: null, after: { reason: "Arms" } },
        { action: "designation.list_entry", class: "record", subjectId: "2", occurredOn: null, after: { listRecordId: "24509" } },
        { action: "designation.status", class: "record", subjectId: "3", occurredOn: null, after: { status: "confirmed" } },
        { action: "designation.source.add", class: "record", subjectId: "4", occurredOn: null, after: { sourceId: 1 } },
        // Found in the 2023-12-28 publication, which gives no listing date: dated by it, not by the record's first publication.
        {
          action: "designation.create",
          class: "world",
          subjectId: "5",
          occurredOn: "2023-12-28",
          after: { firstSeenOn: "2019-01-07", status: "confirmed" },
        },
        {
          action: "designation.create",
          class: "world",
          subjectId: "6",
          occurredOn: "2018-08-21",
          after: { listedOn: "2018-08-21", status: "confirmed" },
        },
        { action: "entity.create", class: "record", subjectId: "7", occurredOn: null, after: { name: "X" } },
        { action: "designation.delist", class: "world", subjectId: "8", occurredOn: "2023-12-28", after: { delistedOn: "2023-12-28" } },
      ]);
      // The log is append-only again.
      expect(() => raw.prepare("update change_log set actor = 'x'").run()).toThrow(/append-only/);
    } finally {
      db.$client.close();
    }
  });
});

import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { announcements, changeLog, entities } from "@/db/schema";
import { perConnection, preparedStatements } from "@/db/connection";
import { ensureAuthority, upsertAnnouncement, type CommandContext } from "@/lib/commands";
import { inTransaction } from "@/lib/commands/context";
import { updateVersioned } from "@/lib/commands/versioned";
import { createTestDb, type TestDb } from "./helpers/db";

/**
 * The two seams every command and reader stands on: state kept per connection
 * (db/connection.ts) and the versioned update with its change-log entry
 * (lib/commands/versioned.ts).
 */

let t: TestDb;
const NOW = "2026-01-02T03:04:05.000Z";
const ctx = (): CommandContext => ({ db: t.db, actor: { name: "test" }, now: NOW });

beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.close());

/** Compile-time check: never run, only type-checked by `tsc --noEmit`. */
export function updateVersionedLogsOnlyDiffActions(c: CommandContext, row: typeof announcements.$inferSelect): void {
  // @ts-expect-error a relisting carries its own before and after, not the changed fields
  updateVersioned(c, { table: announcements, row, changes: { title: "x" }, log: { action: "designation.relist", subjectType: "x" } });
  updateVersioned(c, {
    table: announcements,
    row,
    changes: { title: "x" },
    log: { action: "announcement.update", subjectType: "announcement" },
  });
}

describe("perConnection", () => {
  it("keeps one state per connection, shared with the transactions opened on it", () => {
    let made = 0;
    const stateOf = perConnection(() => ({ n: ++made }));
    const outside = stateOf(t.db);
    const inside = t.db.transaction((tx) => stateOf(tx));
    expect(inside).toBe(outside);
    const other = createTestDb();
    try {
      expect(stateOf(other.db)).not.toBe(outside);
      expect(made).toBe(2);
    } finally {
      other.close();
    }
  });

  it("prepares statements once per connection", () => {
    let built = 0;
    const statements = preparedStatements((db) => {
      built++;
      return { count: db.select({ id: entities.id }).from(entities).prepare() };
    });
    expect(statements(t.db).count.all()).toEqual([]);
    t.db.transaction((tx) => statements(tx).count.all());
    expect(built).toBe(1);
  });
});

describe("updateVersioned", () => {
  const insertEntity = () =>
    t.db
      .insert(entities)
      .values({ kind: "vessel", name: "OCEAN STAR", createdAt: "2025-01-01", updatedAt: "2025-01-01" })
      .returning()
      .get();
  const log = () => t.db.select().from(changeLog).all();

  it("writes nothing and logs nothing when no field differs", () => {
    const row = insertEntity();
    const diff = inTransaction(ctx(), (c) =>
      updateVersioned(c, {
        table: entities,
        row,
        changes: { name: "OCEAN STAR", remarks: undefined },
        log: { action: "entity.update", subjectType: "entity", entityId: row.id },
      }),
    );
    expect(diff).toBeNull();
    expect(t.db.select().from(entities).get()).toEqual(row);
    expect(log()).toEqual([]);
  });

  it("writes the changed fields with the version bumped and updatedAt set, and logs them before and after", () => {
    const row = insertEntity();
    const diff = inTransaction(ctx(), (c) =>
      updateVersioned(c, {
        table: entities,
        row,
        fields: ["name", "remarks"],
        changes: { name: "OCEAN STAR", remarks: "Renamed in 2024" },
        log: { action: "entity.update", subjectType: "entity", entityId: row.id },
      }),
    );
    expect(diff).toEqual({ remarks: "Renamed in 2024" });
    expect(t.db.select().from(entities).get()).toMatchObject({ remarks: "Renamed in 2024", version: row.version + 1, updatedAt: NOW });
    expect(log()).toEqual([
      expect.objectContaining({
        action: "entity.update",
        subjectType: "entity",
        subjectId: String(row.id),
        entityId: row.id,
        before: { remarks: null },
        after: { remarks: "Renamed in 2024" },
      }),
    ]);
  });

  it("bumps the version of a table without updatedAt when forced, and logs no field change", () => {
    ensureAuthority(ctx(), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
    upsertAnnouncement(ctx(), {
      id: "kr-test",
      authorityCode: "KR-MOFA",
      title: "A round",
      announcedOn: "2024-01-01",
      status: "confirmed",
      declared: {},
      sources: [],
    });
    const row = t.db.select().from(announcements).where(eq(announcements.id, "kr-test")).get()!;
    const logged = log().length;
    const diff = inTransaction(ctx(), (c) =>
      updateVersioned(c, {
        table: announcements,
        row,
        changes: { title: "A round" },
        force: true,
        log: { action: "announcement.update", subjectType: "announcement" },
      }),
    );
    expect(diff).toEqual({});
    expect(t.db.select().from(announcements).where(eq(announcements.id, "kr-test")).get()).toEqual({ ...row, version: row.version + 1 });
    expect(log()).toHaveLength(logged);
  });

  it("runs beforeWrite before anything is written, so its refusal leaves the row as it was", () => {
    const row = insertEntity();
    expect(() =>
      inTransaction(ctx(), (c) =>
        updateVersioned(c, {
          table: entities,
          row,
          changes: { name: "SEA STAR" },
          beforeWrite: () => {
            throw new Error("refused");
          },
          log: { action: "entity.update", subjectType: "entity", entityId: row.id },
        }),
      ),
    ).toThrow("refused");
    expect(t.db.select().from(entities).get()).toEqual(row);
    expect(log()).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeLog, designations, entities, entityNames, relationships } from "@/db/schema";
import {
  DomainError,
  addName,
  createAnnouncement,
  createRevision,
  delist,
  ensureAuthority,
  enterDesignation,
  isVersionConflict,
  updateAnnouncement,
  updateDesignation,
  updateEntity,
  upsertControlList,
  upsertEntity,
  withdrawDesignation,
  withdrawEntity,
  type CommandContext,
} from "@/lib/commands";
import { getAnnouncement, getEntity, listChanges, listEntities } from "@/lib/read";
import { diffOf, listAudit, listChangesSince } from "@/lib/read/audit";
import { getDesignationForEdit } from "@/lib/read/admin";
import { createTestDb, rowCounts, type TestDb } from "./helpers/db";

/** The error a call throws. */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to throw");
}

const ROUND = {
  id: "kr-test-2024-06-27",
  authorityCode: "KR-MOFA",
  program: "ROK autonomous sanctions on North Korea",
  title: "Designation of 8 individuals, 5 entities and 4 vessels",
  announcedOn: "2024-06-27",
  effectiveOn: "2024-07-01",
  declared: { vessel: 4, organization: 5, individual: 8 },
  sources: ["https://example.org/mofa-2024-06-27"],
};

describe("admin commands", () => {
  let t: TestDb;
  let n = 0;
  /** Each call a new editor's context, with a distinct time, as separate requests would be. */
  const as = (userId: number): CommandContext => ({
    db: t.db,
    actor: { name: `user:${userId}`, userId: null },
    now: new Date(Date.UTC(2026, 0, 1, 10, 0, n++)).toISOString(),
  });
  const editor = () => as(3);
  const other = () => as(4);

  beforeEach(() => {
    t = createTestDb();
    n = 0;
    ensureAuthority(editor(), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
  });
  afterEach(() => t.close());

  const designationRow = (id: number) => t.db.select().from(designations).where(eq(designations.id, id)).get()!;
  const entityRow = (id: number) => t.db.select().from(entities).where(eq(entities.id, id)).get()!;

  describe("createAnnouncement", () => {
    it("records a new announcement and refuses an id in use with a field error, writing nothing", () => {
      expect(createAnnouncement(editor(), ROUND)).toBe(ROUND.id);
      const a = getAnnouncement(ROUND.id, {}, t.db)!;
      expect(a.counts.map((c) => [c.kind, c.declared, c.entered, c.missing])).toEqual([
        ["vessel", 4, 0, 4],
        ["organization", 5, 0, 5],
        ["individual", 8, 0, 8],
      ]);
      expect(a.sources.map((s) => s.citation)).toEqual(ROUND.sources);

      const before = rowCounts(t.db);
      const err = caught(() => createAnnouncement(editor(), { ...ROUND, title: "Another round" }));
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).kind).toBe("conflict");
      expect((err as DomainError).issues.map((i) => i.path)).toEqual(["id"]);
      expect(rowCounts(t.db)).toEqual(before);
      expect(getAnnouncement(ROUND.id, {}, t.db)!.title).toBe(ROUND.title);
    });

    it("updateAnnouncement changes only the fields given, against the version opened", () => {
      createAnnouncement(editor(), { ...ROUND, effects: "Port entry needs permission" });
      expect(updateAnnouncement(editor(), { id: ROUND.id, expectedVersion: 1, title: "Corrected title", declared: { vessel: 3 } })).toBe(
        true,
      );
      const a = getAnnouncement(ROUND.id, {}, t.db)!;
      expect(a.title).toBe("Corrected title");
      expect(a.effects).toBe("Port entry needs permission");
      expect(a.counts.find((c) => c.kind === "vessel")?.declared).toBe(3);
      expect(a.counts.find((c) => c.kind === "individual")?.declared).toBe(8);

      const before = rowCounts(t.db);
      const err = caught(() => updateAnnouncement(other(), { id: ROUND.id, expectedVersion: 1, title: "Stale title" }));
      expect(isVersionConflict(err)).toBe(true);
      expect((err as DomainError).params).toMatchObject({ subjectType: "announcement", expectedVersion: 1, currentVersion: 2 });
      expect(rowCounts(t.db)).toEqual(before);
      expect(getAnnouncement(ROUND.id, {}, t.db)!.title).toBe("Corrected title");
    });
  });

  describe("enterDesignation", () => {
    beforeEach(() => {
      createAnnouncement(editor(), ROUND);
    });

    it("creates a vessel with its IMO number, flag and owner, designated with the announcement's program, date and sources", () => {
      const owner = upsertEntity(editor(), { kind: "organization", name: "Gudzon Shipping Co LLC" }).id;
      const result = enterDesignation(editor(), {
        announcementId: ROUND.id,
        entity: {
          kind: "vessel",
          name: "NEPTUN",
          names: [{ value: "넵튠", official: true }],
          identifiers: [{ type: "imo", value: "8404991" }],
          attributes: [
            { key: "flag", value: "RU" },
            { key: "vessel_type", value: "Oil tanker" },
          ],
        },
        links: [{ type: "owned_by", toEntityId: owner }],
        reason: "Ship-to-ship transfers of oil to North Korean vessels",
      });
      expect(result.createdEntity).toBe(true);
      const e = getEntity(result.entityId, t.db)!;
      expect(e.identifiers.map((i) => [i.type, i.value, i.checkDigitValid])).toEqual([["imo", "8404991", true]]);
      expect(e.attributes.map((a) => [a.key, a.value])).toEqual([
        ["flag", "RU"],
        ["vessel_type", "Oil tanker"],
      ]);
      expect(e.relationships.map((r) => [r.type, r.other.id])).toEqual([["owned_by", owner]]);
      const d = e.designationsByAuthority[0]!.designations[0]!;
      expect(d).toMatchObject({
        authorityCode: "KR-MOFA",
        effectiveOn: "2024-07-01",
        announcement: { id: ROUND.id },
        reason: "Ship-to-ship transfers of oil to North Korean vessels",
      });
      expect(d.program.name).toBe(ROUND.program);
      expect(d.sources.map((s) => s.citation)).toEqual(ROUND.sources);
      expect(getAnnouncement(ROUND.id, {}, t.db)!.counts.find((c) => c.kind === "vessel")).toMatchObject({
        declared: 4,
        entered: 1,
        missing: 3,
      });
    });

    it("creates an individual with a Hangul name and an unofficial romanization", () => {
      const { entityId } = enterDesignation(editor(), {
        announcementId: ROUND.id,
        entity: {
          kind: "individual",
          name: "한금복",
          names: [{ value: "Han Kum Bok", type: "romanization", official: false }],
          attributes: [
            { key: "birth_date", value: "1968" },
            { key: "nationality", value: "KP" },
            { key: "position", value: "Deputy director, Missile General Bureau institute" },
          ],
        },
      });
      const e = getEntity(entityId, t.db)!;
      expect(e.names.map((x) => [x.value, x.type, x.script, x.official])).toEqual([
        ["한금복", "primary", "Hang", true],
        ["Han Kum Bok", "romanization", "Latn", false],
      ]);
    });

    it("attaches an existing entity, and refuses one the authority designates under the program already", () => {
      const existing = upsertEntity(editor(), { kind: "organization", name: "Euromarket" }).id;
      const { designationId, createdEntity } = enterDesignation(editor(), { announcementId: ROUND.id, entityId: existing });
      expect(createdEntity).toBe(false);
      expect(designationRow(designationId).announcementId).toBe(ROUND.id);

      const before = rowCounts(t.db);
      const again = caught(() => enterDesignation(editor(), { announcementId: ROUND.id, entityId: existing }));
      expect((again as DomainError).kind).toBe("conflict");
      expect((again as DomainError).issues[0]?.path).toBe("entityId");
      // Another round under the same program does not take the designation over.
      createAnnouncement(editor(), { ...ROUND, id: "kr-test-later", title: "Later round" });
      const later = caught(() => enterDesignation(editor(), { announcementId: "kr-test-later", entityId: existing }));
      expect((later as DomainError).message).toMatch(/already/);
      expect(designationRow(designationId).announcementId).toBe(ROUND.id);
      expect(rowCounts(t.db).designations).toBe(before.designations);
    });

    it("is one transaction: a refused designation leaves no new entity behind", () => {
      const before = rowCounts(t.db);
      const err = caught(() =>
        enterDesignation(editor(), {
          announcementId: ROUND.id,
          entity: { kind: "vessel", name: "BELLA", identifiers: [{ type: "imo", value: "8808264" }] },
          // The entity is created first, then the link fails: everything is rolled back.
          links: [{ type: "owned_by", toEntityId: 999_999 }],
        }),
      );
      expect(err).toBeInstanceOf(DomainError);
      expect(rowCounts(t.db)).toEqual(before);
      expect(listEntities({ q: "BELLA" }, t.db).total).toBe(0);

      // The designation itself fails (here the database refuses its row) after the entity was written.
      t.db.$client.exec(
        "CREATE TRIGGER test_refuse_designation BEFORE INSERT ON designations WHEN NEW.reason = 'refuse me' BEGIN SELECT RAISE(ABORT, 'designation refused'); END",
      );
      const err2 = caught(() =>
        enterDesignation(editor(), {
          announcementId: ROUND.id,
          entity: { kind: "vessel", name: "BOGATYR", names: [{ value: "보가티" }], identifiers: [{ type: "imo", value: "9085730" }] },
          reason: "refuse me",
        }),
      );
      expect(String(err2)).toMatch(/designation refused/);
      expect(rowCounts(t.db)).toEqual(before);
      expect(listEntities({ q: "BOGATYR" }, t.db).total).toBe(0);
      expect(t.db.select().from(entityNames).all()).toHaveLength(0);
    });

    it("refuses a wrong IMO check digit and writes nothing", () => {
      const before = rowCounts(t.db);
      const err = caught(() =>
        enterDesignation(editor(), {
          announcementId: ROUND.id,
          entity: { kind: "vessel", name: "PATRIOT", identifiers: [{ type: "imo", value: "9003551" }] },
        }),
      );
      expect((err as DomainError).message).toMatch(/check digit/);
      expect(rowCounts(t.db)).toEqual(before);
    });
  });

  describe("corrections with optimistic concurrency", () => {
    let entityId: number;
    let designationId: number;
    beforeEach(() => {
      createAnnouncement(editor(), ROUND);
      ({ entityId, designationId } = enterDesignation(editor(), {
        announcementId: ROUND.id,
        entity: { kind: "organization", name: "Transmorflot LLC", remarks: "Shipping company" },
        reason: "Arms transfers between Russia and North Korea",
      }));
    });

    it("updateDesignation changes the fields and logs before and after", () => {
      const d = designationRow(designationId);
      expect(
        updateDesignation(editor(), {
          designationId,
          expectedVersion: d.version,
          reason: "Carried munitions between Russia and North Korea",
          legalBasis: "Foreign Exchange Transactions Act",
          listedOn: d.listedOn,
          effectiveOn: d.effectiveOn,
          status: d.status,
        }),
      ).toBe(true);
      const after = designationRow(designationId);
      expect(after).toMatchObject({ reason: "Carried munitions between Russia and North Korea", version: d.version + 1 });
      const log = t.db.select().from(changeLog).where(eq(changeLog.action, "designation.update")).all().at(-1)!;
      expect(log.before).toEqual({ reason: "Arms transfers between Russia and North Korea", legalBasis: null });
      expect(log.after).toEqual({
        reason: "Carried munitions between Russia and North Korea",
        legalBasis: "Foreign Exchange Transactions Act",
      });
      expect(log.actor).toBe("user:3");
    });

    it("a stale version is a conflict with the current row in its details, and changes nothing", () => {
      const opened = designationRow(designationId);
      // The form was opened once the designation was entered.
      const openedAt = opened.updatedAt;
      updateDesignation(other(), { designationId, expectedVersion: opened.version, reason: "Changed by the other editor" });

      const before = rowCounts(t.db);
      const current = designationRow(designationId);
      const err = caught(() => updateDesignation(editor(), { designationId, expectedVersion: opened.version, reason: "My reason" }));
      expect(isVersionConflict(err)).toBe(true);
      expect((err as DomainError).params).toMatchObject({
        subjectType: "designation",
        expectedVersion: opened.version,
        currentVersion: opened.version + 1,
        current: { reason: "Changed by the other editor" },
      });
      expect(rowCounts(t.db)).toEqual(before);
      expect(designationRow(designationId)).toEqual(current);

      // The same for delisting and withdrawing with the stale version.
      for (const run of [
        () =>
          delist(editor(), {
            designationId,
            delistedOn: "2025-01-15",
            reason: "r",
            source: "https://example.org/x",
            expectedVersion: opened.version,
          }),
        () => withdrawDesignation(editor(), { designationId, expectedVersion: opened.version, reason: "mistake" }),
        () => withdrawEntity(editor(), { entityId, expectedVersion: 1, reason: "mistake" }),
        () => updateEntity(editor(), { entityId, expectedVersion: 1, name: "Stale name" }),
      ]) {
        expect(isVersionConflict(caught(run))).toBe(true);
      }
      expect(rowCounts(t.db)).toEqual(before);
      expect(designationRow(designationId)).toEqual(current);

      // What changed since the form was opened, from the change log, with who did it.
      const changes = listChangesSince({ subjectType: "designation", subjectId: designationId }, openedAt, t.db);
      expect(changes.map((c) => [c.actor, c.action, c.diff])).toEqual([
        [
          "user:4",
          "designation.update",
          [{ key: "reason", before: "Arms transfers between Russia and North Korea", after: "Changed by the other editor" }],
        ],
      ]);
    });

    it("updateEntity renames, keeping the old name as an alias, and clears remarks", () => {
      const v = entityRow(entityId).version;
      expect(updateEntity(editor(), { entityId, expectedVersion: v, name: "MG-Flot LLC", remarks: "" })).toBe(true);
      const e = entityRow(entityId);
      expect(e).toMatchObject({ name: "MG-Flot LLC", remarks: null, version: v + 1 });
      const names = t.db.select().from(entityNames).where(eq(entityNames.entityId, entityId)).orderBy(entityNames.id).all();
      expect(names.map((x) => [x.value, x.type])).toEqual([
        ["Transmorflot LLC", "alias"],
        ["MG-Flot LLC", "primary"],
      ]);
      // Still found by the old name.
      expect(listEntities({ q: "Transmorflot" }, t.db).rows.map((r) => r.name)).toEqual(["MG-Flot LLC"]);
      // Nothing to change: nothing written.
      const before = rowCounts(t.db);
      expect(updateEntity(editor(), { entityId, expectedVersion: v + 1, name: "MG-Flot LLC" })).toBe(false);
      expect(rowCounts(t.db)).toEqual(before);
    });

    it("adding a name bumps the entity's version, so a form opened before it is stale", () => {
      const v = entityRow(entityId).version;
      addName(other(), entityId, { value: "ТрансМорФлот", official: false });
      expect(entityRow(entityId).version).toBe(v + 1);
      expect(isVersionConflict(caught(() => updateEntity(editor(), { entityId, expectedVersion: v, remarks: "x" })))).toBe(true);
    });

    it("delists against the version, shown on the timeline and in the change feed", () => {
      const d = designationRow(designationId);
      delist(editor(), {
        designationId,
        delistedOn: "2025-01-15",
        reason: "Removed by the ministry",
        source: "https://example.org/delist",
        expectedVersion: d.version,
      });
      expect(designationRow(designationId)).toMatchObject({ delistedOn: "2025-01-15", version: d.version + 1 });
      expect(getEntity(entityId, t.db)!.timeline.some((c) => c.action === "designation.delist")).toBe(true);
      expect(listChanges({ categories: ["delisting"] }, t.db).items.map((c) => c.entity?.id)).toContain(entityId);
    });

    it("withdrawing a designation keeps the row and logs it; it no longer counts", () => {
      const d = designationRow(designationId);
      const before = rowCounts(t.db);
      withdrawDesignation(editor(), { designationId, expectedVersion: d.version, reason: "Entered under the wrong round" });
      const after = rowCounts(t.db);
      expect(after.designations).toBe(before.designations);
      expect(after.change_log).toBe(before.change_log! + 1);
      expect(designationRow(designationId)).toMatchObject({ withdrawnReason: "Entered under the wrong round", version: d.version + 1 });
      expect(designationRow(designationId).withdrawnAt).not.toBeNull();
      expect(getAnnouncement(ROUND.id, {}, t.db)!.counts.find((c) => c.kind === "organization")?.entered).toBe(0);
      expect(getDesignationForEdit(designationId, t.db)?.withdrawnAt).not.toBeNull();
      const log = t.db.select().from(changeLog).where(eq(changeLog.action, "designation.withdraw")).get()!;
      expect(log).toMatchObject({ reason: "Entered under the wrong round", entityId, subjectId: String(designationId) });
      // A withdrawn designation cannot be changed any more.
      const err = caught(() => updateDesignation(editor(), { designationId, expectedVersion: d.version + 1, reason: "x" }));
      expect((err as DomainError).kind).toBe("conflict");
      expect(isVersionConflict(err)).toBe(false);
    });

    it("withdrawing an entity withdraws its designations too, keeps every row, and logs each", () => {
      const before = rowCounts(t.db);
      withdrawEntity(editor(), { entityId, expectedVersion: entityRow(entityId).version, reason: "Duplicate of another record" });
      const after = rowCounts(t.db);
      expect(after.entities).toBe(before.entities);
      expect(after.designations).toBe(before.designations);
      expect(after.change_log).toBe(before.change_log! + 2);
      expect(entityRow(entityId)).toMatchObject({ withdrawnReason: "Duplicate of another record" });
      expect(designationRow(designationId).withdrawnAt).not.toBeNull();
      expect(listEntities({ q: "Transmorflot" }, t.db).total).toBe(0);
      expect(getEntity(entityId, t.db)!.withdrawn?.reason).toBe("Duplicate of another record");
      // Withdrawing a mistake is record keeping: on the timeline when asked for, not among the changes in the world.
      expect(getEntity(entityId, t.db, { withRecordKeeping: true })!.timeline.map((c) => c.action)).toEqual(
        expect.arrayContaining(["entity.withdraw", "designation.withdraw"]),
      );
      expect(getEntity(entityId, t.db)!.timeline.map((c) => c.action)).toEqual(["designation.create"]);
    });
  });

  describe("createRevision", () => {
    beforeEach(() => {
      ensureAuthority(editor(), { code: "KR-MOTIE", name: "Ministry of Trade" });
      upsertControlList(editor(), { key: "annex-2-2", authorityCode: "KR-MOTIE", name: "Annex 2-2", unit: "items" });
      createRevision(editor(), {
        listKey: "annex-2-2",
        effectiveOn: "2024-02-24",
        added: 1159,
        removed: 0,
        total: 1159,
        sources: ["https://example.org/a"],
      });
    });

    it("refuses an inconsistent total unless the discrepancy is noted, and an effective date recorded already", () => {
      const before = rowCounts(t.db);
      const bad = caught(() =>
        createRevision(editor(), {
          listKey: "annex-2-2",
          effectiveOn: "2024-09-09",
          added: 243,
          removed: 0,
          total: 1401,
          sources: ["https://example.org/b"],
        }),
      );
      expect((bad as DomainError).issues[0]).toMatchObject({ path: "total" });
      expect((bad as DomainError).message).toMatch(/1,159 \+ 243 − 0 = 1,402, not 1,401/);
      const taken = caught(() =>
        createRevision(editor(), {
          listKey: "annex-2-2",
          effectiveOn: "2024-02-24",
          added: 1,
          removed: 0,
          total: 1160,
          sources: ["https://example.org/b"],
        }),
      );
      expect((taken as DomainError).issues[0]).toMatchObject({ path: "effectiveOn" });
      expect(rowCounts(t.db)).toEqual(before);

      createRevision(editor(), {
        listKey: "annex-2-2",
        effectiveOn: "2024-09-09",
        added: 243,
        removed: 0,
        total: 1401,
        sources: ["https://example.org/b"],
        discrepancyNote: "As published; the notice's own figures do not add up",
      });
      expect(rowCounts(t.db).control_list_revisions).toBe(before.control_list_revisions! + 1);
    });
  });

  describe("audit log", () => {
    it("lists every change with before → after, filtered by actor, entity and date", () => {
      createAnnouncement(editor(), ROUND);
      const { entityId } = enterDesignation(other(), { announcementId: ROUND.id, entity: { kind: "vessel", name: "BELLA" } });
      const all = listAudit({}, t.db);
      expect(all.total).toBe(t.db.select().from(changeLog).all().length);
      expect(all.items[0]!.id).toBeGreaterThan(all.items.at(-1)!.id);

      const byOther = listAudit({ actor: "user:4" }, t.db);
      expect(byOther.items.length).toBeGreaterThan(0);
      expect(byOther.items.every((i) => i.actor === "user:4")).toBe(true);
      const forEntity = listAudit({ entityId }, t.db);
      expect(forEntity.items.map((i) => i.action).sort()).toEqual(["designation.create", "entity.create"]);
      expect(listAudit({ from: "2026-01-02" }, t.db).total).toBe(0);
      expect(listAudit({ to: "2025-12-31" }, t.db).total).toBe(0);
      expect(listAudit({ from: "2026-01-01", to: "2026-01-01" }, t.db).total).toBe(all.total);

      const paged = listAudit({ pageSize: 2, page: 2 }, t.db);
      expect(paged.items).toHaveLength(2);
      expect(paged.pageCount).toBe(Math.ceil(all.total / 2));
    });

    it("diffs before and after key by key", () => {
      expect(diffOf({ reason: "a", status: "confirmed" }, { reason: "b", status: "confirmed" })).toEqual([
        { key: "reason", before: "a", after: "b" },
      ]);
      expect(diffOf(null, { name: "X" })).toEqual([{ key: "name", before: null, after: "X" }]);
      expect(diffOf(null, null)).toEqual([]);
    });
  });

  it("relationships from an entry are written once, on both timelines", () => {
    createAnnouncement(editor(), ROUND);
    const owner = upsertEntity(editor(), { kind: "organization", name: "Owner Co" }).id;
    enterDesignation(editor(), {
      announcementId: ROUND.id,
      entity: { kind: "vessel", name: "MARIA" },
      links: [
        { type: "owned_by", toEntityId: owner },
        { type: "operated_by", toEntityId: owner },
      ],
    });
    expect(
      t.db
        .select()
        .from(relationships)
        .all()
        .map((r) => r.type),
    ).toEqual(["owned_by", "operated_by"]);
  });
});

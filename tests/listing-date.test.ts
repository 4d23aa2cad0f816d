import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeLog, designations } from "@/db/schema";
import {
  createAnnouncement,
  designate,
  ensureAuthority,
  enterDesignation,
  fillEnteredListingDates,
  updateDesignation,
  upsertEntity,
  withdrawDesignation,
  type CommandContext,
} from "@/lib/commands";
import { defaultListingDate } from "@/lib/domain/listing-date";
import { getEntity } from "@/lib/read";
import { createTestDb, rowCounts, type TestDb } from "./helpers/db";

describe("defaultListingDate", () => {
  it("is the announcement's effective date, else the day it was announced", () => {
    expect(defaultListingDate({ announcedOn: "2024-06-27", effectiveOn: "2024-07-01" })).toEqual({
      date: "2024-07-01",
      basis: "effective",
    });
    expect(defaultListingDate({ announcedOn: "2024-05-24", effectiveOn: null })).toEqual({ date: "2024-05-24", basis: "announced" });
    // A partial date keeps its precision.
    expect(defaultListingDate({ announcedOn: "2024-06-27", effectiveOn: "2024-07" })).toEqual({ date: "2024-07", basis: "effective" });
  });
});

const ROUND = {
  id: "kr-test-2024-06-27",
  authorityCode: "KR-MOFA",
  program: "ROK autonomous sanctions on North Korea",
  title: "Designation of 4 vessels",
  announcedOn: "2024-06-27",
  effectiveOn: "2024-07-01",
  sources: ["https://example.org/mofa-2024-06-27"],
};
const UNDATED = {
  ...ROUND,
  id: "kr-test-2024-05-24",
  title: "Designation without an effective date",
  announcedOn: "2024-05-24",
  effectiveOn: undefined,
  program: "Another program",
};

describe("the listing date of an entered designation", () => {
  let t: TestDb;
  let n = 0;
  /** Each call a context of its own, a second apart, as separate requests would be. */
  const as = (actor: string): CommandContext => ({
    db: t.db,
    actor: { name: actor },
    now: new Date(Date.UTC(2026, 0, 1, 10, 0, n++)).toISOString(),
  });
  const editor = () => as("user:3");
  const row = (id: number) => t.db.select().from(designations).where(eq(designations.id, id)).get()!;

  beforeEach(() => {
    t = createTestDb();
    n = 0;
    ensureAuthority(editor(), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
    createAnnouncement(editor(), ROUND);
    createAnnouncement(editor(), UNDATED);
  });
  afterEach(() => t.close());

  it("is stored as the announcement's effective date, logged with the designation, and shown on the entity page", () => {
    const { entityId, designationId } = enterDesignation(editor(), {
      announcementId: ROUND.id,
      entity: { kind: "vessel", name: "NEPTUN" },
    });
    expect(row(designationId)).toMatchObject({ listedOn: "2024-07-01", effectiveOn: "2024-07-01" });
    const created = t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.action, "designation.create"), eq(changeLog.subjectId, String(designationId))))
      .get()!;
    expect(created.after).toMatchObject({ listedOn: "2024-07-01" });
    expect(getEntity(entityId, t.db)!.designationsByAuthority[0]!.designations[0]!.listedOn).toBe("2024-07-01");
  });

  it("is the day announced when the announcement states no effective date, and an editor's own date wins", () => {
    const undated = enterDesignation(editor(), { announcementId: UNDATED.id, entity: { kind: "vessel", name: "BELLA" } });
    expect(row(undated.designationId).listedOn).toBe("2024-05-24");
    const own = enterDesignation(editor(), {
      announcementId: ROUND.id,
      entity: { kind: "vessel", name: "BOGATYR" },
      listedOn: "2024-06-28",
    });
    expect(row(own.designationId).listedOn).toBe("2024-06-28");
    // An existing entity attached from the search takes it too.
    const existing = upsertEntity(editor(), { kind: "organization", name: "Euromarket" }).id;
    expect(row(enterDesignation(editor(), { announcementId: ROUND.id, entityId: existing }).designationId).listedOn).toBe("2024-07-01");
  });

  describe("fillEnteredListingDates", () => {
    /** A designation as enterDesignation wrote them before it stored a listing date. */
    const enteredWithout = (name: string, announcementId: string, actor = editor()) => {
      const entityId = upsertEntity(actor, { kind: "organization", name }).id;
      const { id } = designate(actor, { entityId, authorityCode: "KR-MOFA", announcementId });
      expect(row(id).listedOn).toBeNull();
      return id;
    };

    it("gives entries by an account the date their form promised, once, each logged with its reason", () => {
      const dated = enteredWithout("Transmorflot LLC", ROUND.id);
      const undated = enteredWithout("Primorye Logistics", UNDATED.id);
      const version = row(dated).version;

      expect(fillEnteredListingDates(as("cli"))).toBe(2);
      expect(row(dated)).toMatchObject({ listedOn: "2024-07-01", version: version + 1 });
      expect(row(undated).listedOn).toBe("2024-05-24");
      const log = t.db
        .select()
        .from(changeLog)
        .where(and(eq(changeLog.action, "designation.listing_date"), eq(changeLog.subjectId, String(dated))))
        .get()!;
      expect(log).toMatchObject({ actor: "cli", before: { listedOn: null }, after: { listedOn: "2024-07-01" } });
      expect(log.reason).toMatch(/promised/);

      // Nothing left to do: nothing written.
      const before = rowCounts(t.db);
      expect(fillEnteredListingDates(as("cli"))).toBe(0);
      expect(rowCounts(t.db)).toEqual(before);
    });

    it("leaves the default data's, a cleared date and a withdrawn entry as they are", () => {
      const seeded = enteredWithout("Seeded Co", ROUND.id, as("seed"));
      const cleared = enterDesignation(editor(), {
        announcementId: UNDATED.id,
        entity: { kind: "organization", name: "Cleared Co" },
      }).designationId;
      updateDesignation(editor(), { designationId: cleared, expectedVersion: row(cleared).version, listedOn: null });
      expect(row(cleared).listedOn).toBeNull();
      const withdrawn = enteredWithout("Withdrawn Co", ROUND.id);
      withdrawDesignation(editor(), { designationId: withdrawn, expectedVersion: row(withdrawn).version, reason: "Entered by mistake" });

      const before = rowCounts(t.db);
      expect(fillEnteredListingDates(as("cli"))).toBe(0);
      expect(rowCounts(t.db)).toEqual(before);
      expect(row(seeded).listedOn).toBeNull();
      expect(row(withdrawn).listedOn).toBeNull();
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAnnouncement, delist, ensureAuthority, enterDesignation, type CommandContext } from "@/lib/commands";
import { listAudit } from "@/lib/read/audit";
import { showValue, type Referenced } from "@/lib/read/audit-values";
import { messagesFor } from "@/lib/i18n";
import { createTestDb, type TestDb } from "./helpers/db";

const { admin } = messagesFor("en");

const refs: Referenced = {
  sources: new Map([
    [
      38,
      {
        id: 38,
        citation: "https://example.org/notice",
        kind: "web",
        title: "MOFA notice of delisting",
        url: "https://example.org/notice",
        sha256: null,
      },
    ],
    [39, { id: 39, citation: "Official Gazette No. 123", kind: "document", title: null, url: null, sha256: null }],
  ]),
  programs: new Map([[1, { id: 1, code: "DPRK4", name: "North Korea Sanctions Regulations" }]]),
  entities: new Map([[14526, { id: 14526, name: "NEPTUN" }]]),
  announcements: new Map([["kr-2024-06-27", { id: "kr-2024-06-27", title: "Designation of 4 vessels" }]]),
};
const words = (key: string, value: unknown) => admin.shown(showValue(key, value, refs));

describe("audit values", () => {
  it("name what an id stands for, by the field it is in", () => {
    expect(showValue("delistingSourceId", 38, refs)).toEqual({
      kind: "source",
      id: 38,
      title: "MOFA notice of delisting",
      citation: "https://example.org/notice",
      url: "https://example.org/notice",
    });
    expect(words("delistingSourceId", 38)).toBe("MOFA notice of delisting");
    expect(words("sourceId", 39)).toBe("Official Gazette No. 123");
    expect(words("programId", 1)).toBe("North Korea Sanctions Regulations (DPRK4)");
    expect(showValue("entityId", 14526, refs)).toEqual({ kind: "entity", id: 14526, name: "NEPTUN" });
    expect(words("toEntityId", 14526)).toBe("NEPTUN");
    expect(words("announcementId", "kr-2024-06-27")).toBe("Designation of 4 vessels");
    // A row the tracker no longer holds is named as such, not as a bare number.
    expect(words("entityId", 7)).toBe("entity #7 (no longer in the tracker)");
  });

  it("show nothing as none, dates as dates, and the rest by its type", () => {
    for (const empty of [null, undefined, "", []]) expect(words("delistingSourceId", empty)).toBe("none");
    expect(showValue("listedOn", "2024-07", refs)).toEqual({ kind: "date", value: "2024-07" });
    expect(words("listedOn", "2024-07-01")).toBe("2024-07-01");
    expect(words("withdrawnAt", "2026-02-27T14:05:09.000Z")).toBe("2026-02-27 14:05 UTC");
    expect(words("reason", "Oil transfers")).toBe("“Oil transfers”");
    expect(words("declaredVessels", 1402)).toBe("1,402");
    expect(words("official", false)).toBe("no");
    expect(words("sameAs", ["ofac:24508", "un:KPi.066"])).toBe("ofac:24508; un:KPi.066");
    expect(words("settings", { a: 1 })).toBe('{"a":1}');
  });

  it("show an entity's names, identifiers and details as a reader writes them", () => {
    expect(
      words("names", [
        { value: "넵튠", type: "alias", official: true },
        { value: "Neptun", type: "romanization", official: false },
      ]),
    ).toBe("넵튠 (also known as); Neptun (romanization, unofficial)");
    expect(words("identifiers", [{ type: "imo", value: "9123453", country: null }])).toBe("IMO number 9123453");
    expect(
      words("attributes", [
        { key: "flag", value: "RU" },
        { key: "birth_date", value: "1971-03" },
      ]),
    ).toBe("Flag RU; Date of birth 1971-03");
  });

  describe("in the audit log", () => {
    let t: TestDb;
    const editor = (): CommandContext => ({ db: t.db, actor: { name: "user:3" } });
    beforeEach(() => (t = createTestDb()));
    afterEach(() => t.close());

    it("read as words: no bare id of a source, program or entity", () => {
      ensureAuthority(editor(), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
      createAnnouncement(editor(), {
        id: "kr-test-2024-06-27",
        authorityCode: "KR-MOFA",
        program: "ROK autonomous sanctions on North Korea",
        title: "Designation of 4 vessels",
        announcedOn: "2024-06-27",
        effectiveOn: "2024-07-01",
        sources: ["https://example.org/round"],
      });
      const { entityId, designationId } = enterDesignation(editor(), {
        announcementId: "kr-test-2024-06-27",
        entity: { kind: "vessel", name: "NEPTUN" },
      });
      delist(editor(), {
        designationId,
        delistedOn: "2025-01-15",
        reason: "Removed by the ministry",
        source: "https://example.org/delisting",
      });

      const items = listAudit({ entityId }, t.db).items;
      const created = items.find((i) => i.action === "designation.create")!.changes;
      const line = (key: string) => created.find((c) => c.key === key)!;
      expect(line("entityId").after).toEqual({ kind: "entity", id: entityId, name: "NEPTUN" });
      // Its code is made from its name: the name alone says both.
      expect(line("programId").after).toMatchObject({ kind: "program", code: "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA" });
      expect(admin.shown(line("programId").after)).toBe("ROK autonomous sanctions on North Korea");
      expect(line("announcementId").after).toMatchObject({ kind: "announcement", title: "Designation of 4 vessels" });
      expect(line("listedOn").after).toEqual({ kind: "date", value: "2024-07-01" });

      const delisting = items.find((i) => i.action === "designation.delist")!.changes;
      expect(delisting.find((c) => c.key === "delistingSourceId")).toMatchObject({
        before: { kind: "none" },
        after: { kind: "source", url: "https://example.org/delisting" },
      });
      // The raw values stay beside them, for the JSON API.
      expect(typeof items.find((i) => i.action === "designation.delist")!.diff.find((d) => d.key === "delistingSourceId")!.after).toBe(
        "number",
      );
      for (const item of items) for (const c of item.changes) expect([c.before.kind, c.after.kind]).not.toContain("missing");
    });
  });
});

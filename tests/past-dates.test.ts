import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delist, designate, ensureAuthority, upsertEntity, type CommandContext } from "@/lib/commands";
import { listEntities } from "@/lib/read";
import { dayState, type DatedDesignation } from "@/lib/read/in-force";
import { getHomeSummary } from "@/lib/read/home";
import { search } from "@/lib/search/engine";
import { ageBetween, isOutOfDate } from "@/lib/domain/age";
import { createTestDb, type TestDb } from "./helpers/db";

const d = (fields: Partial<DatedDesignation>): DatedDesignation => ({
  effectiveOn: null,
  listedOn: null,
  firstSeenOn: null,
  delistedOn: null,
  withdrawnAt: null,
  ...fields,
});

describe("dayState: what the tracker knows of a designation on a day", () => {
  it("a dated designation is in force from its effective date, else its listing date, until its delisting", () => {
    const kr = d({ listedOn: "2024-06-27", effectiveOn: "2024-07-01" });
    expect(dayState(kr, "2024-06-30")).toBe("future");
    expect(dayState(kr, "2024-07-01")).toBe("dated");
    expect(dayState(d({ listedOn: "2020-01-01", delistedOn: "2022-05-01" }), "2022-05-01")).toBe("ended");
    // A partial date counts from its first day.
    expect(dayState(d({ listedOn: "2024-07" }), "2024-07-01")).toBe("dated");
  });

  it("an undated one is in force on or after the publication it was first seen in, and not known before", () => {
    const ofac = d({ firstSeenOn: "2019-01-07" });
    expect(dayState(ofac, "2020-01-01")).toBe("seen");
    expect(dayState(ofac, "2019-01-07")).toBe("seen");
    expect(dayState(ofac, "2018-12-31")).toBe("unknown");
    // Delisted before the day: known to have ended, whenever it began.
    expect(dayState(d({ firstSeenOn: "2021-07-21", delistedOn: "2023-12-28" }), "2024-01-01")).toBe("ended");
    // Neither a date nor a publication: known by the day it was recorded.
    expect(dayState(d({ recordedAt: "2025-03-04T10:00:00.000Z" }), "2025-03-04")).toBe("seen");
    expect(dayState(d({ recordedAt: "2025-03-04T10:00:00.000Z" }), "2025-03-03")).toBe("unknown");
  });

  it("a withdrawn designation is never in force", () => {
    expect(dayState(d({ listedOn: "2020-01-01", withdrawnAt: "2021-01-01T00:00:00Z" }), "2020-06-01")).toBe("future");
  });
});

describe("past-date views over a database", () => {
  let t: TestDb;
  const ctx = (): CommandContext => ({ db: t.db, actor: { name: "test" } });

  beforeAll(() => {
    t = createTestDb();
    ensureAuthority(ctx(), { code: "US-OFAC", name: "OFAC", country: "US" });
    const add = (name: string, fields: { listedOn?: string; firstSeenOn?: string }) => {
      const { id } = upsertEntity(ctx(), { kind: "organization", name });
      return designate(ctx(), { entityId: id, authorityCode: "US-OFAC", sources: ["https://example.org/sdn"], ...fields }).id;
    };
    add("Dated Trading", { listedOn: "2016-03-02" });
    add("Seen Early Shipping", { firstSeenOn: "2019-01-07" });
    add("Seen Late Holdings", { firstSeenOn: "2023-12-28" });
    const gone = add("Gone Early Marine", { firstSeenOn: "2019-01-07" });
    delist(ctx(), {
      designationId: gone,
      delistedOn: "2021-07-21",
      reason: "Removed from the list",
      source: "https://example.org/sdn-2021",
    });
  });
  afterAll(() => t?.close());

  it("/entities as of 2020-01-01: in force, of them on a first-seen date, and not known, each counted", () => {
    const page = listEntities({ asOf: "2020-01-01", status: "active" }, t.db);
    expect(page.rows.map((r) => [r.name, r.state])).toEqual([
      ["Dated Trading", "in_force"],
      ["Gone Early Marine", "in_force_seen"],
      ["Seen Early Shipping", "in_force_seen"],
    ]);
    expect(page.counts).toEqual({ inForce: 3, onFirstSeen: 2, unknown: 1 });
    const unknown = listEntities({ asOf: "2020-01-01", status: "unknown" }, t.db);
    expect(unknown.rows.map((r) => r.name)).toEqual(["Seen Late Holdings"]);
    expect(unknown.rows[0]!.authorities[0]).toMatchObject({ code: "US-OFAC", state: "unknown", knownBy: "2023-12-28" });
    const later = listEntities({ asOf: "2024-01-01", status: "all" }, t.db);
    expect(later.counts).toEqual({ inForce: 3, onFirstSeen: 2, unknown: 0 });
    expect(later.rows.find((r) => r.name === "Gone Early Marine")?.state).toBe("delisted");
  });

  it("search and the home figures follow the same rule", () => {
    const found = search({ q: "Seen Late Holdings", asOf: "2020-01-01" }, t.db);
    expect(found.results[0]).toMatchObject({ name: "Seen Late Holdings", state: "unknown", active: false });
    expect(found.counts.unknown).toBe(1);
    expect(search({ q: "Seen Late Holdings", asOf: "2020-01-01", status: "active" }, t.db).results.map((r) => r.name)).not.toContain(
      "Seen Late Holdings",
    );
    const home = getHomeSummary("2020-01-01", t.db);
    expect(home.totals.designations).toBe(3);
    expect(home.onFirstSeen.designations).toBe(2);
    expect(home.unknown.designations).toBe(1);
    expect(home.past).toBe(true);
  });
});

describe("the age of a publication", () => {
  it("in calendar years, months and days, out of date past 30 days", () => {
    expect(ageBetween("2023-12-28", "2026-12-04")).toMatchObject({ years: 2, months: 11, days: 6, totalDays: 1072 });
    expect(ageBetween("2026-02-27", "2026-12-04")).toMatchObject({ years: 0, months: 9, days: 7 });
    expect(isOutOfDate(ageBetween("2026-11-04", "2026-12-04"))).toBe(false);
    expect(isOutOfDate(ageBetween("2026-11-03", "2026-12-04"))).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, delist, designate, findEntityIdByRef } from "@/lib/commands";
import { getEntity, listChanges, listEntities } from "@/lib/read";
import { rowCounts, seededDb, type TestDb } from "./helpers/db";

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to throw");
}

describe("entities", () => {
  let t: TestDb;
  let patriotId: number;
  const editor = () => ({ db: t.db, actor: { name: "user:1" } });
  const idOf = (key: string) => {
    const id = findEntityIdByRef(editor(), `seed:${key}`);
    if (id === null) throw new Error(`no entity seed:${key}`);
    return id;
  };

  beforeAll(() => {
    t = seededDb();
    patriotId = idOf("patriot");
  });
  afterAll(() => t?.close());

  describe("listEntities", () => {
    it("lists every entity by default, sorted by name", () => {
      const page = listEntities({ pageSize: 100 }, t.db);
      expect(page.total).toBe(31);
      expect(page.rows).toHaveLength(31);
      const names = page.rows.map((r) => r.name);
      expect(names).toContain("PATRIOT");
      expect(names).toContain("김창록");
    });

    it("filters by kind", () => {
      const vessels = listEntities({ kind: "vessel", pageSize: 100 }, t.db);
      expect(vessels.total).toBe(8);
      expect(vessels.rows.every((r) => r.kind === "vessel")).toBe(true);
      expect(listEntities({ kind: "individual", pageSize: 100 }, t.db).rows.every((r) => r.kind === "individual")).toBe(true);
    });

    it("filters by authority", () => {
      const ofac = listEntities({ authority: "US-OFAC", pageSize: 100 }, t.db);
      expect(ofac.total).toBe(8);
      expect(ofac.rows.map((r) => r.name)).toContain("PATRIOT");
      expect(ofac.rows.map((r) => r.name)).not.toContain("김창록");
    });

    it("finds a name containing the query, in any of the entity's names and any case", () => {
      expect(listEntities({ q: "patri" }, t.db).rows.map((r) => r.name)).toEqual(["PATRIOT"]);
      expect(listEntities({ q: "Chang Rok" }, t.db).rows.map((r) => r.name)).toEqual(["김창록"]);
      expect(listEntities({ q: "김창" }, t.db).rows.map((r) => r.name)).toEqual(["김창록"]);
      expect(listEntities({ q: "no such name" }, t.db).total).toBe(0);
      // LIKE wildcards in the query are taken literally.
      expect(listEntities({ q: "%" }, t.db).total).toBe(0);
    });

    it("shows the list as of a past date: on 2024-06-01 PATRIOT is in force by US-OFAC only", () => {
      const page = listEntities({ asOf: "2024-06-01", pageSize: 100 }, t.db);
      expect(page.asOf).toBe("2024-06-01");
      const patriot = page.rows.find((r) => r.name === "PATRIOT");
      expect(patriot).toMatchObject({ inForce: true, authorities: [{ code: "US-OFAC", inForce: true }] });
      // 김창록 was designated with effect from 2024-07-01.
      expect(page.rows.map((r) => r.name)).not.toContain("김창록");
      const later = listEntities({ asOf: "2024-07-01", q: "PATRIOT" }, t.db).rows[0];
      expect(later?.authorities.map((a) => a.code)).toEqual(["KR-MOFA", "US-OFAC"]);
      expect(listEntities({ asOf: "2024-07-01", pageSize: 100 }, t.db).rows.map((r) => r.name)).toContain("김창록");
    });
  });

  describe("getEntity", () => {
    it("shows PATRIOT with its IMO number, its designations and a timeline", () => {
      const patriot = getEntity(patriotId, t.db)!;
      expect(patriot).toMatchObject({ kind: "vessel", name: "PATRIOT" });
      expect(patriot.identifiers).toContainEqual(expect.objectContaining({ type: "imo", value: "9003550", checkDigitValid: true }));

      const byAuthority = Object.fromEntries(patriot.designationsByAuthority.map((g) => [g.authority.code, g.designations]));
      expect(Object.keys(byAuthority).sort()).toEqual(["KR-MOFA", "US-OFAC"]);
      expect(byAuthority["KR-MOFA"]).toHaveLength(1);
      expect(byAuthority["KR-MOFA"]![0]).toMatchObject({
        effectiveOn: "2024-07-01",
        announcement: { id: "kr-2024-06-27" },
        inForce: true,
      });
      expect(byAuthority["US-OFAC"]).toHaveLength(1);
      expect(byAuthority["US-OFAC"]![0]).toMatchObject({ listedOn: "2018-08-21", program: { code: "DPRK4" }, inForce: true });
      expect(byAuthority["US-OFAC"]![0]!.sources.length).toBeGreaterThan(0);

      expect(patriot.refs.map((r) => r.ref)).toEqual(["ofac:24508", "seed:patriot"]);
      expect(patriot.timeline.length).toBeGreaterThan(0);
      expect(patriot.timeline.map((c) => c.action)).toContain("designation.create");
      expect(patriot.timeline.every((c) => c.entity?.id === patriotId)).toBe(true);
    });

    it("shows an unofficial romanization as not official", () => {
      const kim = getEntity(idOf("kim-chang-rok"), t.db)!;
      expect(kim.name).toBe("김창록");
      expect(kim.names).toContainEqual(expect.objectContaining({ value: "Kim Chang Rok", official: false, type: "romanization" }));
    });

    it("returns null for an unknown id", () => {
      expect(getEntity(999_999, t.db)).toBeNull();
    });
  });

  describe("delisting", () => {
    const designationOf = (entityId: number, authority: string) => {
      const group = getEntity(entityId, t.db)!.designationsByAuthority.find((g) => g.authority.code === authority);
      const d = group?.designations[0];
      if (!d) throw new Error(`no ${authority} designation on entity ${entityId}`);
      return d;
    };

    it("requires a reason and a source, and writes nothing when refused", () => {
      const d = designationOf(patriotId, "US-OFAC");
      const before = rowCounts(t.db);
      const noReason = catchError(() =>
        delist(editor(), { designationId: d.id, delistedOn: "2026-01-15", reason: "  ", source: "https://example.org/a" }),
      );
      expect(noReason).toBeInstanceOf(DomainError);
      expect((noReason as DomainError).kind).toBe("invalid");
      expect((noReason as DomainError).issues.map((i) => i.path)).toContain("reason");

      const noSource = catchError(() =>
        delist(editor(), { designationId: d.id, delistedOn: "2026-01-15", reason: "Vessel scrapped" } as never),
      );
      expect(noSource).toBeInstanceOf(DomainError);
      expect((noSource as DomainError).kind).toBe("invalid");
      expect((noSource as DomainError).issues.map((i) => i.path)).toContain("source");

      expect(rowCounts(t.db)).toEqual(before);
      expect(designationOf(patriotId, "US-OFAC")).toMatchObject({ delistedOn: null, version: d.version });
    });

    it("refuses a delisting based on a stale version (conflict) and writes nothing", () => {
      const d = designationOf(patriotId, "US-OFAC");
      // Someone else corrects the designation first, which bumps its version.
      designate(editor(), {
        entityId: patriotId,
        authorityCode: "US-OFAC",
        program: "DPRK4",
        reason: "Ship-to-ship transfers of refined petroleum products to North Korean vessels",
      });
      expect(designationOf(patriotId, "US-OFAC").version).toBe(d.version + 1);

      const before = rowCounts(t.db);
      const error = catchError(() =>
        delist(editor(), {
          designationId: d.id,
          delistedOn: "2026-01-15",
          reason: "Removed from the SDN list",
          source: "https://example.org/ofac-removal",
          expectedVersion: d.version,
        }),
      );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe("conflict");
      expect(rowCounts(t.db)).toEqual(before);
      expect(designationOf(patriotId, "US-OFAC").delistedOn).toBeNull();
    });

    it("delists: the entity turns delisted, and the delisting shows in its timeline and the change feed", () => {
      const euromarket = idOf("euromarket");
      expect(listEntities({ status: "active", q: "Euromarket" }, t.db).total).toBe(1);
      const d = designationOf(euromarket, "KR-MOFA");
      const before = rowCounts(t.db);

      delist(editor(), {
        designationId: d.id,
        delistedOn: "2026-01-15",
        reason: "Removed from the list by the ministry",
        source: "https://example.org/mofa-2026-01-15",
        expectedVersion: d.version,
      });

      const after = rowCounts(t.db);
      expect(after.designations).toBe(before.designations);
      expect(after.change_log).toBeGreaterThan(before.change_log!);

      const view = designationOf(euromarket, "KR-MOFA");
      expect(view).toMatchObject({
        delistedOn: "2026-01-15",
        delistingReason: "Removed from the list by the ministry",
        inForce: false,
        version: d.version + 1,
      });
      expect(view.delistingSource?.citation).toBe("https://example.org/mofa-2026-01-15");

      expect(listEntities({ status: "delisted", pageSize: 100 }, t.db).rows.map((r) => r.name)).toContain("Euromarket");
      expect(listEntities({ status: "active", q: "Euromarket" }, t.db).total).toBe(0);
      // Before the delisting it was in force.
      expect(listEntities({ status: "active", asOf: "2025-12-31", q: "Euromarket" }, t.db).total).toBe(1);

      const timeline = getEntity(euromarket, t.db)!.timeline;
      const entry = timeline.find((c) => c.action === "designation.delist");
      expect(entry).toMatchObject({
        category: "delisting",
        occurredOn: "2026-01-15",
        actor: "user:1",
        authorityCode: "KR-MOFA",
        reason: "Removed from the list by the ministry",
      });

      const feed = listChanges({ categories: ["delisting"] }, t.db);
      expect(feed.total).toBe(1);
      expect(feed.items[0]).toMatchObject({ action: "designation.delist", entity: { id: euromarket, name: "Euromarket" } });
    });

    it("refuses to delist twice", () => {
      const d = designationOf(idOf("euromarket"), "KR-MOFA");
      const error = catchError(() =>
        delist(editor(), { designationId: d.id, delistedOn: "2026-02-01", reason: "again", source: "https://example.org/x" }),
      );
      expect((error as DomainError).kind).toBe("conflict");
    });
  });
});

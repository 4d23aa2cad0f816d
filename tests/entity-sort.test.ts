import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entities } from "@/db/schema";
import { designate, ensureAuthority, updateEntity, upsertEntity, type CommandContext } from "@/lib/commands";
import { fillNameSortKeys } from "@/lib/commands/name-sort-keys";
import { nameSortKey } from "@/lib/domain/name-sort-key";
import { importListAt } from "@/lib/importers/formats";
import { listEntities, type EntityFilters } from "@/lib/read";
import { createTestDb, type TestDb } from "./helpers/db";
import { fixture } from "./importers/helpers";

/**
 * The entity list's orders (`?sort=`, `?dir=`) and its "First listed" column,
 * over a database holding a small OFAC SDN publication (no listing dates:
 * first seen on 2023-12-28) and entities entered with dates of their own.
 */
describe("entity list: sort orders and first listing", () => {
  let t: TestDb;
  const ctx = (): CommandContext => ({ db: t.db, actor: { name: "test" } });
  const ids: Record<string, number> = {};
  const all = (filters: EntityFilters = {}) => listEntities({ pageSize: 100, ...filters }, t.db).rows;
  const mine = (filters: EntityFilters = {}) => all(filters).filter((r) => Object.values(ids).includes(r.id));
  const names = (filters: EntityFilters = {}) => mine(filters).map((r) => r.name);

  beforeAll(() => {
    t = createTestDb();
    importListAt(t.db, "ofac", fixture("ofac-sdn"), { publishedOn: "2023-12-28" });
    ensureAuthority(ctx(), { code: "KR-MOFA", name: "Korea", country: "KR" });
    ensureAuthority(ctx(), { code: "EU", name: "European Union" });
    const add = (
      name: string,
      kind: "vessel" | "organization" | "individual",
      designations: { authorityCode: string; listedOn?: string }[],
    ) => {
      const { id } = upsertEntity(ctx(), { kind, name });
      for (const d of designations) designate(ctx(), { entityId: id, sources: ["https://example.org/list"], ...d });
      ids[name] = id;
    };
    add("'ABBAS TRADING", "organization", [{ authorityCode: "EU", listedOn: "2016-03-02" }]);
    add("AARDVARK SHIPPING", "vessel", [{ authorityCode: "KR-MOFA", listedOn: "2024-07-01" }]);
    add("Émile Holdings", "organization", [
      { authorityCode: "KR-MOFA", listedOn: "2020" },
      { authorityCode: "EU", listedOn: "2021-05-01" },
    ]);
    add("ZULU MARINE", "vessel", []);
    add("이영호", "individual", [{ authorityCode: "KR-MOFA", listedOn: "2018-01-01" }]);
    add("김창록", "individual", [{ authorityCode: "KR-MOFA", listedOn: "2024-07-01" }]);
    add("박정천", "individual", [{ authorityCode: "KR-MOFA", listedOn: "2019-06-01" }]);
  });
  afterAll(() => t?.close());

  it("sorts by name as a reader expects by default: a leading apostrophe, case and accents do not count; Hangul after Latin, 가나다", () => {
    expect(names()).toEqual(["AARDVARK SHIPPING", "'ABBAS TRADING", "Émile Holdings", "ZULU MARINE", "김창록", "박정천", "이영호"]);
    expect(names({ sort: "name", dir: "desc" })).toEqual(names().reverse());
    // Over the whole list too, with the imported OFAC names: none that starts with an apostrophe comes first.
    const keys = all().map((r) => nameSortKey(r.name));
    expect(keys).toEqual([...keys].sort());
  });

  it("sorts by kind, then by name", () => {
    expect(names({ sort: "kind" })).toEqual([
      "김창록",
      "박정천",
      "이영호",
      "'ABBAS TRADING",
      "Émile Holdings",
      "AARDVARK SHIPPING",
      "ZULU MARINE",
    ]);
    const kinds = all({ sort: "kind", dir: "desc" }).map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort().reverse());
  });

  it("sorts by the authorities a row shows, joined in order; an entity designated by none comes last either way", () => {
    expect(names({ sort: "authority" })).toEqual([
      "'ABBAS TRADING",
      "Émile Holdings",
      "AARDVARK SHIPPING",
      "김창록",
      "박정천",
      "이영호",
      "ZULU MARINE",
    ]);
    expect(names({ sort: "authority", dir: "desc" })).toEqual([
      "AARDVARK SHIPPING",
      "김창록",
      "박정천",
      "이영호",
      "Émile Holdings",
      "'ABBAS TRADING",
      "ZULU MARINE",
    ]);
    // The imported entities (US-OFAC only) come after those of EU and KR-MOFA.
    const codes = all({ sort: "authority" }).map((r) => r.authorities.map((a) => a.code).join(","));
    expect(codes.indexOf("US-OFAC")).toBeGreaterThan(codes.lastIndexOf("KR-MOFA"));
  });

  it("sorts by first listing, the undated last in both directions", () => {
    expect(names({ sort: "listed" })).toEqual([
      "'ABBAS TRADING",
      "이영호",
      "박정천",
      "Émile Holdings",
      "AARDVARK SHIPPING",
      "김창록",
      "ZULU MARINE",
    ]);
    expect(names({ sort: "listed", dir: "desc" })).toEqual([
      "AARDVARK SHIPPING",
      "김창록",
      "Émile Holdings",
      "박정천",
      "이영호",
      "'ABBAS TRADING",
      "ZULU MARINE",
    ]);
    const rows = all({ sort: "listed", dir: "desc" });
    expect(rows.at(-1)?.name).toBe("ZULU MARINE");
    // The OFAC entities, first seen on 2023-12-28, between the dated ones.
    const dates = rows.map((r) => (r.firstListed.how === "unknown" ? null : r.firstListed.date));
    expect(dates.slice(0, -1)).toEqual([...dates.slice(0, -1)].sort().reverse());
  });

  it("says how the first listing is known: a source's date, the list first seen in, or nothing", () => {
    const byName = (name: string) => all({ q: name })[0]!;
    expect(byName("ABBAS TRADING").firstListed).toEqual({ how: "listed", date: "2016-03-02" });
    // The earliest of its designations, a partial date as it is.
    expect(byName("Émile").firstListed).toEqual({ how: "listed", date: "2020" });
    expect(byName("ZULU").firstListed).toEqual({ how: "unknown" });
    const imported = all().filter((r) => !Object.values(ids).includes(r.id));
    expect(imported.length).toBeGreaterThan(10);
    for (const r of imported) expect(r.firstListed).toEqual({ how: "seen", date: "2023-12-28", list: "ofac-sdn" });
  });

  it("an entity's first listing under an authority filter is that authority's", () => {
    expect(all({ authority: "EU", q: "Émile" })[0]!.firstListed).toEqual({ how: "listed", date: "2021-05-01" });
  });

  it("a renamed entity is sorted by its new name", () => {
    const id = ids["ZULU MARINE"]!;
    const version = t.db.select({ v: entities.version }).from(entities).where(eq(entities.id, id)).get()!.v;
    updateEntity(ctx(), { entityId: id, expectedVersion: version, name: "'ALPHA MARINE" });
    expect(t.db.select({ k: entities.nameSort }).from(entities).where(eq(entities.id, id)).get()!.k).toBe("alpha marine");
    expect(names().slice(0, 3)).toEqual(["AARDVARK SHIPPING", "'ABBAS TRADING", "'ALPHA MARINE"]);
  });

  it("setup gives every entity its key: rows without one (a database made before) and rows under an older rule", () => {
    t.db.run(sql`update ${entities} set name_sort = ''`);
    t.db.run(sql`update ${entities} set name_sort = 'stale' where id = ${ids["박정천"]!}`);
    const count = t.db.get<{ n: number }>(sql`select count(*) as n from ${entities}`).n;
    expect(fillNameSortKeys(t.db)).toBe(count);
    expect(fillNameSortKeys(t.db)).toBe(0);
    const rows = t.db.select({ name: entities.name, key: entities.nameSort }).from(entities).all();
    for (const r of rows) expect(r.key).toBe(nameSortKey(r.name));
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { designate, ensureAuthority, upsertEntity, type CommandContext } from "@/lib/commands";
import { listEntities, type EntityFilters } from "@/lib/read";
import { createTestDb, type TestDb } from "./helpers/db";

/** The entity list in the order a Korean page asks for (`nameOrder: "ko"`): Intl.Collator("ko")'s, done in SQL so paging stays exact. */
describe("entity list: Korean name order", () => {
  let t: TestDb;
  const ctx = (): CommandContext => ({ db: t.db, actor: { name: "test" } });
  const NAMES = ["ZULU MARINE", "이영호", "AARDVARK SHIPPING", "Émile Holdings", "김창록", "7 Stars Trading", "박정천", "Юрий"];
  const names = (filters: EntityFilters = {}) => listEntities({ pageSize: 100, ...filters }, t.db).rows.map((r) => r.name);

  beforeAll(() => {
    t = createTestDb();
    ensureAuthority(ctx(), { code: "KR-MOFA", name: "Korea", country: "KR" });
    for (const [i, name] of NAMES.entries()) {
      const { id } = upsertEntity(ctx(), { kind: i % 2 ? "individual" : "organization", name });
      designate(ctx(), { entityId: id, authorityCode: "KR-MOFA", listedOn: "2024-07-01", sources: ["https://example.org/list"] });
    }
  });
  afterAll(() => t?.close());

  it("puts Hangul names first, in 가나다 order, as Intl.Collator('ko') does", () => {
    const korean = names({ nameOrder: "ko" });
    expect(korean).toEqual([...NAMES].sort(new Intl.Collator("ko").compare));
    expect(korean).toEqual(["7 Stars Trading", "김창록", "박정천", "이영호", "AARDVARK SHIPPING", "Émile Holdings", "ZULU MARINE", "Юрий"]);
    expect(names({ nameOrder: "ko", dir: "desc" })).toEqual([...korean].reverse());
  });

  it("pages through that order without losing or repeating a row", () => {
    const paged = [1, 2, 3].flatMap((page) => listEntities({ pageSize: 3, page, nameOrder: "ko" }, t.db).rows.map((r) => r.name));
    expect(paged).toEqual(names({ nameOrder: "ko" }));
  });

  it("keeps Korean order as the tie-break of the other sorts", () => {
    const byKind = listEntities({ pageSize: 100, sort: "kind", nameOrder: "ko" }, t.db).rows;
    const individuals = byKind.filter((r) => r.kind === "individual").map((r) => r.name);
    expect(individuals).toEqual([...individuals].sort(new Intl.Collator("ko").compare));
  });

  it("shows a row by its Hangul name and orders it so, the primary name first beside it; English pages keep the primary", () => {
    const own = createTestDb();
    try {
      const ownCtx: CommandContext = { db: own.db, actor: { name: "test" } };
      ensureAuthority(ownCtx, { code: "KR-MOFA", name: "Korea", country: "KR" });
      for (const entity of [
        { kind: "organization" as const, name: "ZULU MARINE" },
        { kind: "individual" as const, name: "박정천" },
        {
          kind: "vessel" as const,
          name: "PATRIOT",
          names: [{ value: "PATRIOT II" }, { value: "파트리엇", official: false }, { value: "패트리어트" }],
        },
      ]) {
        const { id } = upsertEntity(ownCtx, entity);
        designate(ownCtx, { entityId: id, authorityCode: "KR-MOFA", listedOn: "2024-07-01", sources: ["https://example.org/list"] });
      }
      const korean = listEntities({ nameOrder: "ko" }, own.db).rows;
      // Shown, and placed in 가나다 order, by the official Hangul name, not the unofficial one entered before it.
      expect(korean.map((r) => r.name)).toEqual(["박정천", "패트리어트", "ZULU MARINE"]);
      expect(korean[1]!.otherNames.map((n) => n.value)).toEqual(["PATRIOT", "PATRIOT II", "파트리엇"]);
      const english = listEntities({}, own.db).rows;
      expect(english.map((r) => r.name)).toEqual(["PATRIOT", "ZULU MARINE", "박정천"]);
      expect(english[0]!.otherNames.map((n) => n.value)).toEqual(["PATRIOT II", "파트리엇", "패트리어트"]);
    } finally {
      own.close();
    }
  });

  it("leaves the default order (English pages) as it was: Latin first, Hangul after", () => {
    expect(names()).toEqual([
      "7 Stars Trading",
      "AARDVARK SHIPPING",
      "Émile Holdings",
      "ZULU MARINE",
      "Юрий",
      "김창록",
      "박정천",
      "이영호",
    ]);
  });
});

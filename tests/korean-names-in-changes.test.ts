import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChanges } from "@/lib/read";
import { nameShown } from "@/lib/domain/heading-names";
import { ko } from "@/lib/i18n/ko";
import { en } from "@/lib/i18n/en";
import { seededDb, type TestDb } from "./helpers/db";

/** Changes name an entity as the page does: by its Hangul name on a Korean page, where it has one. */
describe("entities named in changes", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("carries the Hangul name a Korean page shows an entity by, beside the primary name", () => {
    const items = listChanges({ pageSize: 100, withRecordKeeping: true }, t.db).items;
    const patriot = items.find((c) => c.entity?.name === "PATRIOT")!;
    expect(patriot.entity).toMatchObject({ name: "PATRIOT", hangulName: "패트리어트" });
    expect(nameShown(patriot.entity!, "ko")).toBe("패트리어트");
    expect(nameShown(patriot.entity!, "en")).toBe("PATRIOT");
    // An entity with no Hangul name keeps its name on a Korean page.
    const latinOnly = items.find((c) => c.entity && c.entity.hangulName === null)!;
    expect(nameShown(latinOnly.entity!, "ko")).toBe(latinOnly.entity!.name);
  });

  it("names the entity on the other side of a relationship so in a Korean sentence, and by its listed name in English", () => {
    const related = listChanges({ pageSize: 500, withRecordKeeping: true }, t.db).items.find((c) => c.related?.hangulName);
    expect(related).toBeDefined();
    expect(ko.changes.describe(related!)).toContain(related!.related!.hangulName!);
    expect(en.changes.describe(related!)).toContain(related!.related!.name);
  });

  it("names a designation's program in Korean where the catalog has it", () => {
    const items = listChanges({ pageSize: 100 }, t.db).items;
    const korean = items.find((c) => c.programCode === "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA")!;
    expect(ko.changes.describe(korean)).toBe("KR-MOFA 지정 (대북 독자제재)");
    expect(en.changes.describe(korean)).toBe("Designated by KR-MOFA under ROK autonomous sanctions on North Korea");
  });
});

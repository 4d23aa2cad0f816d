import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAuthority, ensureProgram, type CommandContext } from "@/lib/commands";
import { programNamesByCode } from "@/lib/read";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";
import { createTestDb, type TestDb } from "./helpers/db";

/** The search page's program facet: programs are counted by code and shown by the data's name, in Korean where the catalog has it. */
describe("program names by code", () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
    const ctx: CommandContext = { db: t.db, actor: { name: "test" } };
    for (const code of ["KR-MOFA", "US-OFAC", "UN-SC"]) ensureAuthority(ctx, { code, name: code });
    ensureProgram(ctx, { authorityCode: "KR-MOFA", label: "ROK autonomous sanctions on North Korea" });
    ensureProgram(ctx, { authorityCode: "US-OFAC", label: "SOMALIA" });
    ensureProgram(ctx, { authorityCode: "UN-SC", label: "Somalia" });
  });
  afterAll(() => t?.close());

  it("names a code by its program's name, and keeps the code where authorities name it differently", () => {
    const names = programNamesByCode(["ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA", "SOMALIA", "NO-SUCH-CODE"], t.db);
    expect(Object.fromEntries(names)).toEqual({
      "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA": "ROK autonomous sanctions on North Korea",
      SOMALIA: "SOMALIA",
    });
    const code = "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA";
    expect(en.referenceNames.program(code, names.get(code)!)).toBe("ROK autonomous sanctions on North Korea");
    expect(ko.referenceNames.program(code, names.get(code)!)).toBe("대북 독자제재");
  });
});

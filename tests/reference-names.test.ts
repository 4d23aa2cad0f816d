import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LISTS, createdListLabel } from "@/lib/importers/lists";
import { messagesFor } from "@/lib/i18n";
import { langOfDataText } from "@/lib/domain/script";
import { UNSPECIFIED_PROGRAM } from "@/lib/domain/program";

const en = messagesFor("en").referenceNames;
const ko = messagesFor("ko").referenceNames;
const enCatalog = messagesFor("en");
const koCatalog = messagesFor("ko");

type Seed = {
  authorities: { code: string; name: string }[];
  control_lists: { key: string; name: string; unit: string; authority_note?: string; revisions: { count_basis?: string }[] }[];
};
const seed = JSON.parse(readFileSync(new URL("../data/seed/seed-facts.json", import.meta.url), "utf8")) as Seed;

const MOFA = "Republic of Korea, Ministry of Foreign Affairs (autonomous sanctions, with MOEF, FSC and MOF)";
const hangul = /\p{Script=Hangul}/u;

describe("names the data gives authorities and lists", () => {
  it("are the catalog's Korean ones for a known code on a Korean page", () => {
    expect(ko.authority("KR-MOFA", MOFA)).toBe("외교부 (독자제재, 기획재정부·금융위원회·해양수산부 공동)");
    expect(ko.list("ofac-sdn", LISTS["ofac-sdn"].label)).toBe("OFAC 특별지정제재대상(SDN) 명단");
    expect(ko.unit("HS 6-digit codes")).toBe("HS 6단위 코드");
  });

  it("are the data's own for an unknown code, or a known one the data has reworded", () => {
    expect(ko.authority("XX-NEW", "Some New Authority")).toBe("Some New Authority");
    expect(ko.authority("KR-MOFA", "Ministry of Foreign Affairs")).toBe("Ministry of Foreign Affairs");
    expect(ko.list("my-list", "My own list")).toBe("My own list");
    expect(ko.controlList("other", "Other list")).toBe("Other list");
    expect(ko.unit("tonnes")).toBe("tonnes");
    // Keys that are properties of every object are not names.
    expect(ko.authority("constructor", "X")).toBe("X");
  });

  it("names the programs that have a descriptive name in Korean, and leaves an authority's tag as it is", () => {
    expect(ko.program(UNSPECIFIED_PROGRAM.code, UNSPECIFIED_PROGRAM.name)).toBe("출처에 제재 프로그램 명시 없음");
    expect(ko.program("ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA", "ROK autonomous sanctions on North Korea")).toBe("대북 독자제재");
    expect(ko.program("SOMALIA", "Somalia")).toBe("소말리아");
    // OFAC's program tag shares the UN regime's code.
    expect(ko.program("SOMALIA", "SOMALIA")).toBe("SOMALIA");
    expect(ko.program("DPRK4", "DPRK4")).toBe("DPRK4");
    expect(en.program("SOMALIA", "Somalia")).toBe("Somalia");
  });

  it("names a list an import created, whose label the tracker wrote, in Korean", () => {
    expect(ko.list("acme", createdListLabel("acme"))).toBe("acme 명단");
  });

  it("are exactly the data's on an English page", () => {
    expect(en.authority("KR-MOFA", MOFA)).toBe(MOFA);
    expect(en.list("ofac-sdn", LISTS["ofac-sdn"].label)).toBe(LISTS["ofac-sdn"].label);
    expect(en.list("acme", createdListLabel("acme"))).toBe("acme list");
    expect(en.controlList("kr-russia-belarus-annex-2-2", "X")).toBe("X");
    expect(en.controlListNote("common-high-priority-list", "Y")).toBe("Y");
    expect(en.unit("items")).toBe("items");
  });

  it("cover every authority, list and control list of the default data and the importers, in the data's current words", () => {
    const authorities = [...seed.authorities, ...Object.values(LISTS).flatMap((l) => l.authorities)];
    for (const a of authorities) expect(ko.authority(a.code, a.name), a.code).toMatch(hangul);
    for (const l of Object.values(LISTS)) expect(ko.list(l.key, l.label), l.key).toMatch(hangul);
    for (const c of seed.control_lists) {
      expect(ko.controlList(c.key, c.name), c.key).toMatch(hangul);
      expect(ko.unit(c.unit), c.unit).toMatch(hangul);
      if (c.authority_note) expect(ko.controlListNote(c.key, c.authority_note), c.key).toMatch(hangul);
      for (const r of c.revisions) if (r.count_basis) expect(ko.unit(r.count_basis), r.count_basis).toMatch(hangul);
    }
  });
});

describe("the data's own words on a page", () => {
  it("are marked English on a Korean page when written in Latin script, and left alone otherwise", () => {
    expect(langOfDataText("Designation of 8 individuals", "ko")).toBe("en");
    expect(langOfDataText("대북 독자제재", "ko")).toBeUndefined();
    expect(langOfDataText("2024", "ko")).toBeUndefined();
    expect(langOfDataText(null, "ko")).toBeUndefined();
    expect(langOfDataText("Designation of 8 individuals", "en")).toBeUndefined();
  });
});

describe("programs known only by their code", () => {
  it("are named in Korean where the catalog knows them, and keep their code otherwise", () => {
    expect(koCatalog.referenceNames.programsByCode()["ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA"]).toBe("대북 독자제재");
    expect(enCatalog.referenceNames.programsByCode()).toEqual({});
    expect(koCatalog.matching.designationLine("KR-MOFA", "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA", null)).toBe(
      "KR-MOFA 대북 독자제재 효력 중",
    );
    expect(koCatalog.matching.designationLine("US-OFAC", "DPRK4", "2025-01-31")).toBe("US-OFAC DPRK4 2025년 1월 31일 지정 해제");
    expect(enCatalog.matching.designationLine("US-OFAC", "DPRK4", null)).toBe("US-OFAC DPRK4 in force");
  });
});

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseUnConsolidated } from "@/lib/importers/parsers";
import { attr, attrs, fixture, ids, lineOf, record } from "./helpers";

const FILE = fixture("un-consolidated.xml");
const un = parseUnConsolidated(FILE);

/** The line of the <INDIVIDUAL>/<ENTITY> tag that holds a reference number. */
function elementLine(ref: string): number {
  const lines = readFileSync(FILE, "utf8").split("\n");
  let i = lineOf(FILE, `<REFERENCE_NUMBER>${ref}<`) - 1;
  while (!/^\s*<(INDIVIDUAL|ENTITY)>/.test(lines[i]!)) i--;
  return i + 1;
}

describe("parseUnConsolidated on a real slice of the 2026-02-27 list", () => {
  it("reads the publication date, the file's hash and every record", () => {
    expect(un.publishedOn).toBe("2026-02-27");
    const bytes = readFileSync(FILE);
    expect(un.files).toEqual([
      { name: "un-consolidated.xml", bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
    ]);
    expect(un.records.map((r) => [r.recordId, r.kind])).toEqual([
      ["KPi.024", "individual"],
      ["KPi.066", "individual"],
      ["IQi.001", "individual"],
      ["CFi.012", "individual"],
      ["CDi.014", "individual"],
      ["CDe.001", "organization"],
      ["KPe.001", "organization"],
      ["KPe.002", "organization"],
      ["KPe.022", "organization"],
      ["KPe.066", "organization"],
      ["KPe.056", "organization"],
    ]);
  });

  it("reads KIM YONG CHOL (KPi.024)", () => {
    const kim = record(un, "KPi.024");
    expect(kim).toMatchObject({
      name: "KIM YONG CHOL",
      programs: ["DPRK"],
      listedOn: "2016-03-02",
      remarks: "Served as the KOMID representative in Iran.",
      origin: { file: "un-consolidated.xml", line: elementLine("KPi.024") },
    });
    expect(attrs(kim, "birth_date")).toEqual([{ key: "birth_date", value: "1962-02-18" }]);
    expect(attr(kim, "nationality")).toEqual(["KP"]);
    expect(attr(kim, "position")).toEqual(["KOMID Representative"]);
    expect(kim.identifiers).toEqual([{ type: "passport", value: "472310168", country: "KP" }]);
    expect(kim.names.map((n) => [n.value, n.type])).toEqual([
      ["Kim Yong-Chol", "alias"],
      ["Kim Young-Chol", "alias"],
      ["Kim Young-Cheol", "alias"],
      ["Young-Chul", "alias"],
    ]);
  });

  it("reads KIM JONG SIK (KPi.066): a range of birth years, the gender from the comments", () => {
    const kim = record(un, "KPi.066");
    expect(kim.name).toBe("KIM JONG SIK");
    expect(attrs(kim, "birth_date")).toEqual([{ key: "birth_date", value: "1967", note: "range 1967 to 1969" }]);
    expect(attr(kim, "gender")).toEqual(["male"]);
    expect(attr(kim, "address")).toEqual(["Democratic People's Republic of Korea"]);
    expect(kim.names).toEqual([{ value: "Kim Cho’ng-sik", type: "alias" }]);
  });

  it("reads original-script names, weak aliases, approximate dates and places of birth", () => {
    const saddam = record(un, "IQi.001");
    expect(saddam.name).toBe("SADDAM HUSSEIN AL-TIKRITI");
    expect(saddam.programs).toEqual(["Iraq"]);
    expect(saddam.names).toEqual([
      { value: "صدام حسين التكريتي", type: "alias" },
      { value: "Abu Ali", type: "alias", weak: true },
    ]);
    expect(attr(saddam, "birth_place")).toEqual(["al-Awja, near Tikrit, Iraq"]);
    const mujyambere = record(un, "CDi.014");
    expect(attrs(mujyambere, "birth_date")).toEqual([
      { key: "birth_date", value: "1962-03-17" },
      { key: "birth_date", value: "1966", note: "approximately" },
    ]);
    expect(attrs(mujyambere, "address")).toEqual([
      { key: "address", value: "Kinshasa, Democratic Republic of the Congo", note: "as of June 2016" },
    ]);
  });

  it("reads identity documents by their type", () => {
    const hissene = record(un, "CFi.012");
    expect(ids(hissene, "passport").map((i) => i.value)).toEqual([
      "CAR diplomatic passport no. D00000897",
      "CAR diplomatic passport no. D00004262",
    ]);
    expect(ids(hissene, "national_id")).toEqual([
      {
        type: "national_id",
        value: "103-00653129-22",
        country: "TD",
        note: "national identity card no.; issued 2009-04-21; expires on 21 April 2019",
      },
    ]);
    expect(attr(hissene, "nationality")).toEqual(["CF", "TD"]);
  });

  it("reads DPRK entities: aliases, former names, addresses, country and company IMO numbers", () => {
    const komid = record(un, "KPe.001");
    expect(komid.name).toBe("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    expect(komid.listedOn).toBe("2009-04-24");
    expect(komid.names.map((n) => n.value)).toContain("KOMID");
    expect(attr(komid, "address")).toEqual(["Central District, Pyongyang, Democratic People's Republic of Korea"]);
    expect(attr(komid, "country")).toEqual(["KP"]);
    expect(record(un, "KPe.002").names).toContainEqual({ value: "LYONGAKSAN GENERAL TRADING CORPORATION", type: "former_name" });
    expect(record(un, "KPe.022").identifiers).toEqual([{ type: "imo_company", value: "5342883" }]);
    expect(record(un, "KPe.066").identifiers).toEqual([{ type: "imo_company", value: "5434358" }]);
    expect(record(un, "KPe.056").identifiers).toEqual([{ type: "imo_company", value: "5571322" }]);
    expect(record(un, "CDe.001").names).toContainEqual({ value: "NALU", type: "former_name" });
  });
});

import { describe, expect, it } from "vitest";
import { dplKind, dplRecordId, parseDenyList } from "@/lib/importers/parsers";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { attr, fixture, lineOf, record, tempFiles } from "./helpers";

const dpl = parseDenyList(fixture("dpl.txt"));

describe("parseDenyList on 20 real rows of the 2021 list", () => {
  it("merges the rows a party has for each of its addresses into one record", () => {
    expect(dpl.records).toHaveLength(15);
    const airFreight = record(dpl, "air-freight-ltd-2022-05-13");
    expect(attr(airFreight, "address")).toEqual([
      "AL AMIRAT STREET, SECTION 309, ST. 3/H.20, AL MANSOUR, BAGHDAD, IQ",
      "HOME 46, AL-KARRADA, BABIL REGION, DISTRICT 929, ST 21, BESIDE AL JADIRYA PRIVATE HOSPITAL, BAGHDAD, IQ",
      "P.O. BOX 28360, DUBAI, AE",
      "P.O. BOX 911399, AMMAN, 11191, JO",
    ]);
    expect(attr(airFreight, "country")).toEqual(["IQ", "AE", "JO"]);
    expect(airFreight.origin).toEqual({ file: "dpl.txt", line: lineOf(fixture("dpl.txt"), '"AIR FREIGHT LTD"') });
  });

  it("keys a record by its name and effective date, and dates it in ISO", () => {
    const ash = record(dpl, "i-ash-2003-06-19");
    expect(ash).toMatchObject({
      kind: "individual",
      name: "I. ASH",
      programs: ["DPL"],
      listedOn: "2003-06-19",
      remarks: "Standard order: Y; Expires: 2056-06-29; FR citation: 68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07",
      origin: { file: "dpl.txt", line: 2 },
    });
    expect(dpl.records.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.listedOn ?? ""))).toBe(true);
    expect(record(dpl, "cotricom-s-a-1987-10-08").remarks).toBe("Standard order: Y; FR citation: 52 F.R. 38497 10/16/87");
  });

  it("tells firms from people by legal forms and trade words", () => {
    const kinds = Object.fromEntries(dpl.records.map((r) => [r.name, r.kind]));
    expect(kinds).toMatchObject({
      "I. ASH": "individual",
      "HERSEL LINCOLN MCKENZIE, JR.": "individual",
      "JOHNSON HU": "individual",
      "AIR FREIGHT LTD": "organization",
      "COTRICOM S.A.": "organization",
      "ELECMAT, INC.": "organization",
      "BIB INDUSTRIE-HANDEL DIPL.ING M. MANGELSEN GMBH": "organization",
      "GREENLINE AVIATION": "organization",
      "AL NASER AIRLINES": "organization",
    });
    expect(dplKind("ABDUL AS-SAYED")).toBe("individual");
  });

  it("gives stable, readable ids", () => {
    expect(dplRecordId(" ADRIAN  MANUEL HERNANDEZ", "2017-10-16")).toBe("adrian-manuel-hernandez-2017-10-16");
    expect(dplRecordId("AL-NASER  AIRLINES", "2022-05-13")).toBe(dplRecordId("AL NASER AIRLINES", "2022-05-13"));
    expect(parseDenyList(fixture("dpl.txt")).records.map((r) => r.recordId)).toEqual(dpl.records.map((r) => r.recordId));
  });

  it("keeps the names a row writes as A/K/A or D/B/A as aliases too", () => {
    const header = readFileSync(fixture("dpl.txt"), "utf8").split("\n")[0];
    const row = ["FUYI SUN A/K/A FRANK SUN", "", "", "", "CN", "", "05/13/2019", "", "Y", "2019-05-20", "", "84 F.R. 1"];
    const dir = tempFiles({ "dpl.txt": `${header}\n${row.map((v) => `"${v}"`).join("\t")}\n` });
    const [sun] = parseDenyList(join(dir, "dpl.txt")).records;
    expect(sun).toMatchObject({ name: "FUYI SUN A/K/A FRANK SUN", kind: "individual", recordId: "fuyi-sun-a-k-a-frank-sun-2019-05-13" });
    expect(sun!.names).toEqual([
      { value: "FUYI SUN", type: "alias" },
      { value: "FRANK SUN", type: "alias" },
    ]);
    expect(dplKind("SYNAPTIX.NET")).toBe("organization");
    expect(dplKind("HASA-INVEST")).toBe("organization");
  });
});

import { describe, expect, it } from "vitest";
import { parseDob, parseOfacRemarks, splitRemarks } from "@/lib/importers/parsers";

describe("splitRemarks", () => {
  it("splits at '; ' and drops only the final period", () => {
    expect(splitRemarks("Tax ID No. 7707083893 (Russia); Linked To: BIESTRA S.A.; a.k.a. 'VEB'.")).toEqual([
      "Tax ID No. 7707083893 (Russia)",
      "Linked To: BIESTRA S.A.",
      "a.k.a. 'VEB'",
    ]);
  });

  it("keeps an item that ends with a period before the separator", () => {
    expect(splitRemarks("For more information, see http://x.gov/a.aspx#directives.; a.k.a. 'X'.")).toEqual([
      "For more information, see http://x.gov/a.aspx#directives.",
      "a.k.a. 'X'",
    ]);
  });
});

describe("parseDob", () => {
  it.each([
    ["28 Jul 1963", { value: "1963-07-28" }],
    ["1971", { value: "1971" }],
    ["Jul 1963", { value: "1963-07" }],
    ["circa 1962", { value: "1962", note: "circa" }],
    ["1962 to 1964", { value: "1962", note: "range 1962 to 1964" }],
    ["01 Jan 1961 to 31 Dec 1962", { value: "1961", note: "range 1961 to 1962" }],
    ["01 Mar 1970 to 31 Mar 1970", { value: "1970-03-01", note: "range 1970-03-01 to 1970-03-31" }],
    ["circa 1955-1957", { value: "1955", note: "circa; range 1955 to 1957" }],
  ])("reads %j", (text, expected) => {
    expect(parseDob(text)).toEqual(expected);
  });

  it.each(["31 Feb 1970", "sometime in 1970", "Smarch 1970", ""])("refuses %j", (text) => {
    expect(parseDob(text)).toBeUndefined();
  });
});

describe("parseOfacRemarks", () => {
  it("reads the details of an individual", () => {
    const facts = parseOfacRemarks(
      "DOB 18 Feb 1962; alt. DOB 1963; POB Pyongyang, North Korea; nationality Korea, North; citizen Russia; Gender Male; " +
        "Passport 472320665 (Korea, North) issued 01 Jan 2015 expires 26 Sep 2017; alt. Passport 563120356; " +
        "National ID No. 123 (Iran); Cedula No. 71589212 (Colombia); a.k.a. 'KIM, Y.'; Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION.",
      "individual",
    );
    expect(facts.attributes).toEqual([
      { key: "birth_date", value: "1962-02-18" },
      { key: "birth_date", value: "1963" },
      { key: "birth_place", value: "Pyongyang, North Korea" },
      { key: "nationality", value: "KP" },
      { key: "nationality", value: "RU", note: "citizenship" },
      { key: "gender", value: "male" },
    ]);
    expect(facts.identifiers).toEqual([
      { type: "passport", value: "472320665", country: "KP", note: "issued 01 Jan 2015 expires 26 Sep 2017" },
      { type: "passport", value: "563120356" },
      { type: "national_id", value: "123", country: "IR" },
      { type: "national_id", value: "71589212", country: "CO", note: "Cedula No." },
    ]);
    expect(facts.names).toEqual([{ value: "KIM, Y.", type: "alias", weak: true }]);
    expect(facts.links).toEqual([{ type: "linked_to", targetName: "KOREA MINING DEVELOPMENT TRADING CORPORATION" }]);
    expect(facts.unrecognized).toEqual([]);
  });

  it("tells a ship's IMO number from a company's by the record's kind", () => {
    expect(parseOfacRemarks("Vessel Registration Identification IMO 9003550; MMSI 273123456.", "vessel").identifiers).toEqual([
      { type: "imo", value: "9003550" },
      { type: "mmsi", value: "273123456" },
    ]);
    expect(parseOfacRemarks("IMO 5753988.", "organization").identifiers).toEqual([{ type: "imo_company", value: "5753988" }]);
    expect(parseOfacRemarks("Company Number IMO 5753988.", "organization").identifiers).toEqual([
      { type: "imo_company", value: "5753988" },
    ]);
  });

  it("reads registration and tax numbers, keeping a registry's city in the note", () => {
    const facts = parseOfacRemarks(
      "Tax ID No. 9701173086 (Russia); Registration Number HRA 12345 (Stuttgart) (Germany); UK Company Number 03632365; " +
        "Matricula Mercantil No 123456 (Medellin).",
      "organization",
    );
    expect(facts.identifiers).toEqual([
      { type: "tax_id", value: "9701173086", country: "RU" },
      { type: "registration", value: "HRA 12345", country: "DE", note: "Stuttgart" },
      { type: "registration", value: "03632365", note: "UK Company Number" },
      { type: "registration", value: "123456", note: "Matricula Mercantil No.; Medellin" },
    ]);
  });

  it("reads vessel details written in Remarks", () => {
    const facts = parseOfacRemarks(
      "Vessel Year of Build 1986; Other Vessel Type General Cargo; Vessel Flag Panama; Other Vessel Call Sign 9IM123.",
      "vessel",
    );
    expect(facts.attributes).toEqual([
      { key: "build_year", value: "1986" },
      { key: "vessel_type", value: "General Cargo", note: "other vessel type" },
      { key: "flag", value: "PA" },
    ]);
    expect(facts.identifiers).toEqual([{ type: "call_sign", value: "9IM123", note: "other call sign" }]);
  });

  it("sorts the items it knows to carry nothing from those it does not know", () => {
    const facts = parseOfacRemarks(
      "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Website www.x.ru; " +
        "Former Vessel Flag Malta; ICTY indictee; KOMID Representative in Iran.",
      "individual",
      ["KOMID Representative in Iran"],
    );
    expect(facts.skipped).toEqual([
      "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210",
      "Website www.x.ru",
      "Former Vessel Flag Malta",
    ]);
    expect(facts.unrecognized).toEqual(["ICTY indictee"]);
  });
});

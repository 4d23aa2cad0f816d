import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOfacConsolidated, parseOfacSdn } from "@/lib/importers/parsers";
import { attr, attrs, fixture, ids, lineOf, record } from "./helpers";

const SDN = fixture("ofac-sdn");
const sdn = parseOfacSdn(SDN);

describe("parseOfacSdn on a real 2023-12-28 slice", () => {
  it("reads every entry of sdn.csv once, in file order, with its line", () => {
    expect(sdn.records).toHaveLength(31);
    expect(new Set(sdn.records.map((r) => r.recordId)).size).toBe(31);
    expect(record(sdn, "24508").origin).toEqual({ file: "sdn.csv", line: lineOf(`${SDN}/sdn.csv`, "24508,") });
    expect(sdn.records.map((r) => r.origin.line)).toEqual(sdn.records.map((_, i) => i + 1));
  });

  it("names each file read with its SHA-256 and size, the trailing 0x1A included", () => {
    expect(sdn.files.map((f) => f.name)).toEqual(["sdn.csv", "add.csv", "alt.csv"]);
    for (const f of sdn.files) {
      const bytes = readFileSync(`${SDN}/${f.name}`);
      expect(bytes[bytes.length - 1]).toBe(0x1a);
      expect(f).toEqual({ name: f.name, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
    }
  });

  it("reads PATRIOT (24508) as a vessel with its IMO number, flag, program and links", () => {
    const patriot = record(sdn, "24508");
    expect(patriot).toMatchObject({ kind: "vessel", name: "PATRIOT", programs: ["DPRK4"] });
    expect(patriot.identifiers).toEqual([{ type: "imo", value: "9003550" }]);
    expect(attr(patriot, "flag")).toEqual(["RU"]);
    expect(patriot.links).toEqual([
      { type: "linked_to", targetName: "PRIMORYE MARITIME LOGISTICS CO LTD" },
      { type: "linked_to", targetName: "GUDZON SHIPPING CO LLC" },
    ]);
    expect(patriot.remarks).toMatch(/^Secondary sanctions risk: .*GUDZON SHIPPING CO LLC\.$/);
    // add.csv has a row for it, but an empty one
    expect(attrs(patriot, "address")).toEqual([]);
  });

  it("reads the company IMO numbers of the owners, however OFAC labels them", () => {
    const gudzon = record(sdn, "24451");
    expect(gudzon.kind).toBe("organization");
    expect(gudzon.identifiers).toEqual([{ type: "imo_company", value: "5753988" }]);
    expect(ids(record(sdn, "24450"), "imo_company")).toEqual([{ type: "imo_company", value: "5993381" }]);
    // "Identification Number IMO 6016988" on an organization
    expect(ids(record(sdn, "37049"), "imo_company")).toEqual([{ type: "imo_company", value: "6016988" }]);
    expect(ids(record(sdn, "46768"), "imo_company")).toEqual([{ type: "imo_company", value: "5344160" }]);
  });

  it("takes aliases from alt.csv with their types, and the Remarks a.k.a.s as weak ones", () => {
    expect(record(sdn, "24451").names).toEqual([
      { value: "LLC GUDZON SHIPPING CO", type: "alias" },
      { value: "OOO GUDZON SHIPPING CO", type: "alias" },
      { value: "SK GUDZON, OOO", type: "alias" },
    ]);
    expect(record(sdn, "37098").names).toEqual([{ value: "NEPTUN", type: "former_name" }]);
    expect(record(sdn, "24450").names).toEqual([{ value: "PML CO LTD", type: "alias", weak: true }]);
    // f.k.a. in Remarks: former vessel names, not weak aliases
    expect(record(sdn, "4243").names).toEqual([
      { value: "ANA I", type: "former_name" },
      { value: "SAND SWAN", type: "former_name" },
    ]);
  });

  it("builds one address line per add.csv row and an organization's country", () => {
    const gudzon = record(sdn, "24451");
    expect(attr(gudzon, "address")).toEqual(["ul Tigorovaya 20A, Vladivostok, Primorskiy kray 690091, Russia"]);
    expect(attr(gudzon, "country")).toEqual(["RU"]);
    expect(attr(record(sdn, "46768"), "country")).toEqual(["CY"]);
    // individuals get the address, not a country
    expect(attr(record(sdn, "23278"), "address")).toEqual(["Burma"]);
    expect(attr(record(sdn, "23278"), "country")).toEqual([]);
  });

  it("keeps the two KIM, Yong Chol apart, each with his own birth dates", () => {
    const komid = record(sdn, "17614");
    const other = record(sdn, "12211");
    expect(komid.name).toBe("KIM, Yong Chol");
    expect(other.name).toBe("KIM, Yong Chol");
    expect(attrs(komid, "birth_date")).toEqual([{ key: "birth_date", value: "1962-02-18" }]);
    expect(attr(komid, "nationality")).toEqual(["KP"]);
    expect(attr(komid, "position")).toEqual(["KOMID Representative in Iran"]);
    expect(komid.programs).toEqual(["DPRK2"]);
    expect(attrs(other, "birth_date")).toEqual([
      { key: "birth_date", value: "1947", note: "circa" },
      { key: "birth_date", value: "1946", note: "circa" },
    ]);
    expect(attr(other, "birth_place")).toEqual(["Pyongan-Pukto, North Korea"]);
    expect(other.names.map((n) => n.value)).toEqual(["KIM, Yong-Chol", "KIM, Young-Chol", "KIM, Young-Cheol", "KIM, Young-Chul"]);
  });

  it("reads every form of date of birth", () => {
    expect(attrs(record(sdn, "11648"), "birth_date")).toEqual([
      { key: "birth_date", value: "1964" },
      { key: "birth_date", value: "1962-08-28" },
    ]);
    expect(attrs(record(sdn, "6862"), "birth_date")).toEqual([{ key: "birth_date", value: "1938-09" }]);
    expect(attrs(record(sdn, "15496"), "birth_date")).toEqual([{ key: "birth_date", value: "1929", note: "range 1929 to 1930" }]);
    // "DOB 01 Jan 1961 to 31 Dec 1962" is a span of years
    expect(attrs(record(sdn, "15962"), "birth_date")).toEqual([{ key: "birth_date", value: "1961", note: "range 1961 to 1962" }]);
  });

  it("reads passports with their issuing country and dates, and other identity documents", () => {
    const choe = record(sdn, "18557");
    expect(ids(choe, "passport")).toEqual([
      { type: "passport", value: "472320665", country: "KP", note: "expires 26 Sep 2017" },
      { type: "passport", value: "563120356", country: "KP", note: "issued 19 Mar 2018" },
    ]);
    expect(attrs(choe, "nationality")).toEqual([{ key: "nationality", value: "KP", note: "citizenship" }]);
    expect(choe.links).toEqual([{ type: "linked_to", targetName: "TANCHON COMMERCIAL BANK" }]);
    const soe = record(sdn, "23278");
    expect(soe.identifiers).toEqual([{ type: "national_id", value: "Tatmadaw Kyee 19571", country: "MM" }]);
    expect(attr(soe, "gender")).toEqual(["male"]);
    expect(attr(soe, "nationality")).toEqual(["MM"]);
    expect(ids(record(sdn, "37049"), "tax_id")).toEqual([{ type: "tax_id", value: "3017041900", country: "RU" }]);
  });

  it("splits titles into positions and programs at their brackets", () => {
    const nikousokhan = record(sdn, "15962");
    expect(attr(nikousokhan, "position")).toEqual([
      "Finance Director, National Iranian Oil Company",
      "Director, Hong Kong Intertrade Company",
      "Director, Petro Suisse Intertrade Company",
    ]);
    expect(record(sdn, "18150").programs).toEqual(["SDGT", "NPWMD", "IFSR"]);
  });

  it("reads the vessel columns: call sign, type, tonnages, flag, owner", () => {
    const marAzul = record(sdn, "4238");
    expect(marAzul.identifiers).toEqual([{ type: "call_sign", value: "CL2192" }]);
    expect(attr(marAzul, "flag")).toEqual(["CU"]);
    expect(attr(marAzul, "vessel_type")).toEqual(["Tug"]);
    expect(attr(marAzul, "gross_tonnage")).toEqual(["212"]);
    expect(marAzul.links).toEqual([{ type: "owned_by", targetName: "Samir de Navegacion S.A." }]);
    const artavil = record(sdn, "15036");
    expect(attr(artavil, "tonnage")).toEqual(["99144"]);
    expect(attr(artavil, "gross_tonnage")).toEqual(["56068"]);
    expect(ids(artavil, "mmsi")).toEqual([{ type: "mmsi", value: "572469210" }]);
    // former flags are not the flag
    expect(attr(artavil, "flag")).toEqual(["IR"]);
    const maria = record(sdn, "46773");
    expect(ids(maria, "call_sign")).toEqual([{ type: "call_sign", value: "UBRH7" }]);
    expect(attr(maria, "build_year")).toEqual(["1986"]);
  });

  it("reads aircraft as their own kind", () => {
    const p532 = record(sdn, "20540");
    expect(p532).toMatchObject({ kind: "aircraft", name: "P-532", programs: ["DPRK3"] });
    expect(attr(p532, "build_year")).toEqual(["1974"]);
    expect(p532.links).toEqual([{ type: "operated_by", targetName: "Air Koryo" }]);
    const msn = record(sdn, "18150");
    expect(msn.kind).toBe("aircraft");
    expect(msn.identifiers).toEqual([
      { type: "other", value: "391", note: "aircraft manufacturer's serial number" },
      { type: "registration", value: "EP-MMH", note: "aircraft tail number" },
    ]);
  });

  it("keeps a record's facts unique, as the database requires", () => {
    for (const r of sdn.records) {
      const names = r.names.map((n) => n.value);
      expect(new Set(names).size).toBe(names.length);
      expect(names).not.toContain(r.name);
      const facts = r.attributes.map((a) => `${a.key}=${a.value}`);
      expect(new Set(facts).size).toBe(facts.length);
    }
  });
});

describe("parseOfacSdn with a comments file (2019-01, LF line ends)", () => {
  const list = parseOfacSdn(fixture("ofac-sdn-2019"));

  it("continues the cut Remarks mid-word and reads the items that were cut off", () => {
    const r = record(list, "12300");
    expect(r.remarks).toContain("Linked To: PROMO RAIZ S.A.S.; Linked To:");
    expect(r.links).toContainEqual({ type: "linked_to", targetName: "PROMO RAIZ S.A.S." });
    // the very last one keeps the period of its "S.A."
    expect(r.links.at(-1)).toEqual({ type: "linked_to", targetName: "R D I S.A." });
    expect(record(list, "15599").links.at(-1)).toEqual({ type: "linked_to", targetName: "VILLAS DEL COLLI S.A. DE C.V." });
  });

  it("ignores comment rows for entries the SDN file does not have", () => {
    expect(list.records.map((r) => r.recordId)).toEqual(["4234", "12300", "15599", "15600", "24508"]);
    expect(list.files.map((f) => f.name)).toEqual(["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]);
    expect(record(list, "15600").origin).toEqual({ file: "sdn.csv", line: 4 });
  });
});

describe("parseOfacConsolidated", () => {
  const list = parseOfacConsolidated(fixture("ofac-consolidated"));

  it("reads the cons_* files with the SDN layouts", () => {
    expect(list.files.map((f) => f.name)).toEqual(["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"]);
    expect(list.records.map((r) => [r.recordId, r.kind])).toEqual([
      ["9639", "individual"],
      ["9647", "individual"],
      ["17014", "organization"],
      ["17016", "organization"],
      ["17018", "organization"],
      ["30930", "organization"],
    ]);
    expect(record(list, "17014").origin.file).toBe("cons_prim.csv");
  });

  it("reads individuals' details and organizations' identifiers", () => {
    const zahhar = record(list, "9647");
    expect(zahhar.programs).toEqual(["SDGT", "NS-PLC"]);
    expect(attr(zahhar, "birth_date")).toEqual(["1945"]);
    expect(attr(zahhar, "nationality")).toEqual(["PS"]);
    expect(zahhar.names).toContainEqual({ value: "ZAHAR, Mahmoud", type: "alias", weak: true });
    expect(zahhar.links).toEqual([{ type: "linked_to", targetName: "HAMAS" }]);
    const sber = record(list, "17018");
    expect(sber.identifiers).toContainEqual({ type: "other", value: "SABRRUMM", note: "SWIFT/BIC" });
    // the comments file carries the end of its Remarks
    expect(sber.remarks).toMatch(/Listing Date \(EO 14024 Directive 3\)/);
  });
});

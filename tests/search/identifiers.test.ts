import { describe, expect, it } from "vitest";
import { compactIdentifier, parseIdentifierQuery } from "@/lib/search/text";

describe("parseIdentifierQuery: IMO numbers", () => {
  it.each([
    "IMO 9003550",
    "IMO: 9003550",
    "9003550",
    "imo9003550",
    "IMO-9003550",
    "IMO No. 9003550",
    "  imo  9003550 ",
    "IMO#9003550",
    "IMO 9003550.",
    "imo:9003550",
    "  IMO9003550  ",
  ])("%s is IMO 9003550 with a valid check digit", (q) => {
    expect(parseIdentifierQuery(q)).toMatchObject({ type: "imo", value: "9003550", compact: "9003550", checkDigitValid: true });
  });

  it("says whether the number was labelled IMO", () => {
    expect(parseIdentifierQuery("IMO 9003550")).toMatchObject({ labelled: true });
    expect(parseIdentifierQuery("9003550")).toMatchObject({ labelled: false });
  });

  it("reports a wrong check digit as an invalid IMO number, not as text", () => {
    expect(parseIdentifierQuery("9003551")).toMatchObject({ type: "imo", value: "9003551", checkDigitValid: false });
    expect(parseIdentifierQuery("IMO 9003551")).toMatchObject({ type: "imo", checkDigitValid: false, labelled: true });
    // The labelled queries of data/match/public.jsonl that expect nothing.
    for (const q of ["IMO 9274944", "IMO 8943158", "IMO 9878776", "IMO 9081335"]) {
      expect(parseIdentifierQuery(q)).toMatchObject({ type: "imo", checkDigitValid: false });
    }
    expect(parseIdentifierQuery("IMO 900355")).toMatchObject({ type: "imo", value: "900355", checkDigitValid: false });
  });

  it("reads the identifier queries of data/match/public.jsonl", () => {
    for (const [q, value] of [
      ["IMO 9538892", "9538892"],
      ["9268710", "9268710"],
      ["imo7944695", "7944695"],
      ["IMO: 9933731", "9933731"],
      ["8829555", "8829555"],
    ] as const) {
      expect(parseIdentifierQuery(q)).toMatchObject({ type: "imo", value, checkDigitValid: true });
    }
  });

  it("reads company IMO numbers, which have no check digit", () => {
    for (const q of ["company IMO 5344160", "IMO company 5344160", "IMO Company No. 5344160", "Company Number IMO 5344160"]) {
      expect(parseIdentifierQuery(q)).toEqual({ type: "imo_company", value: "5344160", compact: "5344160", valid: true });
    }
  });
});

describe("parseIdentifierQuery: MMSI and other numbers", () => {
  it("reads MMSI numbers with or without the label", () => {
    expect(parseIdentifierQuery("MMSI 273456789")).toEqual({
      type: "mmsi",
      value: "273456789",
      compact: "273456789",
      valid: true,
      labelled: true,
    });
    expect(parseIdentifierQuery("mmsi: 572469210")).toMatchObject({ type: "mmsi", value: "572469210", labelled: true });
    expect(parseIdentifierQuery("572469210")).toMatchObject({ type: "mmsi", labelled: false });
    expect(parseIdentifierQuery("MMSI 12345")).toMatchObject({ type: "mmsi", valid: false });
  });

  it("reads registration and passport numbers as numbers", () => {
    expect(parseIdentifierQuery("P0017003")).toEqual({ type: "number", value: "P0017003", compact: "P0017003" });
    expect(parseIdentifierQuery("26740")).toEqual({ type: "number", value: "26740", compact: "26740" });
    expect(parseIdentifierQuery("Passport P0017003")).toEqual({ type: "number", value: "P0017003", compact: "P0017003", hint: "passport" });
    expect(parseIdentifierQuery("passport no. B 960789")).toMatchObject({ type: "number", compact: "B960789", hint: "passport" });
    expect(parseIdentifierQuery("523-33-8386")).toMatchObject({ type: "number", value: "523-33-8386", compact: "523338386" });
    expect(parseIdentifierQuery("HRB 26136")).toMatchObject({ type: "number", compact: "HRB26136" });
    expect(parseIdentifierQuery("Tax ID 800018928-0")).toMatchObject({ type: "number", compact: "8000189280", hint: "tax_id" });
    expect(parseIdentifierQuery("1027700132195")).toMatchObject({ type: "number" });
  });

  it("returns null for names, names with a number, and short numbers", () => {
    for (const q of ["PATRIOT", "KIM, Yong Chol", "ULYSSES 1", "ASIA 2", "BOEING 747", "1234", "A1", "", "  ", "No. 5"]) {
      expect({ q, parsed: parseIdentifierQuery(q) }).toEqual({ q, parsed: null });
    }
  });

  it("compacts stored identifiers the same way", () => {
    expect(compactIdentifier("B-8193135")).toBe("B8193135");
    expect(compactIdentifier("5IM 592")).toBe("5IM592");
    expect(compactIdentifier("78.865.882")).toBe("78865882");
  });
});

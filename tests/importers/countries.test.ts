import { describe, expect, it } from "vitest";
import { countryCode, countryFromCode, countryOrName, parseListDate, parseUsDate } from "@/lib/importers/parsers";

describe("countryCode", () => {
  it.each([
    ["Korea, North", "KP"],
    ["Korea, South", "KR"],
    ["Democratic People's Republic of Korea", "KP"],
    ["Russia", "RU"],
    ["Russian Federation", "RU"],
    ["Burma", "MM"],
    ["Iran", "IR"],
    ["Iran (Islamic Republic of)", "IR"],
    ["Syria", "SY"],
    ["Palestinian", "PS"],
    ["Congo, Democratic Republic of the", "CD"],
    ["Bahamas, The", "BS"],
    ["Virgin Islands, British", "VG"],
    ["St. Kitts & Nevis", "KN"],
    ["Cyprus", "CY"],
    ["united arab emirates", "AE"],
  ])("maps %j to %s", (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it("does not guess: an ambiguous or unknown name maps to nothing", () => {
    expect(countryCode("Congo")).toBeUndefined();
    expect(countryCode("Medellin")).toBeUndefined();
    expect(countryCode("None Identified")).toBeUndefined();
  });

  it("keeps an unmapped name as written where the record needs a value", () => {
    expect(countryOrName("Korea, North")).toBe("KP");
    expect(countryOrName("  former Soviet Union ")).toBe("former Soviet Union");
    expect(countryOrName("None Identified")).toBeUndefined();
  });

  it("reads the codes the BIS list writes", () => {
    expect(countryFromCode("US")).toBe("US");
    expect(countryFromCode("PRC")).toBe("CN");
    expect(countryFromCode("GBR")).toBe("GB");
    expect(countryFromCode("")).toBeUndefined();
    expect(countryFromCode("ZZ")).toBeUndefined();
  });
});

describe("date helpers", () => {
  it.each([
    ["28 Jul 1963", "1963-07-28"],
    ["8 Jul 1963", "1963-07-08"],
    ["Jul 1963", "1963-07"],
    ["1963", "1963"],
    ["28 July 1963", "1963-07-28"],
  ])("parseListDate(%j) = %s", (text, iso) => {
    expect(parseListDate(text)).toBe(iso);
  });

  it.each(["29 Feb 1963", "Jux 1963", "28 1963", "63"])("parseListDate(%j) refuses", (text) => {
    expect(parseListDate(text)).toBeUndefined();
  });

  it("reads BIS dates (MM/DD/YYYY)", () => {
    expect(parseUsDate("10/16/2017")).toBe("2017-10-16");
    expect(parseUsDate("6/9/2003")).toBe("2003-06-09");
    expect(parseUsDate("13/01/2003")).toBeUndefined();
    expect(parseUsDate("2003-06-09")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { imoCheckDigitValid, parseImoNumber } from "@/lib/domain/imo";

describe("IMO check digit", () => {
  it.each(["9003550", "8404991", "8808264", "9085730", "9161003", "9179842", "9358010", "8517839"])(
    "accepts the real ship number %s",
    (imo) => {
      expect(imoCheckDigitValid(imo)).toBe(true);
    },
  );

  it("rejects a wrong check digit", () => {
    expect(imoCheckDigitValid("9003551")).toBe(false);
  });

  it.each(["900355", "90035500", "", "IMO9003550", "900355a", " 9003550"])("rejects %j, which is not seven digits", (value) => {
    expect(imoCheckDigitValid(value)).toBe(false);
  });
});

describe("parseImoNumber", () => {
  it.each(["IMO 9003550", "imo:9003550", "9003550", "IMO: 9003550", "  IMO9003550  "])("reads %j as 9003550", (input) => {
    expect(parseImoNumber(input)).toBe("9003550");
  });

  it.each(["IMO 900355", "IMO 90035501", "MMSI 273123456", "9003550x", ""])("finds no IMO number in %j", (input) => {
    expect(parseImoNumber(input)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { imoCheckDigitValid } from "@/lib/domain/imo";

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

import { describe, expect, it } from "vitest";
import { isId, parseId } from "@/lib/validation/id";
import { langOfScript } from "@/lib/domain/script";

describe("record ids in addresses and forms", () => {
  it.each([
    ["1", 1],
    ["4395", 4395],
    ["000000000007", 7],
    ["999999999999", 999_999_999_999],
  ])("reads %j as %d", (value, id) => {
    expect(isId(value)).toBe(true);
    expect(parseId(value)).toBe(id);
  });

  it.each(["", "1234567890123", "-1", "1.5", "12a", " 12", "0x1F", "١٢"])("finds no id in %j", (value) => {
    expect(isId(value)).toBe(false);
    expect(parseId(value)).toBeNull();
  });

  it("finds no id in what is not text (a missing form field)", () => {
    expect(parseId(null)).toBeNull();
    expect(parseId(12)).toBeNull();
  });
});

describe("a name's language from its script", () => {
  it("marks Hangul as Korean and Cyrillic as Russian, nothing else", () => {
    expect(langOfScript("Hang")).toBe("ko");
    expect(langOfScript("Cyrl")).toBe("ru");
    for (const script of ["Latn", "Hani", "Arab", "Zyyy", "", null, undefined]) expect(langOfScript(script)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/domain/name-key";

describe("nameKey", () => {
  it("ignores case, punctuation and word order", () => {
    expect(nameKey("KIM, Yong Chol")).toBe("CHOL KIM YONG");
    expect(nameKey("kim yong-chol")).toBe("CHOL KIM YONG");
    expect(nameKey("  O'BRIEN  Patrick ")).toBe("BRIEN O PATRICK");
  });

  it("folds diacritics, and keeps letters of other scripts", () => {
    expect(nameKey("José ÁLVAREZ")).toBe(nameKey("JOSE ALVAREZ"));
    expect(nameKey("Сергей Иванов")).toBe(nameKey("ИВАНОВ, СЕРГЕИ"));
    expect(nameKey("김 창록")).toBe(nameKey("창록 김"));
    expect(nameKey("김창록")).not.toBe("");
  });
});

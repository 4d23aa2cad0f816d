import { describe, expect, it } from "vitest";
import { nameSortKey } from "@/lib/domain/name-sort-key";

/** Names in the order their keys give, compared as SQLite's BINARY collation does (code points). */
const sorted = (names: string[]) =>
  [...names].sort((a, b) => {
    const [ka, kb] = [[...nameSortKey(a)].map((c) => c.codePointAt(0)!), [...nameSortKey(b)].map((c) => c.codePointAt(0)!)];
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return ka.length - kb.length;
  });

describe("nameSortKey", () => {
  it("drops apostrophes and quotes, so a name written with a leading ʿayn sorts under its first letter", () => {
    expect(nameSortKey("'ABD AL-SALAM, 'Abd al-Malik")).toBe("abd al salam abd al malik");
    expect(nameSortKey("‘ABD AL-RAHMAN BIN ‘UMAYR AL-NU’AYMI")).toBe("abd al rahman bin umayr al nuaymi");
    expect(nameSortKey("O'BRIEN")).toBe("obrien");
    expect(nameSortKey('"OCEAN STAR" SHIPPING')).toBe("ocean star shipping");
    expect(nameSortKey("«Rosneft»")).toBe("rosneft");
    expect(sorted(["ABBOTT", "'ABBAS, Rim", "AARON"])).toEqual(["AARON", "'ABBAS, Rim", "ABBOTT"]);
  });

  it("reads other punctuation as a space, and sorts word by word", () => {
    expect(nameSortKey("AL-RASHID, Ahmad")).toBe("al rashid ahmad");
    expect(nameSortKey("  KIM,  Yong-Chol. ")).toBe("kim yong chol");
    expect(sorted(["ALABAMA", "AL-RASHID"])).toEqual(["AL-RASHID", "ALABAMA"]);
  });

  it("ignores case and diacritics, spelling Latin letters without a decomposition in ASCII", () => {
    expect(nameSortKey("José ÁLVAREZ")).toBe(nameSortKey("JOSE alvarez"));
    expect(nameSortKey("Łódź Øresund Straße")).toBe("lodz oresund strasse");
    expect(nameSortKey("ＡＢＣ Ｃｏ")).toBe("abc co");
    expect(sorted(["Zeta", "Émile", "eagle", "Ärzte"])).toEqual(["Ärzte", "eagle", "Émile", "Zeta"]);
  });

  it("keeps Hangul and sorts it in Korean dictionary order: 김 < 박 < 이", () => {
    expect(nameSortKey("김창록")).toBe("김창록");
    expect(sorted(["이영호", "박정천", "김창록"])).toEqual(["김창록", "박정천", "이영호"]);
    expect(sorted(["가나", "각", "가"])).toEqual(["가", "가나", "각"]);
    // Decomposed (jamo) input sorts as the syllables it spells.
    expect(nameSortKey("김".normalize("NFD"))).toBe("김");
  });

  it("puts Latin names first, then Cyrillic, then Hangul: each script a block, in Unicode order", () => {
    expect(sorted(["김창록", "Сергей", "ZYX", "'ABD", "123 Trading"])).toEqual(["123 Trading", "'ABD", "ZYX", "Сергей", "김창록"]);
    // Letters of other scripts keep their marks: й is not и.
    expect(nameSortKey("Сергей")).toBe("сергей");
  });

  it("never gives an empty key", () => {
    expect(nameSortKey("...")).toBe("...");
  });
});

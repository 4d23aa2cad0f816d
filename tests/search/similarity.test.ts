import { describe, expect, it } from "vitest";
import { jaroWinkler, nameSimilarity, normalizeName, tokenSetSimilarity } from "@/lib/search/text";

const tokens = (name: string) => normalizeName(name).tokens;

describe("jaroWinkler", () => {
  it("gives the published values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 4);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler("abcdx", "abcdy")).toBeCloseTo(0.92, 4); // prefix boost capped at four
  });

  it("is 1 for equal tokens, 0 for nothing in common, symmetric, in [0, 1]", () => {
    expect(jaroWinkler("kim", "kim")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
    for (const [a, b] of [
      ["cardenas", "caardenas"],
      ["ovchinnikov", "ovchinnikoov"],
      ["gim", "kim"],
      ["a", "abcdefghijklmnop"],
    ]) {
      const s = jaroWinkler(a!, b!);
      expect(s).toBeCloseTo(jaroWinkler(b!, a!), 10);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it("handles tokens longer than its buffers", () => {
    const long = "a".repeat(200) + "b";
    expect(jaroWinkler(long, long + "c")).toBeGreaterThan(0.99);
  });
});

describe("tokenSetSimilarity", () => {
  it("is 1 for equal sets and for reordered names", () => {
    expect(tokenSetSimilarity(tokens("DERIPASKA, Oleg Vladimirovich"), tokens("DERIPASKA, Oleg Vladimirovich")).score).toBe(1);
    expect(tokenSetSimilarity(tokens("Oleg Vladimirovich Deripaska"), tokens("DERIPASKA, Oleg Vladimirovich")).score).toBe(1);
    expect(tokenSetSimilarity(tokens("Andriy Volodymyrovych Portnov"), tokens("PORTNOV, Andriy Volodymyrovych")).score).toBe(1);
  });

  it("scores one typo in a long word above 0.9", () => {
    for (const [q, c] of [
      ["CAARDENAS DUARTE Norma Constanza", "CARDENAS DUARTE, Norma Constanza"],
      ["OVCHINNIKOOV Sergei Anatolyevich", "OVCHINNIKOV, Sergei Anatolyevich"],
      ["IBEX SHIPPIING INC", "IBEX SHIPPING INC"],
      ["BELYKH Irina Viknorovna", "BELYKH, Irina Viktorovna"],
    ]) {
      expect({ q, score: tokenSetSimilarity(tokens(q!), tokens(c!)).score > 0.9 }).toEqual({ q, score: true });
    }
  });

  it("scores unrelated names below 0.6", () => {
    for (const [q, c] of [
      ["Thomas Castellano", "DERIPASKA, Oleg Vladimirovich"],
      ["Meadowbrook Veterinary Practice", "MAIWAND BEVERAGES LIMITED"],
      ["Lucas Moreau", "MOKRAN LLC"],
      ["Olivia Brennan", "OLEKSIN, Alexei Ivanovich"],
    ]) {
      expect({ q, low: tokenSetSimilarity(tokens(q!), tokens(c!)).score < 0.6 }).toEqual({ q, low: true });
    }
  });

  it("penalizes a dropped middle name less than an extra word", () => {
    const full = tokens("NAROLIN, Alexander Vladimirovich");
    const dropped = tokenSetSimilarity(tokens("Alexander NAROLIN"), full).score;
    const extra = tokenSetSimilarity(tokens("Alexander Vladimirovich NAROLIN Smith"), full).score;
    expect(dropped).toBeGreaterThanOrEqual(0.75);
    expect(dropped).toBeLessThan(1);
    expect(extra).toBeLessThan(dropped);
    expect(extra).toBeLessThan(0.85);
  });

  it("uses the caller's weights: a missing rare word costs more than a missing common one", () => {
    const idf = (t: string) => (t === "co" || t === "ltd" ? 0.2 : 3);
    const candidate = tokens("HATEF SHIPPING COMPANY LIMITED");
    const withoutForm = tokenSetSimilarity(tokens("hatef shipping"), candidate, idf).score;
    const withoutName = tokenSetSimilarity(tokens("shipping company limited"), candidate, { weight: idf }).score;
    expect(withoutForm).toBeGreaterThan(0.9);
    expect(withoutName).toBeLessThan(withoutForm);
  });

  it("reports which tokens matched, each at most once", () => {
    const r = tokenSetSimilarity(["kim", "kim"], ["kim", "yong", "chol"]);
    expect(r.matches).toEqual([{ query: 0, candidate: 0, similarity: 1 }]);
    expect(r.matched).toEqual(["kim"]);
    expect(r.unmatchedQuery).toEqual([1]);
    expect(r.unmatchedCandidate).toEqual([1, 2]);
    const typo = tokenSetSimilarity(tokens("CAARDENAS Norma"), tokens("CARDENAS DUARTE, Norma Constanza"));
    expect(typo.matched).toEqual(["cardenas", "norma"]);
  });

  it("is 0 for empty lists", () => {
    expect(tokenSetSimilarity([], ["a"]).score).toBe(0);
    expect(tokenSetSimilarity(["a"], []).score).toBe(0);
  });
});

describe("nameSimilarity", () => {
  it("matches romanizations through keys and typos through tokens", () => {
    const listed = normalizeName("KIM, Yong Chol");
    expect(nameSimilarity(normalizeName("Gim Yeong-cheol"), listed)).toMatchObject({ score: 1, via: "keys" });
    expect(nameSimilarity(normalizeName("김영철"), listed)).toMatchObject({ score: 1, via: "keys" });
    expect(nameSimilarity(normalizeName("KIM Yong Chol"), listed)).toMatchObject({ score: 1, via: "tokens" });
    expect(nameSimilarity(normalizeName("Kim Min-jun"), listed).score).toBeLessThan(0.6);
    const cyr = nameSimilarity(normalizeName("Пригожин Евгений Викторович"), normalizeName("PRIGOZHIN, Yevgeniy Viktorovich"));
    expect(cyr.score).toBe(1);
  });
});

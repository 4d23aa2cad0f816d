import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";
import { SAME_IN_KOREAN } from "@/lib/i18n/ko/same-as-english";
import { koDate, koTimestamp } from "@/lib/i18n/ko/format";

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalog (a string, a function, a number), by its dotted path. */
function leaves(node: unknown, path = ""): Leaf[] {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [{ path, value: node }];
}

describe("the Korean catalog", () => {
  const english = new Map(leaves(en).map((l) => [l.path, l.value]));
  const korean = new Map(leaves(ko).map((l) => [l.path, l.value]));

  it("has exactly the English catalog's keys", () => {
    expect([...korean.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has a value of the same kind for every key, and functions of the same arity", () => {
    const mismatched = [...english].filter(([path, value]) => {
      const other = korean.get(path);
      if (typeof other !== typeof value) return true;
      return typeof value === "function" && (other as () => unknown).length !== value.length;
    });
    expect(mismatched.map(([path]) => path)).toEqual([]);
  });

  it("leaves no entry in English, except the proper nouns and codes listed in one place", () => {
    const same = [...english].filter(([path, value]) => typeof value === "string" && korean.get(path) === value).map(([path]) => path);
    expect(same.filter((path) => !SAME_IN_KOREAN.has(path))).toEqual([]);
    // An exception that is no longer the same is stale: keep the list exact.
    expect([...SAME_IN_KOREAN].filter((path) => !same.includes(path))).toEqual([]);
  });
});

describe("Korean dates", () => {
  it("writes full and partial dates as a Korean reader does", () => {
    expect(koDate("2024-07-01")).toBe("2024년 7월 1일");
    expect(koDate("2024-07")).toBe("2024년 7월");
    expect(koDate("2024")).toBe("2024년");
    expect(koTimestamp("2026-02-27T14:05:00.000Z")).toBe("2026년 2월 27일 14:05 UTC");
  });

  it("shows anything else as given", () => {
    expect(koDate("2024-13-40")).toBe("2024-13-40");
    expect(koDate("soon")).toBe("soon");
  });
});

import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/domain/age";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";

describe("a person's age from a birth date that may be partial", () => {
  it("counts whole years to the day, the birthday itself included", () => {
    expect(ageOn("1962-02-18", "2026-02-17")).toEqual({ min: 63, max: 63 });
    expect(ageOn("1962-02-18", "2026-02-18")).toEqual({ min: 64, max: 64 });
    expect(ageOn("2000-02-29", "2025-02-28")).toEqual({ min: 24, max: 24 });
  });

  it("gives a range when the date names only a year or a month", () => {
    expect(ageOn("1962", "2026-12-06")).toEqual({ min: 63, max: 64 });
    expect(ageOn("1962", "2026-12-31")).toEqual({ min: 64, max: 64 });
    expect(ageOn("1962-12", "2026-12-06")).toEqual({ min: 63, max: 64 });
    expect(ageOn("1962-11", "2026-12-06")).toEqual({ min: 64, max: 64 });
    expect(ageOn("2026", "2026-06-01")).toEqual({ min: 0, max: 0 });
  });

  it("gives none for a date after the day or a value that is not a date", () => {
    expect(ageOn("2027-01-01", "2026-12-06")).toBeNull();
    expect(ageOn("circa 1962", "2026-12-06")).toBeNull();
  });

  it("is said in each language: 만 나이 in Korean", () => {
    expect(ko.common.age({ min: 64, max: 64 })).toBe("만 64세");
    expect(ko.common.age({ min: 63, max: 64 })).toBe("만 63~64세");
    expect(en.common.age({ min: 63, max: 64 })).toBe("aged 63–64");
  });
});

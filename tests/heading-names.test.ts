import { describe, expect, it } from "vitest";
import { headingNames, rowNames } from "@/lib/domain/heading-names";

const name = (value: string, type: string, script: string, official = true, status = "confirmed") => ({
  value,
  type,
  script,
  official,
  status,
});

describe("headingNames", () => {
  const vessel = [name("PATRIOT", "primary", "Latn"), name("패트리어트", "alias", "Hang")];
  const person = [name("김창록", "primary", "Hang"), name("Kim Chang Rok", "romanization", "Latn", false)];

  it("heads a Korean page with the Hangul name and the listed name beside it", () => {
    const { heading, beside } = headingNames(vessel, "ko");
    expect(heading?.value).toBe("패트리어트");
    expect(beside.map((n) => n.value)).toEqual(["PATRIOT"]);
  });

  it("keeps the primary name on an English page, with nothing beside a Latin one", () => {
    expect(headingNames(vessel, "en")).toEqual({ heading: vessel[0], beside: [] });
  });

  it("puts a Hangul primary name's romanizations beside it in both languages", () => {
    for (const locale of ["en", "ko"] as const) {
      const { heading, beside } = headingNames(person, locale);
      expect(heading?.value).toBe("김창록");
      expect(beside.map((n) => [n.value, n.official])).toEqual([["Kim Chang Rok", false]]);
    }
  });

  it("prefers an official, confirmed, current Hangul name", () => {
    const names = [
      name("MG-FLOT", "primary", "Latn"),
      name("엠지플롯", "former_name", "Hang"),
      name("엠쥐플롯", "alias", "Hang", false, "reported"),
      name("엠지 플롯", "alias", "Hang"),
    ];
    expect(headingNames(names, "ko").heading?.value).toBe("엠지 플롯");
  });

  it("has no heading for an entity without names", () => {
    expect(headingNames([], "ko")).toEqual({ heading: null, beside: [] });
  });
});

describe("rowNames", () => {
  const vessel = [name("NEPTUN II", "alias", "Latn"), name("넵튠", "alias", "Hang"), name("NEPTUN", "primary", "Latn")];

  it("shows a row by its Hangul name on a Korean page, the primary name first among the others", () => {
    const { shown, others } = rowNames(vessel, "ko");
    expect(shown?.value).toBe("넵튠");
    expect(others.map((n) => n.value)).toEqual(["NEPTUN", "NEPTUN II"]);
  });

  it("shows it by its primary name on an English page, the others as they come", () => {
    const { shown, others } = rowNames(vessel, "en");
    expect(shown?.value).toBe("NEPTUN");
    expect(others.map((n) => n.value)).toEqual(["NEPTUN II", "넵튠"]);
  });
});

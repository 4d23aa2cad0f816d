import { describe, expect, it } from "vitest";
import type { SearchResult } from "@/lib/search/engine";
import { matchKindOf } from "@/lib/search/match-kind";

type Named = Pick<SearchResult, "kind" | "name" | "matched">;

const person = (name: string, matchedName: string, tokens: string[]): Named => ({
  kind: "individual",
  name,
  matched: { field: "alias", value: matchedName, script: "Latn", official: true, tokens },
});

describe("matchKindOf: what kind of match a result is, from what matched and the query", () => {
  it("a surname alone, in any script, matches the surname only", () => {
    const putin = person("PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir", ["putin"]);
    expect(matchKindOf(putin, "Putin")).toEqual({ kind: "surname" });
    expect(matchKindOf(putin, "Путин")).toEqual({ kind: "surname" });
  });

  it("every word of the name, in any order or script, matches in full", () => {
    expect(matchKindOf(person("PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir", ["vladimir", "putin"]), "Vladimir Putin")).toEqual({
      kind: "full",
    });
    expect(matchKindOf(person("KIM, Yong Chol", "KIM, Yong Chol", ["yong", "chol"]), "김영철")).toEqual({ kind: "full" });
  });

  it("a typo the engine forgave still matches in full", () => {
    const vessel: Named = {
      kind: "vessel",
      name: "PATRIOT",
      matched: { field: "name", value: "PATRIOT", script: "Latn", official: true, tokens: ["patriot"] },
    };
    expect(matchKindOf(vessel, "PATRIOTT")).toEqual({ kind: "full" });
  });

  it("a name lacking words searched for says how many it holds", () => {
    expect(matchKindOf(person("KIM, Chol", "KIM, Chol", ["chol"]), "김영철")).toEqual({ kind: "shorter", matched: 2, of: 3 });
  });

  it("some words of a name, not the surname alone, is a partial match", () => {
    expect(matchKindOf(person("VORONTSOVA, Maria Vladimirovna", "PUTINA, Maria", ["putina"]), "Putin")).toEqual({
      kind: "partial",
      matched: 1,
      of: 2,
    });
    expect(matchKindOf(person("PUTIN, Vladimir Vladimirovich", "PUTIN, Vladimir Vladimirovich", ["vladimir"]), "Vladimir")).toEqual({
      kind: "partial",
      matched: 1,
      of: 3,
    });
  });

  it("an identifier matches an identifier", () => {
    expect(
      matchKindOf({ kind: "vessel", name: "PATRIOT", matched: { field: "identifier", type: "imo", value: "9003550" } }, "IMO 9003550"),
    ).toEqual({ kind: "identifier" });
  });
});

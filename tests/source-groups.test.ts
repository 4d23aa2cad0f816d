import { describe, expect, it } from "vitest";
import { groupBySources } from "@/lib/read";

type Fact = { id: number; sources: string[] };
const fact = (id: number, ...sources: string[]): Fact => ({ id, sources });
const group = (facts: Fact[]) =>
  groupBySources(
    facts,
    (f) => f.sources,
    (s) => s,
  );

describe("facts grouped by their sources", () => {
  it("facts from one source make one group, in their own order", () => {
    const facts = [fact(3, "ofac"), fact(1, "ofac"), fact(2, "ofac")];
    expect(group(facts)).toEqual([{ key: "ofac", sources: ["ofac"], items: facts }]);
  });

  it("groups come in the order of their first fact; nothing is dropped", () => {
    const facts = [fact(1, "ofac"), fact(2, "un"), fact(3, "ofac"), fact(4), fact(5, "un")];
    const groups = group(facts);
    expect(groups.map((g) => g.key)).toEqual(["ofac", "un", ""]);
    expect(groups.map((g) => g.items.map((f) => f.id))).toEqual([[1, 3], [2, 5], [4]]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(facts.length);
  });

  it("a fact with several sources goes to the group of that combination, whatever their order", () => {
    const groups = group([fact(1, "ofac"), fact(2, "ofac", "kr"), fact(3, "kr", "ofac"), fact(4, "kr")]);
    expect(groups.map((g) => ({ sources: g.sources, ids: g.items.map((f) => f.id) }))).toEqual([
      { sources: ["ofac"], ids: [1] },
      { sources: ["ofac", "kr"], ids: [2, 3] },
      { sources: ["kr"], ids: [4] },
    ]);
  });

  it("a source given twice for one fact counts once", () => {
    expect(group([fact(1, "ofac", "ofac"), fact(2, "ofac")])).toEqual([
      { key: "ofac", sources: ["ofac"], items: [fact(1, "ofac", "ofac"), fact(2, "ofac")] },
    ]);
  });

  it("no facts, no groups", () => {
    expect(group([])).toEqual([]);
  });
});

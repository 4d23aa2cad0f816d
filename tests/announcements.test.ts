import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAnnouncement, listAnnouncements, type KindCount } from "@/lib/read";
import { seededDb, type TestDb } from "./helpers/db";

const byKind = (counts: KindCount[]) => Object.fromEntries(counts.map((c) => [c.kind, c]));

describe("announcements: declared vs entered", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("lists the four announcements, newest first", () => {
    const list = listAnnouncements(t.db);
    expect(list.map((a) => a.id)).toEqual(["kr-2024-06-27", "kr-2024-06-20-nsc", "kr-2024-05-24", "kr-2024-04-02"]);
  });

  it("counts 4/4 vessels, 5/5 organizations and 8/8 individuals for kr-2024-06-27", () => {
    const expected = {
      vessel: { kind: "vessel", declared: 4, entered: 4, missing: 0 },
      organization: { kind: "organization", declared: 5, entered: 5, missing: 0 },
      individual: { kind: "individual", declared: 8, entered: 8, missing: 0 },
    };
    const summary = listAnnouncements(t.db).find((a) => a.id === "kr-2024-06-27")!;
    expect(byKind(summary.counts)).toEqual(expected);

    const detail = getAnnouncement("kr-2024-06-27", {}, t.db)!;
    expect(byKind(detail.counts)).toEqual(expected);
    expect(detail.entities).toHaveLength(17);
    expect(detail.entities.map((e) => e.name)).toContain("PATRIOT");
    expect(detail.effectiveOn).toBe("2024-07-01");
  });

  it("names each entity of a round by its Hangul name on a Korean page, in 가나다 order, the listed name beside it", () => {
    const detail = getAnnouncement("kr-2024-06-27", { nameOrder: "ko" }, t.db)!;
    const vessels = detail.entities.filter((e) => e.kind === "vessel");
    expect(vessels.map((e) => e.name)).toEqual(["넵튠", "벨라", "보가티", "패트리어트"]);
    expect(vessels.find((e) => e.name === "패트리어트")!.otherNames[0]).toMatchObject({ value: "PATRIOT", official: true, script: "Latn" });
    const organizations = detail.entities.filter((e) => e.kind === "organization").map((e) => e.name);
    expect(organizations).toEqual([...organizations].sort(new Intl.Collator("ko").compare));
    expect(organizations).toContain("미사일총국");
    // The English page keeps the names the entities are listed under.
    expect(
      getAnnouncement("kr-2024-06-27", {}, t.db)!
        .entities.filter((e) => e.kind === "vessel")
        .map((e) => e.name),
    ).toEqual(["BELLA", "BOGATYR", "NEPTUN", "PATRIOT"]);
  });

  it("shows 5 of 7 individuals missing for kr-2024-05-24", () => {
    const detail = getAnnouncement("kr-2024-05-24", {}, t.db)!;
    expect(byKind(detail.counts).individual).toEqual({ kind: "individual", declared: 7, entered: 2, missing: 5 });
    const summary = listAnnouncements(t.db).find((a) => a.id === "kr-2024-05-24")!;
    expect(byKind(summary.counts).individual).toEqual({ kind: "individual", declared: 7, entered: 2, missing: 5 });
  });

  it("links the NSC plan of 2024-06-20 to kr-2024-06-27, which fulfilled it", () => {
    const plan = getAnnouncement("kr-2024-06-20-nsc", {}, t.db)!;
    expect(plan.fulfilledBy?.id).toBe("kr-2024-06-27");
    expect(listAnnouncements(t.db).find((a) => a.id === "kr-2024-06-20-nsc")?.fulfilledBy?.id).toBe("kr-2024-06-27");
    expect(getAnnouncement("kr-2024-06-27", {}, t.db)!.fulfills.map((f) => f.id)).toEqual(["kr-2024-06-20-nsc"]);
  });

  it("returns null for an unknown announcement", () => {
    expect(getAnnouncement("nope", {}, t.db)).toBeNull();
  });
});

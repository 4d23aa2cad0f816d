import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog } from "@/db/schema";
import { DomainError, recordRevision } from "@/lib/commands";
import { basisOf, checkRevision, sameBasis } from "@/lib/domain/revision-check";
import { getControlList } from "@/lib/read";
import { rowCounts, seededDb, type TestDb } from "./helpers/db";

describe("checkRevision", () => {
  it("accepts 1,159 + 243 − 0 = 1,402", () => {
    const check = checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402 });
    expect(check).toEqual({ previousTotal: 1159, expectedTotal: 1402, addsUp: true, restatement: null, mismatch: false, reported: null });
  });

  it("shows that a reported previous total of 1,139 implies 1,382, which does not add up", () => {
    const check = checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402, reportedPreviousTotal: 1139 });
    expect(check.addsUp).toBe(true);
    expect(check.mismatch).toBe(false);
    expect(check.reported).toEqual({ previousTotal: 1139, impliedTotal: 1382, addsUp: false });
  });

  it("ignores a reported figure equal to the official one", () => {
    expect(checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402, reportedPreviousTotal: 1159 }).reported).toBeNull();
  });

  it("finds 798 + 682 ≠ 1,159 a mismatch when the count basis stays the same", () => {
    const check = checkRevision({ previousTotal: 798, added: 682, removed: 0, total: 1159, previousBasis: "items" });
    expect(check.expectedTotal).toBe(1480);
    expect(check).toMatchObject({ addsUp: false, restatement: null, mismatch: true });
  });

  it("reads 798 items + 682 counted as 1,159 HS 6-digit codes as a restatement, not a mismatch", () => {
    const check = checkRevision({
      previousTotal: 798,
      added: 682,
      removed: 0,
      total: 1159,
      previousBasis: "items",
      countBasis: "HS 6-digit codes",
    });
    expect(check).toMatchObject({
      expectedTotal: 1480,
      addsUp: false,
      restatement: { previousBasis: "items", basis: "HS 6-digit codes" },
      mismatch: false,
    });
  });

  it("naming the basis in force again (other spacing or capitals) is no restatement: the arithmetic still applies", () => {
    const check = checkRevision({
      previousTotal: 1402,
      added: 10,
      removed: 0,
      total: 1413,
      previousBasis: "HS 6-digit codes",
      countBasis: " hs  6-digit Codes ",
    });
    expect(check).toMatchObject({ restatement: null, mismatch: true });
    expect(sameBasis("HS 6-digit codes", "HS 10-digit codes")).toBe(false);
  });

  it("a first revision restates nothing, whatever basis it names", () => {
    expect(
      checkRevision({ previousTotal: 0, added: 57, removed: 0, total: 57, previousBasis: null, countBasis: "items" }).restatement,
    ).toBeNull();
  });

  it("keeps a reported figure's discrepancy on a restatement too", () => {
    const check = checkRevision({
      previousTotal: 798,
      added: 682,
      removed: 0,
      total: 1159,
      reportedPreviousTotal: 800,
      previousBasis: "items",
      countBasis: "HS codes",
    });
    expect(check.mismatch).toBe(false);
    expect(check.reported).toEqual({ previousTotal: 800, impliedTotal: 1482, addsUp: false });
  });

  it("carries a basis forward: named, else the one before, else the list's unit", () => {
    expect(basisOf("HS 6-digit codes", "items", "items")).toBe("HS 6-digit codes");
    expect(basisOf(undefined, "HS 6-digit codes", "items")).toBe("HS 6-digit codes");
    expect(basisOf("  ", null, "HS codes")).toBe("HS codes");
  });

  it("subtracts removed items", () => {
    expect(checkRevision({ previousTotal: 100, added: 10, removed: 30, total: 80 }).addsUp).toBe(true);
  });
});

describe("the Annex 2-2 revisions of the default data, as the pages read them", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  const revision = (effectiveOn: string) =>
    getControlList("kr-russia-belarus-annex-2-2", t.db)!.revisions.find((r) => r.effectiveOn === effectiveOn)!;

  it("2024-02-24 is a restatement (items → HS 6-digit codes), not a discrepancy, and carries no discrepancy note", () => {
    const r = revision("2024-02-24");
    expect(r.countBasis).toBe("HS 6-digit codes");
    expect(r.check).toMatchObject({
      previousTotal: 798,
      restatement: { previousBasis: "items", basis: "HS 6-digit codes" },
      mismatch: false,
      reported: null,
    });
    expect(r.hasDiscrepancy).toBe(false);
    expect(r.discrepancyNote).toBeNull();
  });

  it("2024-09-09 is checked on the same basis (1,159 + 243 = 1,402) and flags the reported 1,139 with its source", () => {
    const r = revision("2024-09-09");
    expect(r.countBasis).toBe("HS 6-digit codes");
    expect(r.check).toMatchObject({ previousTotal: 1159, addsUp: true, restatement: null, mismatch: false });
    expect(r.check.reported).toEqual({ previousTotal: 1139, impliedTotal: 1382, addsUp: false });
    expect(r.reportedSource).not.toBeNull();
    expect(r.hasDiscrepancy).toBe(true);
  });

  it("counts one discrepancy and one restatement on the list", () => {
    const list = getControlList("kr-russia-belarus-annex-2-2", t.db)!;
    expect(list.discrepancyCount).toBe(1);
    expect(list.restatementCount).toBe(1);
    expect(list.revisions.map((r) => r.countBasis)).toEqual(["items", "items", "HS 6-digit codes", "HS 6-digit codes"]);
  });
});

describe("recordRevision", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  const ctx = () => ({ db: t.db, actor: { name: "user:1", userId: null } });
  const input = {
    listKey: "kr-russia-belarus-annex-2-2",
    effectiveOn: "2025-03-01",
    added: 10,
    removed: 2,
    total: 1500, // 1,402 + 10 − 2 = 1,410
    status: "confirmed" as const,
    sources: ["https://example.org/notice-2025-03"],
  };

  it("refuses a total that does not add up without a discrepancy note, and writes nothing", () => {
    const before = rowCounts(t.db);
    let error: unknown;
    try {
      recordRevision(ctx(), input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.kind).toBe("invalid");
    expect(e.issues.map((i) => i.path)).toContain("total");
    expect(e.message).toContain("1,410");
    expect(rowCounts(t.db)).toEqual(before);
    expect(getControlList("kr-russia-belarus-annex-2-2", t.db)?.current).toEqual({ total: 1402, effectiveOn: "2024-09-09" });
  });

  it("accepts the same total when the discrepancy is recorded with a note", () => {
    const before = rowCounts(t.db);
    const id = recordRevision(ctx(), { ...input, discrepancyNote: "The notice's total; its item counts are under review." });
    expect(id).toBeGreaterThan(0);
    const after = rowCounts(t.db);
    expect(after.control_list_revisions).toBe(before.control_list_revisions! + 1);
    expect(after.change_log).toBeGreaterThan(before.change_log!);

    const list = getControlList("kr-russia-belarus-annex-2-2", t.db)!;
    expect(list.current).toEqual({ total: 1500, effectiveOn: "2025-03-01" });
    const revision = list.revisions.find((r) => r.id === id)!;
    expect(revision.check).toMatchObject({ previousTotal: 1402, expectedTotal: 1410, addsUp: false, mismatch: true });
    expect(revision.discrepancyNote).toMatch(/under review/);
    expect(revision.hasDiscrepancy).toBe(true);
  });

  it("accepts a consistent revision without a note", () => {
    const id = recordRevision(ctx(), { ...input, effectiveOn: "2025-06-01", added: 5, removed: 0, total: 1505 });
    const revision = getControlList("kr-russia-belarus-annex-2-2", t.db)!.revisions.find((r) => r.id === id)!;
    expect(revision.check.addsUp).toBe(true);
    expect(revision.discrepancyNote).toBeNull();
  });

  it("accepts a revision that names a new count basis without a note, as a restatement, and logs its basis", () => {
    const id = recordRevision(ctx(), {
      ...input,
      effectiveOn: "2025-09-01",
      added: 40,
      removed: 0,
      total: 2000,
      countBasis: "HS 10-digit codes",
    });
    const list = getControlList("kr-russia-belarus-annex-2-2", t.db)!;
    const revision = list.revisions.find((r) => r.id === id)!;
    expect(revision.check).toMatchObject({
      previousTotal: 1505,
      restatement: { previousBasis: "HS 6-digit codes", basis: "HS 10-digit codes" },
      mismatch: false,
    });
    expect(revision.hasDiscrepancy).toBe(false);
    const logged = t.db
      .select({ after: changeLog.after })
      .from(changeLog)
      .where(and(eq(changeLog.action, "revision.create"), eq(changeLog.subjectId, String(id))))
      .get();
    expect(logged?.after).toMatchObject({ countBasis: "HS 10-digit codes" });
  });

  it("still refuses a same-basis revision after it that does not add up", () => {
    expect(() => recordRevision(ctx(), { ...input, effectiveOn: "2025-12-01", added: 1, removed: 0, total: 2002 })).toThrow(
      /2,001, not 2,002/,
    );
  });
});

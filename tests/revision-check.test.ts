import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, recordRevision } from "@/lib/commands";
import { checkRevision } from "@/lib/domain/revision-check";
import { getControlList } from "@/lib/read";
import { rowCounts, seededDb, type TestDb } from "./helpers/db";

describe("checkRevision", () => {
  it("accepts 1,159 + 243 − 0 = 1,402", () => {
    const check = checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402 });
    expect(check).toEqual({ previousTotal: 1159, expectedTotal: 1402, consistent: true, reported: null });
  });

  it("shows that a reported previous total of 1,139 implies 1,382, which does not add up", () => {
    const check = checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402, reportedPreviousTotal: 1139 });
    expect(check.consistent).toBe(true);
    expect(check.reported).toEqual({ previousTotal: 1139, impliedTotal: 1382, addsUp: false });
  });

  it("ignores a reported figure equal to the official one", () => {
    expect(checkRevision({ previousTotal: 1159, added: 243, removed: 0, total: 1402, reportedPreviousTotal: 1159 }).reported).toBeNull();
  });

  it("finds 798 + 682 ≠ 1,159 inconsistent", () => {
    const check = checkRevision({ previousTotal: 798, added: 682, removed: 0, total: 1159 });
    expect(check.expectedTotal).toBe(1480);
    expect(check.consistent).toBe(false);
  });

  it("subtracts removed items", () => {
    expect(checkRevision({ previousTotal: 100, added: 10, removed: 30, total: 80 }).consistent).toBe(true);
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
    expect(e.code).toBe("invalid");
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
    expect(revision.check).toMatchObject({ previousTotal: 1402, expectedTotal: 1410, consistent: false });
    expect(revision.discrepancyNote).toMatch(/under review/);
    expect(revision.hasDiscrepancy).toBe(true);
  });

  it("accepts a consistent revision without a note", () => {
    const id = recordRevision(ctx(), { ...input, effectiveOn: "2025-06-01", added: 5, removed: 0, total: 1505 });
    const revision = getControlList("kr-russia-belarus-annex-2-2", t.db)!.revisions.find((r) => r.id === id)!;
    expect(revision.check.consistent).toBe(true);
    expect(revision.discrepancyNote).toBeNull();
  });
});

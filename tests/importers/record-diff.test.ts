import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashRecord, sameFiles, sha256Hex } from "@/lib/importers/run/hashing";
import { describeDiff, goneRecords, recordStatus, type StoredRecord } from "@/lib/importers/run/record-diff";
import type { ListRecord } from "@/lib/importers/types";

const record = (over: Partial<ListRecord> = {}): ListRecord => ({
  recordId: "1",
  kind: "vessel",
  name: "OCEAN STAR",
  names: [],
  identifiers: [{ type: "imo", value: "9123456" }],
  attributes: [],
  programs: ["DPRK3"],
  links: [],
  origin: { file: "sdn.csv", line: 3 },
  ...over,
});

const stored = (over: Partial<StoredRecord> = {}): StoredRecord => ({
  recordId: "1",
  entityId: 7,
  contentHash: hashRecord(record()).hash,
  firstSeenOn: "2023-01-01",
  removedOn: null,
  ...over,
});

describe("record hashing", () => {
  it("is the SHA-256 of the record's JSON without where it was read", () => {
    const { json, hash } = hashRecord(record());
    expect(JSON.parse(json)).not.toHaveProperty("origin");
    expect(hash).toBe(createHash("sha256").update(json).digest("hex"));
    expect(hashRecord(record({ origin: { file: "sdn.csv", line: 900 } })).hash).toBe(hash);
    expect(hashRecord(record({ programs: ["DPRK4"] })).hash).not.toBe(hash);
  });

  it("tells files apart by name and SHA-256", () => {
    const a = [{ name: "sdn.csv", sha256: sha256Hex("a"), bytes: 1 }];
    expect(sameFiles(a, [{ ...a[0]!, bytes: 2 }])).toBe(true);
    expect(sameFiles(a, [{ ...a[0]!, sha256: sha256Hex("b") }])).toBe(false);
    expect(sameFiles(a, [{ ...a[0]!, name: "add.csv" }])).toBe(false);
    expect(sameFiles(a, [])).toBe(false);
  });
});

describe("record status against the stored one", () => {
  const { hash } = hashRecord(record());
  it("new, unchanged, changed, returned", () => {
    expect(recordStatus(undefined, hash)).toBe("new");
    expect(recordStatus(stored(), hash)).toBe("unchanged");
    expect(recordStatus(stored({ contentHash: "other" }), hash)).toBe("changed");
    // Back on the list, even with the very content it left with.
    expect(recordStatus(stored({ removedOn: "2023-06-01" }), hash)).toBe("returned");
  });

  it("gone: still listed when last seen, and not in this publication", () => {
    const all = new Map([
      ["1", stored()],
      ["2", stored({ recordId: "2" })],
      ["3", stored({ recordId: "3", removedOn: "2023-06-01" })],
    ]);
    expect(goneRecords(all, new Set(["1"])).map((r) => r.recordId)).toEqual(["2"]);
  });

  it("describes only the fields that differ", () => {
    const { content: before } = hashRecord(record());
    const { content: after } = hashRecord(record({ programs: ["DPRK3", "DPRK4"], remarks: "Linked To: X." }));
    expect(describeDiff(before, after)).toEqual({
      before: { programs: ["DPRK3"], remarks: null },
      after: { programs: ["DPRK3", "DPRK4"], remarks: "Linked To: X." },
    });
  });
});

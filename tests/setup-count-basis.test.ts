import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { changeLog, controlListRevisions } from "@/db/schema";
import { loadSeed, readSeedFile } from "@/lib/seed/load-seed";
import type { SeedFile } from "@/lib/seed/seed-file";
import { setupDatabase } from "@/lib/setup";
import { createTestDb, rowCounts, seededDb, type TestDb } from "./helpers/db";

const LIST = "kr-russia-belarus-annex-2-2";

/** Row counts, but for search_meta, which a first setup writes on any database (the search index's version). */
function counts(t: TestDb): Record<string, number> {
  const { search_meta: _, ...rest } = rowCounts(t.db);
  return rest;
}

/** The default data as it was before revisions named their count basis. */
function withoutCountBases(seed: SeedFile): SeedFile {
  return {
    ...seed,
    control_lists: seed.control_lists.map((l) => ({
      ...l,
      revisions: l.revisions.map(({ count_basis: _, ...r }) => r),
    })),
  };
}

describe("setting up a database seeded before revisions had a count basis", () => {
  let t: TestDb;
  const revision = () =>
    t.db
      .select()
      .from(controlListRevisions)
      .where(and(eq(controlListRevisions.listKey, LIST), eq(controlListRevisions.effectiveOn, "2024-02-24")))
      .get()!;

  beforeAll(() => {
    t = createTestDb();
    loadSeed(t.db, withoutCountBases(readSeedFile()));
  });
  afterAll(() => t?.close());

  it("starts as such a database did: no basis, and the 2024-02-24 revision noted as not adding up", () => {
    expect(revision().countBasis).toBeNull();
    expect(revision().discrepancyNote).toMatch(/798 \+ 682 − 0 = 1,480, not 1,159/);
  });

  it("records the default data's bases through the commands, logged as a correction by seed, without loading the facts again", () => {
    const before = counts(t);
    const result = setupDatabase(t.db, { factsOnly: true });
    expect(result.seeded).toBe(false);

    expect(revision().countBasis).toBe("HS 6-digit codes");
    expect(revision().discrepancyNote).toBeNull();
    const update = t.db
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.action, "revision.update"), eq(changeLog.subjectId, String(revision().id))))
      .get();
    expect(update).toMatchObject({
      actor: "seed",
      before: { countBasis: null, discrepancyNote: expect.stringMatching(/1,480/) },
      after: { countBasis: "HS 6-digit codes", discrepancyNote: null },
    });
    // Two revisions name a basis (2022-03-26: items; 2024-02-24): one log row each, nothing else.
    expect(counts(t)).toEqual({ ...before, change_log: before.change_log! + 2 });
  });

  it("changes nothing when set up again", () => {
    const before = counts(t);
    setupDatabase(t.db, { factsOnly: true });
    expect(counts(t)).toEqual(before);
  });
});

describe("setting up a database seeded with the count bases", () => {
  let t: TestDb;
  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("writes nothing", () => {
    const before = counts(t);
    setupDatabase(t.db, { factsOnly: true });
    expect(counts(t)).toEqual(before);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchlistAlerts, watchlistItems, watchlistResults } from "@/db/schema";
import { CLI_ACTOR, addName, createUser, delist, designate, upsertEntity, type CommandContext } from "@/lib/commands";
import { createWatchlist, recordDecision, rescreenWatchlists } from "@/lib/commands/watchlists";
import { importFtmAt } from "@/lib/importers/ftm-import";
import { seededDb, type TestDb } from "./helpers/db";

/**
 * A watchlist re-screened after each change: an entity added that matches a
 * counterparty raises an alert; a decided false positive stays quiet until its
 * entity changes; a matched entity delisted raises one too.
 */
let t: TestDb;
let cli: CommandContext;
let owner: CommandContext;
let watchlistId: number;

const entity = (name: string) => {
  const { id } = upsertEntity(cli, { kind: "organization", name });
  const designation = designate(cli, { entityId: id, authorityCode: "KR-MOFA", program: "ROK sanctions", listedOn: "2024-07-01" });
  return { id, designationId: designation.id };
};
const query = (name: string) => ({ names: [name], birthDates: [], countries: [], identifiers: [] });
const alerts = () =>
  t.db
    .select({ kind: watchlistAlerts.kind, entityId: watchlistAlerts.entityId, itemId: watchlistAlerts.itemId })
    .from(watchlistAlerts)
    .where(eq(watchlistAlerts.watchlistId, watchlistId))
    .orderBy(watchlistAlerts.id)
    .all();

let zarnitsa: { id: number; designationId: number };

beforeAll(async () => {
  t = seededDb();
  cli = { db: t.db, actor: { name: CLI_ACTOR } };
  const userId = await createUser(cli, { email: "analyst@example.org", role: "viewer", password: "watchlist password 1" });
  owner = { db: t.db, actor: { name: `user:${userId}`, userId } };
  zarnitsa = entity("Zarnitsa Maritime Holdings");
  watchlistId = createWatchlist(owner, {
    name: "Charter counterparties",
    threshold: 0.88,
    items: ["Zarnitsa Maritime Holdings", "Qorvath Shipping Lines", "Velmora Fabrics"].map((label) => ({ label, query: query(label) })),
  }).id;
});

afterAll(() => t?.close());

describe("a watchlist", () => {
  it("keeps each counterparty's results with their evidence, and raises nothing when saved", () => {
    const results = t.db.select().from(watchlistResults).all();
    const hit = results.find((r) => r.entityId === zarnitsa.id)!;
    expect(hit).toMatchObject({ match: true, active: true, threshold: 0.88, designations: ["KR-MOFA ROK-SANCTIONS in force"] });
    expect(hit.scoringVersion).toBeTruthy();
    expect(hit.dataChangeId).toBeGreaterThan(0);
    expect(alerts()).toEqual([]);
    expect(rescreenWatchlists(t.db).itemsScreened).toBe(0);
  });

  it("raises a new match when a change adds an entity that matches a counterparty", () => {
    const qorvath = entity("Qorvath Shipping Lines");
    const summary = rescreenWatchlists(t.db);
    expect(summary.alerts.new_match).toBe(1);
    // Only the counterparty the new entity may concern was screened again.
    expect(summary.itemsScreened).toBe(1);
    expect(alerts()).toEqual([{ kind: "new_match", entityId: qorvath.id, itemId: expect.any(Number) }]);
  });

  it("stays quiet for a decided false positive until its entity changes", () => {
    const velmora = entity("Velmora Fabrics");
    rescreenWatchlists(t.db);
    const alert = alerts().at(-1)!;
    expect(alert).toMatchObject({ kind: "new_match", entityId: velmora.id });
    recordDecision(owner, {
      itemId: alert.itemId,
      entityId: velmora.id,
      decision: "false_positive",
      note: "Our supplier is a textile shop in Lyon",
    });

    const before = alerts().length;
    entity("Velmora Fabrics International Holdings"); // shares a word: the counterparty is screened again
    rescreenWatchlists(t.db);
    expect(alerts().filter((a) => a.entityId === velmora.id)).toHaveLength(1);
    expect(alerts().length - before).toBeLessThanOrEqual(1);

    addName(cli, velmora.id, { value: "Velmora Textiles", type: "alias" });
    rescreenWatchlists(t.db);
    expect(
      alerts()
        .filter((a) => a.entityId === velmora.id)
        .map((a) => a.kind),
    ).toEqual(["new_match", "changed_match"]);
  });

  it("raises a delisting of a matched entity", () => {
    delist(cli, {
      designationId: zarnitsa.designationId,
      delistedOn: "2025-01-31",
      reason: "Removed from the list",
      source: "https://example.org/notice",
    });
    expect(rescreenWatchlists(t.db).alerts.delisted).toBe(1);
    expect(alerts().at(-1)).toMatchObject({ kind: "delisted", entityId: zarnitsa.id });
  });

  it("refuses a decision by someone else's account", async () => {
    const otherId = await createUser(cli, { email: "other@example.org", role: "editor", password: "another password 12" });
    const other = { db: t.db, actor: { name: `user:${otherId}`, userId: otherId } };
    const item = alerts()[0]!;
    expect(() => recordDecision(other, { itemId: item.itemId, entityId: item.entityId, decision: "true_match" })).toThrow(
      /owner or an administrator/,
    );
  });
});

describe("a watchlist saved from a Korean page", () => {
  let db: TestDb;
  afterAll(() => db?.close());

  it("explains its results in Korean when saved and at every re-screen, scores as in English", async () => {
    db = seededDb();
    const admin: CommandContext = { db: db.db, actor: { name: CLI_ACTOR } };
    const userId = await createUser(admin, { email: "ko@example.org", role: "viewer", password: "watchlist password 2" });
    const user: CommandContext = { db: db.db, actor: { name: `user:${userId}`, userId } };
    const { id } = upsertEntity(admin, { kind: "organization", name: "Solvang Ore Traders" });
    const { id: designationId } = designate(admin, {
      entityId: id,
      authorityCode: "KR-MOFA",
      program: "ROK sanctions",
      listedOn: "2024-07-01",
    });
    const items = [{ label: "Solvang Ore Traders", query: query("Solvang Ore Traders") }];
    const korean = createWatchlist(user, { name: "거래처", threshold: 0.88, items, lang: "ko" }).id;
    const english = createWatchlist(user, { name: "Suppliers", threshold: 0.88, items }).id;
    const resultOf = (watchlistId: number) =>
      db.db
        .select()
        .from(watchlistResults)
        .innerJoin(watchlistItems, eq(watchlistItems.id, watchlistResults.itemId))
        .where(and(eq(watchlistItems.watchlistId, watchlistId), eq(watchlistResults.entityId, id), isNull(watchlistResults.supersededAt)))
        .get()!.watchlist_results;
    expect(resultOf(korean)).toMatchObject({
      match: true,
      score: resultOf(english).score,
      designations: ["KR-MOFA ROK-SANCTIONS 효력 중"],
    });
    expect((resultOf(korean).explanation as string[])[0]).toMatch(/^「Solvang Ore Traders」.*점수 1\.00: 일치\.$/);
    expect((resultOf(english).explanation as string[])[0]).toMatch(/Score 1\.00: a match\.$/);

    delist(admin, { designationId, delistedOn: "2025-01-31", reason: "Removed from the list", source: "https://example.org/notice" });
    rescreenWatchlists(db.db);
    expect(resultOf(korean).designations).toEqual(["KR-MOFA ROK-SANCTIONS 2025년 1월 31일 지정 해제"]);
    expect(resultOf(english).designations).toEqual(["KR-MOFA ROK-SANCTIONS delisted 2025-01-31"]);
  });
});

describe("a watchlist after imports", () => {
  let dir: string;
  const file = (name: string, lines: object[]) => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
    return path;
  };
  const person = (id: string, name: string) => ({ id, schema: "Person", properties: { name: [name], nationality: ["ru"] } });
  const sanction = (id: string, entity: string) => ({
    id,
    schema: "Sanction",
    properties: { entity: [entity], program: ["RUSSIA-EO14024"], startDate: ["2025-03-01"] },
  });

  it("raises an alert when an import adds a matching entity, and stays quiet for a decided false positive at the next import", () => {
    dir = mkdtempSync(join(tmpdir(), "watchlist-import-"));
    try {
      const imported = createWatchlist(owner, {
        name: "Suppliers",
        threshold: 0.88,
        items: ["Dobrynya Zhelezkov", "Vasilisa Pereslavtseva"].map((label) => ({ label, query: query(label) })),
      }).id;
      const ofImported = () => t.db.select().from(watchlistAlerts).where(eq(watchlistAlerts.watchlistId, imported)).all();

      const first = file("first.jsonl", [
        person("p-1", "Dobrynya Zhelezkov"),
        sanction("s-1", "p-1"),
        person("p-2", "Vasilisa Pereslavtseva"),
      ]);
      importFtmAt(t.db, first, { list: "suppliers-test", publishedOn: "2025-03-01" });
      expect(rescreenWatchlists(t.db).alerts.new_match).toBe(2);
      const [dobrynya, vasilisa] = ofImported();
      expect(dobrynya).toMatchObject({ kind: "new_match" });
      recordDecision(owner, { itemId: vasilisa!.itemId, entityId: vasilisa!.entityId, decision: "false_positive", note: "Another person" });

      // The next publication changes Dobrynya's record, leaves Vasilisa's as it was.
      const second = file("second.jsonl", [
        { ...person("p-1", "Dobrynya Zhelezkov"), properties: { name: ["Dobrynya Zhelezkov"], nationality: ["ru"], birthDate: ["1971"] } },
        sanction("s-1", "p-1"),
        person("p-2", "Vasilisa Pereslavtseva"),
      ]);
      importFtmAt(t.db, second, { list: "suppliers-test", publishedOn: "2025-04-01" });
      rescreenWatchlists(t.db);
      expect(ofImported().filter((a) => a.entityId === vasilisa!.entityId)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { addIdentifier, addName, delist, designate, ensureAuthority, upsertEntity, type CommandContext } from "@/lib/commands";
import { GET as matchGet, POST as matchRoute } from "@/app/api/match/route";
import { POST as matchDatasetRoute } from "@/app/api/match/[dataset]/route";
import { ftmEntityId } from "@/lib/export/ftm";
import type { MatchResult } from "@/lib/api/match";
import { createTestDb, type TestDb } from "./helpers/db";

let t: TestDb;
const savedPath = process.env.DATABASE_PATH;
const ids: Record<string, number> = {};

beforeAll(() => {
  t = createTestDb();
  const ctx: CommandContext = { db: t.db, actor: { name: "test" } };
  ensureAuthority(ctx, { code: "US-OFAC", name: "United States, Treasury Office of Foreign Assets Control", country: "US" });
  ensureAuthority(ctx, { code: "UN-1718", name: "United Nations Security Council 1718 Committee (DPRK)", country: null });
  ids.vessel = upsertEntity(ctx, {
    kind: "vessel",
    name: "SEA FALCON",
    ref: "test:sea-falcon",
    identifiers: [{ type: "imo", value: "9187629" }],
    attributes: [{ key: "flag", value: "KP" }],
  }).id;
  addIdentifier(ctx, ids.vessel, { type: "mmsi", value: "445123456" });
  ids.person = upsertEntity(ctx, {
    kind: "individual",
    name: "KIM Chol Min",
    ref: "test:kim-chol-min",
    names: [{ value: "김철민", lang: "ko" }],
    attributes: [
      { key: "birth_date", value: "1968-04-02" },
      { key: "nationality", value: "KP" },
    ],
  }).id;
  ids.company = upsertEntity(ctx, {
    kind: "organization",
    name: "SEVERNY PUT LLC",
    ref: "test:severny-put",
    names: [{ value: "ООО Северный Путь", lang: "ru" }],
    attributes: [{ key: "country", value: "RU" }],
  }).id;
  ids.delisted = upsertEntity(ctx, { kind: "organization", name: "BLUE HORIZON TRADING", ref: "test:blue-horizon" }).id;

  designate(ctx, { entityId: ids.vessel, authorityCode: "UN-1718", program: "DPRK", listedOn: "2018-03-30" });
  designate(ctx, { entityId: ids.person, authorityCode: "US-OFAC", program: "DPRK3", listedOn: "2017-06-01" });
  designate(ctx, { entityId: ids.company, authorityCode: "US-OFAC", program: "RUSSIA-EO14024", listedOn: "2022-04-06" });
  const d = designate(ctx, { entityId: ids.delisted, authorityCode: "US-OFAC", program: "SDGT", listedOn: "2015-01-01" });
  delist(ctx, { designationId: d.id, delistedOn: "2020-05-01", reason: "Removed from the list", source: "https://example.org/delisting" });

  // The route reads the server's database (getDb): point it at this test's file.
  process.env.DATABASE_PATH = t.file;
});
afterAll(() => {
  getDb().$client.close();
  delete (globalThis as { trackerDb?: unknown }).trackerDb;
  process.env.DATABASE_PATH = savedPath;
  t?.close();
});

type Json = {
  responses: Record<string, { status: number; results: MatchResult[]; total: { value: number; relation: string }; query: unknown }>;
  matcher: Record<string, { description: string }>;
  limit: number;
  threshold: number;
  asOf: string;
  scoringVersion: string;
  error?: string;
  reason?: string;
  issues: { path: string; message: string }[];
};

async function post(body: unknown, query = ""): Promise<{ status: number; json: Json; headers: Headers }> {
  const res = await matchRoute(
    new Request(`http://localhost/api/match${query}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  return { status: res.status, json: (await res.json()) as Json, headers: res.headers };
}

const one = (schema: string, properties: Record<string, unknown>) => ({ queries: { q1: { schema, properties } } });
/** The response to one query (and its best result), which the test expects to be there. */
function answer(json: Json, key = "q1") {
  const r = json.responses[key];
  if (!r) throw new Error(`no response for ${key}`);
  return r;
}
const best = (json: Json, key = "q1") => answer(json, key).results[0]!;
const paths = (json: Json) => json.issues.map((i) => i.path);

describe("POST /api/match: validation", () => {
  it.each<[string, unknown, string]>([
    ["a body that is not JSON", "{queries:", ""],
    ["an empty body", "", ""],
    ["a JSON array", [], ""],
    ["no queries", {}, "queries"],
    ["queries that are not an object", { queries: ["SEA FALCON"] }, "queries"],
    ["no query at all", { queries: {} }, "queries"],
    ["an unknown schema", one("Spaceship", { name: ["X"] }), "queries.q1.schema"],
    ["properties that are a string", { queries: { q1: { schema: "Person", properties: "KIM" } } }, "queries.q1.properties"],
    ["a name that is an object", one("Person", { name: [{ first: "KIM" }] }), "queries.q1.properties.name"],
    ["a name of 501 characters", one("Person", { name: ["x".repeat(501)] }), "queries.q1.properties.name"],
    ["a name with a control character", one("Person", { name: ["KIM\u0000"] }), "queries.q1.properties.name"],
    ["21 names in one property", one("Person", { name: Array.from({ length: 21 }, (_, i) => `Name ${i}`) }), "queries.q1.properties.name"],
    ["a query with neither name nor identifier", one("Person", { birthDate: ["1968"] }), "queries.q1.properties"],
    ["a query without its schema", { queries: { q1: { properties: { name: ["KIM"] } } } }, "queries.q1.schema"],
  ])("refuses %s with 400 and the issues", async (_, body, path) => {
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(json.error).toBe("invalid_parameters");
    expect(json.issues.length).toBeGreaterThan(0);
    expect(paths(json).some((p) => p.startsWith(path))).toBe(true);
  });

  it("answers at yente's path too, /match/{dataset}", async () => {
    const res = await matchDatasetRoute(
      new Request("http://localhost/api/match/default", {
        method: "POST",
        body: JSON.stringify(one("Vessel", { imoNumber: ["9187629"] })),
      }),
    );
    expect(res.status).toBe(200);
    expect(best((await res.json()) as Json).id).toBe(ftmEntityId(ids.vessel!));
  });

  it("answers a GET with 405 and a reason in JSON", async () => {
    const res = matchGet();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(((await res.json()) as { error: string }).error).toBe("method_not_allowed");
  });

  it("refuses a query keyed __proto__ rather than leave it unanswered", async () => {
    const { status, json } = await post(
      '{"queries": {"__proto__": {"schema": "Vessel", "properties": {"imoNumber": ["9187629"]}}, "b": {"schema": "Thing", "properties": {"name": "x"}}}}',
    );
    expect(status).toBe(400);
    expect(paths(json)).toEqual(["queries.__proto__"]);
  });

  it("answers any JSON body, in yente's shape or not, with 200 or a 400 that says where (never a server error)", async () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("KIM Chol Min", "9187629", "김철민", "\u0000", "x".repeat(600)));
    const property = fc.oneof(
      fc.constantFrom("name", "alias", "imoNumber", "birthDate", "nationality", "firstName"),
      fc.string({ maxLength: 8 }),
    );
    const example = fc.record(
      {
        schema: fc.oneof(fc.constantFrom("Person", "Vessel", "Thing", "Company"), fc.jsonValue({ maxDepth: 1 })),
        properties: fc.oneof(
          fc.dictionary(property, fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 }),
          fc.jsonValue({ maxDepth: 1 }),
        ),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.record({ queries: fc.dictionary(fc.string({ maxLength: 10 }), example, { maxKeys: 3 }) }),
      fc.record({ queries: fc.jsonValue({ maxDepth: 2 }) }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const { status, json } = await post(b);
        expect([200, 400]).toContain(status);
        if (status === 400) expect(json.issues.length).toBeGreaterThan(0);
        else expect(Object.keys(json.responses).length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it("refuses more than 1,000 queries, and takes 1,000", async () => {
    const queries = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { schema: "Thing", properties: { name: [`Nobody ${i}`] } }]));
    const over = await post({ queries: queries(1001) });
    expect(over.status).toBe(400);
    expect(over.json.reason).toMatch(/1000 queries/);
    const atLimit = await post({ queries: queries(1000) });
    expect(atLimit.status).toBe(200);
    expect(Object.keys(atLimit.json.responses)).toHaveLength(1000);
  });

  it("refuses a body over 4 MB unread", async () => {
    const { status, json } = await post(
      `{"queries": {"q": {"schema": "Person", "properties": {"name": ["${"x".repeat(4.5 * 1024 * 1024)}"]}}}}`,
    );
    expect(status).toBe(400);
    expect(json.reason).toMatch(/larger than 4 MB/);
  });

  it.each([
    ["?threshold=2", "threshold"],
    ["?threshold=0x1", "threshold"],
    ["?limit=0", "limit"],
    ["?limit=1000", "limit"],
    ["?asOf=2024-13-01", "asOf"],
  ])("refuses the query parameters %s", async (query, path) => {
    const { status, json } = await post(one("Person", { name: ["KIM Chol Min"] }), query);
    expect(status).toBe(400);
    expect(paths(json)).toContain(path);
  });

  it("accepts what yente's clients send that the tracker does not use: weights, config, other properties and parameters, single values", async () => {
    const { status, json } = await post(
      {
        weights: { name_literal: 0.8 },
        config: {},
        queries: { q1: { id: "my-1", schema: "Person", properties: { name: "KIM Chol Min", notes: ["a customer"], topics: ["x"] } } },
      },
      "?algorithm=logic-v1&include_dataset=default&cutoff=0.5",
    );
    expect(status).toBe(200);
    expect(answer(json).query).toEqual({
      id: "my-1",
      schema: "Person",
      properties: { name: ["KIM Chol Min"], notes: ["a customer"], topics: ["x"] },
    });
    expect(best(json).id).toBe(ftmEntityId(ids.person!));
  });
});

describe("POST /api/match: the response in yente's shape", () => {
  it("answers each query under its own key, with yente's fields and the tracker's extensions", async () => {
    const { status, json, headers } = await post({
      queries: {
        vessel: { schema: "Vessel", properties: { imoNumber: ["9187629"] } },
        "a person": { schema: "Person", properties: { name: ["김철민"], birthDate: ["1968"], nationality: ["kp"] } },
        nobody: { schema: "Company", properties: { name: ["Quiet Meadow Bakery"] } },
      },
    });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("x-batch-size")).toBe("3");
    expect(Object.keys(json.responses).sort()).toEqual(["a person", "nobody", "vessel"]);
    expect(json.limit).toBe(5);
    expect(typeof json.threshold).toBe("number");
    expect(typeof json.scoringVersion).toBe("string");
    expect(json.matcher).toBeTypeOf("object");

    const vessel = answer(json, "vessel");
    expect(vessel).toMatchObject({ status: 200, total: { value: vessel.results.length, relation: "eq" } });
    expect(vessel.query).toEqual({ schema: "Vessel", properties: { imoNumber: ["9187629"] } });
    const r = vessel.results[0]!;
    expect(r).toMatchObject({
      id: ftmEntityId(ids.vessel!),
      caption: "SEA FALCON",
      schema: "Vessel",
      datasets: ["test"],
      referents: ["test:sea-falcon"],
      target: true,
      match: true,
      matchedName: expect.any(String),
      designations: [{ authority: "UN-1718", program: "DPRK", listedOn: "2018-03-30", delistedOn: null, state: "in_force" }],
    });
    expect(r.properties).toMatchObject({ name: ["SEA FALCON"], imoNumber: ["9187629"], mmsi: ["445123456"], flag: ["kp"] });
    expect(r.score).toBeGreaterThanOrEqual(json.threshold);
    expect(Object.keys(r.features).length).toBeGreaterThan(0);
    for (const v of Object.values(r.features)) expect(typeof v).toBe("number");
    for (const f of Object.keys(r.features)) expect(json.matcher[f]).toMatchObject({ description: expect.any(String) });
    expect(r.explanation.length).toBeGreaterThan(0);
    for (const s of r.explanation) expect(typeof s).toBe("string");

    expect(answer(json, "nobody").results.filter((x) => x.match)).toEqual([]);
  });

  it.each([
    ["an IMO number alone", "Vessel", { imoNumber: ["IMO 9187629"] }, "vessel"],
    ["an MMSI alone", "Vessel", { mmsi: ["445123456"] }, "vessel"],
    ["a Hangul name", "Person", { name: ["김철민"] }, "person"],
    ["a romanized name in another order", "Person", { name: ["Chol Min Kim"] }, "person"],
    ["first and last name apart", "Person", { firstName: ["Chol Min"], lastName: ["Kim"] }, "person"],
    ["a Cyrillic name", "Company", { name: ["ООО Северный Путь"] }, "company"],
    ["a Latin name of an entity also named in Cyrillic", "Organization", { name: ["Severny Put"] }, "company"],
    ["any kind (LegalEntity)", "LegalEntity", { name: ["SEVERNY PUT LLC"] }, "company"],
  ])("finds %s", async (_, schema, properties, which) => {
    const { json } = await post(one(schema, properties));
    const top = best(json);
    expect(top?.id).toBe(ftmEntityId(ids[which]!));
    expect(top.referents[0]).toMatch(/^test:/);
  });

  it("answers the same counterparty under two keys alike", async () => {
    const q = { schema: "Person", properties: { name: ["KIM Chol Min"] } };
    const { json } = await post({ queries: { a: q, b: q } });
    expect(answer(json, "b").results).toEqual(answer(json, "a").results);
    expect(best(json, "b").id).toBe(ftmEntityId(ids.person!));
  });

  it("screens a schema against its kind only", async () => {
    const { json } = await post(one("Vessel", { name: ["KIM Chol Min"] }));
    expect(answer(json).results.map((r) => r.id)).not.toContain(ftmEntityId(ids.person!));
  });

  it("applies `threshold` and `limit`", async () => {
    const all = await post(one("Thing", { name: ["SEA FALCON", "KIM Chol Min", "SEVERNY PUT LLC"] }), "?threshold=0&limit=2");
    expect(all.json.threshold).toBe(0);
    expect(all.json.limit).toBe(2);
    const results = answer(all.json).results;
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.match)).toBe(true);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);

    const strict = await post(one("Vessel", { name: ["SEA FALCN"] }), "?threshold=1");
    for (const r of answer(strict.json).results) expect(r.match).toBe(r.score >= 1);
  });

  it("answers with the entity as it is now after a write (results are kept per data version)", async () => {
    const before = best((await post(one("Vessel", { imoNumber: ["9187629"] }))).json);
    expect(before.properties.alias).toBeUndefined();
    addName({ db: t.db, actor: { name: "test" } }, ids.vessel!, { value: "OCEAN FALCON" });
    const after = best((await post(one("Vessel", { imoNumber: ["9187629"] }))).json);
    expect(after.properties.alias).toEqual(["OCEAN FALCON"]);
  });

  it("reads designations as of `asOf`: delisted since, in force before", async () => {
    const now = await post(one("Organization", { name: ["BLUE HORIZON TRADING"] }));
    const today = best(now.json);
    expect(today).toMatchObject({ id: ftmEntityId(ids.delisted!), target: false });
    expect(today.designations[0]).toMatchObject({ state: "delisted", delistedOn: "2020-05-01" });
    expect(today.properties.topics).toBeUndefined();

    const before = await post(one("Organization", { name: ["BLUE HORIZON TRADING"] }), "?asOf=2019-01-01");
    expect(before.json.asOf).toBe("2019-01-01");
    expect(best(before.json)).toMatchObject({ target: true, designations: [{ state: "in_force" }] });
    expect(best(before.json).properties.topics).toEqual(["sanction"]);
  });
});

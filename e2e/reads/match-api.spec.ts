import { expect, test } from "@playwright/test";

/** POST /api/match through the production server: not page-cached, JSON both ways, documented. */
test.describe("POST /api/match", () => {
  test("screens a batch in yente's shape, and refuses a bad body with 400 JSON", async ({ request }) => {
    const ok = await request.post("/api/match?limit=3", {
      data: {
        queries: {
          vessel: { schema: "Vessel", properties: { imoNumber: ["IMO 9003550"] } },
          nobody: { schema: "Person", properties: { name: ["Quiet Meadow Baker"] } },
        },
      },
    });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.limit).toBe(3);
    expect(body.responses.vessel.results[0]).toMatchObject({ caption: "PATRIOT", schema: "Vessel", match: true });
    expect(body.responses.vessel.results[0].referents).toContain("seed:patriot");
    expect(body.responses.nobody.status).toBe(200);

    const bad = await request.post("/api/match", { data: { queries: { q: { schema: "Spaceship", properties: { name: ["X"] } } } } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).issues[0].path).toBe("queries.q.schema");
    const notJson = await request.post("/api/match", { data: "{not json", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);

    const yentePath = await request.post("/api/match/default", {
      data: { queries: { v: { schema: "Vessel", properties: { name: "PATRIOT" } } } },
    });
    expect((await yentePath.json()).responses.v.results[0].referents).toContain("seed:patriot");
    const get = await request.get("/api/match");
    expect(get.status()).toBe(405);
    expect((await get.json()).error).toBe("method_not_allowed");

    const doc = await request.get("/api/openapi.json");
    expect((await doc.json()).paths["/api/match"].post).toBeDefined();
  });
});

import { expect, test } from "@playwright/test";

type ExportedEntity = {
  id: number;
  kind: string;
  name: string;
  names: string[];
  identifiers: { type: string; value: string }[];
  refs: string[];
  designations: { authority: string; program: string; listedOn: string | null; effectiveOn: string | null }[];
};

test.describe("downloads and the feed", () => {
  test("/api/export/entities.jsonl gives every entity as one JSON line, PATRIOT among them", async ({ request }) => {
    const response = await request.get("/api/export/entities.jsonl");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.jsonl"$/);

    const text = await response.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    // The default data: the seed facts and the bundled OFAC and UN lists.
    expect(lines.length).toBeGreaterThan(31);
    const entities = lines.map((line) => JSON.parse(line) as ExportedEntity);
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    const patriot = entities.find((e) => e.name === "PATRIOT");
    expect(patriot).toBeDefined();
    expect(patriot!.kind).toBe("vessel");
    expect(patriot!.refs).toEqual(expect.arrayContaining(["seed:patriot", "ofac:24508"]));
    expect(patriot!.identifiers).toContainEqual({ type: "imo", value: "9003550" });
    expect(patriot!.designations.map((d) => d.authority)).toEqual(expect.arrayContaining(["KR-MOFA", "US-OFAC"]));
  });

  test("/api/export/entities.csv is CSV with its header", async ({ request }) => {
    const response = await request.get("/api/export/entities.csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.csv"$/);
    const text = await response.text();
    // A byte-order mark first, so spreadsheet programs read Hangul and Cyrillic as UTF-8.
    expect(
      text.startsWith(
        "\uFEFFid,kind,name,other_names,identifiers,refs,list_published_on,authorities,programs,first_listed_on,delisted_on,active\r\n",
      ),
    ).toBe(true);
    expect(text).toContain(",PATRIOT,");
  });

  test("/api/export/entities.ftm.jsonl gives FtM entities and Sanctions", async ({ request }) => {
    const response = await request.get("/api/export/entities.ftm.jsonl");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    const objects = (await response.text())
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> });
    const patriot = objects.find((o) => o.schema === "Vessel" && o.properties.name?.includes("PATRIOT"));
    expect(patriot?.properties.imoNumber).toEqual(["9003550"]);
    expect(objects.filter((o) => o.schema === "Sanction" && o.properties.entity?.includes(patriot!.id)).length).toBeGreaterThanOrEqual(2);
  });

  test("/history/feed.xml is an Atom feed of the latest changes", async ({ request, baseURL }) => {
    const response = await request.get("/history/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain("<entry>");
    expect((xml.match(/<entry>/g) ?? []).length).toBeLessThanOrEqual(100);
    // Links are absolute, on the address the feed was asked from.
    expect(xml).toContain(`<link href="${baseURL}/`);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { SaxesParser } from "saxes";
import { sql } from "drizzle-orm";
import { delist, findEntityIdByRef, upsertEntity } from "@/lib/commands";
import { getDb } from "@/db/client";
import { iterateEntityExportBatches, iterateEntityExports, type EntityExport } from "@/lib/read/export";
import { CSV_COLUMNS, csvHeader, entityCsvLine } from "@/lib/export/csv";
import { FTM_SCHEMA_OF, ftmObjects } from "@/lib/export/ftm";
import { GET as getJsonl } from "@/app/api/export/entities.jsonl/route";
import { GET as getCsv } from "@/app/api/export/entities.csv/route";
import { GET as getFtm } from "@/app/api/export/entities.ftm.jsonl/route";
import { GET as getFeed } from "@/app/history/feed.xml/route";
import { historyFeedAtom } from "@/lib/export/history-feed";
import { messagesFor } from "@/lib/i18n";
import { listChanges } from "@/lib/read";
import { seededDb, type TestDb } from "./helpers/db";

const ENTITY_KEYS = ["id", "kind", "name", "names", "identifiers", "refs", "publications", "attributes", "designations"];
const REQUIRED_ENTITY_KEYS = ["id", "kind", "name", "names", "identifiers", "refs", "designations"];
const DESIGNATION_KEYS = [
  "id",
  "authority",
  "program",
  "listedOn",
  "effectiveOn",
  "delistedOn",
  "firstSeenOn",
  "recordedAt",
  "reason",
  "source",
];
const REQUIRED_DESIGNATION_KEYS = ["authority", "program", "listedOn", "effectiveOn", "delistedOn", "reason", "source"];

const csvOf = (list: EntityExport[]) => csvHeader() + list.map((e) => entityCsvLine(e)).join("");
/**
 * Reads an export back strictly: a ragged row or an empty line fails the test.
 * The final line end is cut first, or papaparse would read an empty record after it.
 */
const parseCsv = (text: string) => {
  const { data, errors } = Papa.parse<Record<string, string>>(text.replace(/\r\n$/, ""), { header: true, delimiter: "," });
  expect(errors).toEqual([]);
  return data;
};
const liveEntityIds = (t: TestDb) =>
  t.db.all<{ id: number }>(sql`select id from entities where withdrawn_at is null order by id`).map((r) => r.id);

describe("entity export", () => {
  let t: TestDb;
  let all: EntityExport[];
  const byRef = (ref: string) => {
    const e = all.find((x) => x.refs.includes(ref));
    if (!e) throw new Error(`no exported entity with ref ${ref}`);
    return e;
  };

  beforeAll(() => {
    t = seededDb();
    all = [...iterateEntityExports(t.db)];
  });
  afterAll(() => t?.close());

  it("yields all 31 entities, in id order, with exactly the export's keys", () => {
    expect(all).toHaveLength(31);
    expect(all.map((e) => e.id)).toEqual(liveEntityIds(t));
    for (const e of all) {
      expect(Object.keys(e)).toEqual(ENTITY_KEYS);
      expect(Object.keys(e)).toEqual(expect.arrayContaining(REQUIRED_ENTITY_KEYS));
      expect(e.names[0]).toBe(e.name);
      for (const i of e.identifiers) expect(Object.keys(i)).toEqual(["type", "value"]);
      for (const d of e.designations) {
        expect(Object.keys(d)).toEqual(DESIGNATION_KEYS);
        expect(Object.keys(d)).toEqual(expect.arrayContaining(REQUIRED_DESIGNATION_KEYS));
        for (const date of [d.listedOn, d.effectiveOn, d.delistedOn, d.firstSeenOn]) {
          if (date !== null) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
    }
  });

  it("exports PATRIOT with its IMO number, refs and the KR-MOFA and US-OFAC designations", () => {
    const patriot = byRef("seed:patriot");
    expect(patriot).toMatchObject({ kind: "vessel", name: "PATRIOT" });
    expect(patriot.identifiers).toEqual([{ type: "imo", value: "9003550" }]);
    expect(patriot.refs).toEqual(expect.arrayContaining(["seed:patriot", "ofac:24508"]));
    const kr = patriot.designations.find((d) => d.authority === "KR-MOFA");
    const ofac = patriot.designations.find((d) => d.authority === "US-OFAC");
    expect(kr).toMatchObject({ effectiveOn: "2024-07-01", delistedOn: null });
    expect(ofac).toMatchObject({ listedOn: "2018-08-21", program: "DPRK4", delistedOn: null });
    expect(typeof ofac!.source).toBe("string");
    // JSON as the API will give it.
    expect(JSON.parse(JSON.stringify(patriot))).toEqual(patriot);
  });

  it("keeps names in every script", () => {
    const kim = byRef("seed:kim-chang-rok");
    expect(kim.name).toBe("김창록");
    expect(kim.names).toContain("Kim Chang Rok");
  });

  it("reads batch by batch: batchSize 7 gives 5 batches covering every entity once, with one query per table per batch", () => {
    const prepare = vi.spyOn(t.db.$client, "prepare");
    let batches: EntityExport[][];
    try {
      batches = [...iterateEntityExportBatches(t.db, 7)];
      // The current publications once (three queries: runs, records held, lists created by imports); then each batch reads
      // the entities, names, identifiers, refs, attributes and designations: six queries a batch, not one per entity.
      expect(prepare.mock.calls.length).toBe(3 + 6 * batches.length);
    } finally {
      prepare.mockRestore();
    }
    expect(batches.map((b) => b.length)).toEqual([7, 7, 7, 7, 3]);
    const ids = batches.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(liveEntityIds(t));
    // Batches follow each other in id order, with no overlap.
    for (let i = 1; i < batches.length; i++) expect(batches[i]![0]!.id).toBeGreaterThan(batches[i - 1]!.at(-1)!.id);
    // Whatever the batch size, the same entities come out.
    expect(batches.flat()).toEqual(all);
    // An exact multiple of the batch size ends cleanly too.
    expect([...iterateEntityExportBatches(t.db, 31)].map((b) => b.length)).toEqual([31]);
    expect([...iterateEntityExportBatches(t.db, 1)]).toHaveLength(31);
  });

  it("writes one CSV line per entity under the header, which parses back", () => {
    const rows = parseCsv(csvOf(all));
    expect(rows).toHaveLength(31);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const patriot = rows.find((r) => r.name === "PATRIOT")!;
    expect(patriot).toMatchObject({
      kind: "vessel",
      identifiers: "imo:9003550",
      first_listed_on: "2018-08-21",
      delisted_on: "",
      active: "true",
    });
    expect(patriot.refs!.split("; ")).toEqual(expect.arrayContaining(["seed:patriot", "ofac:24508"]));
    expect(patriot.authorities!.split("; ").sort()).toEqual(["KR-MOFA", "US-OFAC"]);
    expect(rows.find((r) => r.name === "김창록")!.other_names!.split("; ")).toContain("Kim Chang Rok");
  });

  it("gives every entity in FtM with its schema by kind, and one Sanction per designation", () => {
    const objects = all.flatMap((e) => ftmObjects(e));
    const sanctions = objects.filter((o) => o.schema === "Sanction");
    expect(sanctions).toHaveLength(all.reduce((n, e) => n + e.designations.length, 0));
    expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
    for (const e of all) {
      const [entity, ...own] = ftmObjects(e);
      expect(entity).toMatchObject({ id: `st-${e.id}`, schema: FTM_SCHEMA_OF[e.kind] });
      expect(entity!.properties.name).toEqual([e.name]);
      expect(own.map((s) => s.id)).toEqual(e.designations.map((d) => `st-sanction-${d.id}`));
      for (const s of own) expect(s.properties.entity).toEqual([`st-${e.id}`]);
      for (const o of [entity!, ...own]) {
        for (const values of Object.values(o.properties)) {
          expect(values.length).toBeGreaterThan(0);
          for (const v of values) expect(typeof v).toBe("string");
        }
      }
    }
    const [patriot, ...patriotSanctions] = ftmObjects(byRef("seed:patriot"));
    expect(patriot).toMatchObject({ schema: "Vessel", properties: { imoNumber: ["9003550"], topics: ["sanction"] } });
    expect(patriotSanctions.find((s) => s.properties.authority?.[0] === "US-OFAC")?.properties).toMatchObject({
      program: ["DPRK4"],
      listingDate: ["2018-08-21"],
    });
    expect(patriotSanctions.find((s) => s.properties.authority?.[0] === "KR-MOFA")?.properties.startDate).toEqual(["2024-07-01"]);
    expect(all.some((e) => e.kind === "individual")).toBe(true);
  });
});

describe("entity export after changes", () => {
  let t: TestDb;
  const editor = () => ({ db: t.db, actor: { name: "user:1" } });
  const find = (id: number) => [...iterateEntityExports(t.db)].find((e) => e.id === id)!;

  beforeAll(() => {
    t = seededDb();
  });
  afterAll(() => t?.close());

  it("includes a delisted entity, with its delisting date", () => {
    const id = findEntityIdByRef(editor(), "seed:euromarket")!;
    const before = find(id);
    expect(before.designations.length).toBeGreaterThan(0);
    for (const d of before.designations) {
      delist(editor(), {
        designationId: d.id,
        delistedOn: "2025-01-15",
        reason: "Removed from the list",
        source: "https://example.org/removal",
      });
    }
    const all = [...iterateEntityExports(t.db)];
    expect(all).toHaveLength(31);
    const after = all.find((e) => e.id === id)!;
    expect(after.designations.map((d) => d.delistedOn)).toEqual(before.designations.map(() => "2025-01-15"));

    const row = parseCsv(csvOf([after]))[0]!;
    expect(row).toMatchObject({ name: "Euromarket", delisted_on: "2025-01-15", active: "false" });

    const [entity, ...sanctions] = ftmObjects(after);
    expect(entity!.properties.topics).toBeUndefined();
    for (const s of sanctions) expect(s.properties.endDate).toEqual(["2025-01-15"]);
  });

  it("round-trips names with commas, quotes, line breaks and Hangul through CSV and JSON lines", () => {
    const odd = 'Kim "Tiger", Jong-su';
    const { id } = upsertEntity(editor(), {
      kind: "individual",
      name: odd,
      ref: "test:odd-names",
      names: [{ value: '김종수, "호랑이"' }, { value: "Line one\nline two" }, { value: "  padded  " }],
      identifiers: [{ type: "passport", value: 'P,123"4' }],
    });
    const all = [...iterateEntityExports(t.db)];
    const rows = parseCsv(csvOf(all));
    expect(rows).toHaveLength(all.length);
    const row = rows.find((r) => r.id === String(id))!;
    expect(row.name).toBe(odd);
    expect(row.other_names).toBe('김종수, "호랑이"; Line one\nline two; padded');
    expect(row.identifiers).toBe('passport:P,123"4');
    expect(row.active).toBe("false");
    expect(rows.map((r) => r.id)).toEqual(all.map((e) => String(e.id)));

    const lines = all.map((e) => JSON.stringify(e));
    for (const line of lines) expect(line).not.toContain("\n");
    expect(lines.map((l) => JSON.parse(l) as EntityExport).find((e) => e.id === id)!.names).toEqual([
      odd,
      '김종수, "호랑이"',
      "Line one\nline two",
      "padded",
    ]);
  });
});

describe("export routes and the feed", () => {
  let t: TestDb;
  const savedPath = process.env.DATABASE_PATH;

  beforeAll(() => {
    t = seededDb();
    // The routes read the server's database (getDb): point it at this test's file.
    process.env.DATABASE_PATH = t.file;
  });
  afterAll(() => {
    getDb().$client.close();
    delete (globalThis as { trackerDb?: unknown }).trackerDb;
    process.env.DATABASE_PATH = savedPath;
    t?.close();
  });

  it("streams JSON lines, one entity a line", async () => {
    const res = getJsonl();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="sanctions-tracker-entities-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    const text = await res.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as EntityExport);
    expect(lines).toHaveLength(31);
    expect(lines.find((e) => e.name === "PATRIOT")?.refs).toContain("ofac:24508");
  });

  it("streams the CSV with its header", async () => {
    const res = getCsv(new Request("http://localhost/api/export/entities.csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/filename="sanctions-tracker-entities-[\d-]+\.csv"/);
    const text = await res.text();
    expect(text.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(parseCsv(text)).toHaveLength(31);
  });

  it("writes the CSV's header line in Korean for ?lang=ko, the columns and cells as in English", async () => {
    const english = await getCsv(new Request("http://localhost/api/export/entities.csv?lang=en")).text();
    const korean = await getCsv(new Request("http://localhost/api/export/entities.csv?lang=ko")).text();
    const [enHeader, ...enRows] = english.split("\r\n");
    const [koHeader, ...koRows] = korean.split("\r\n");
    // (Response.text() drops the byte-order mark.)
    expect(enHeader).toBe(CSV_COLUMNS.join(","));
    expect(koHeader).toBe("ID,유형,이름,다른 이름,식별 정보,참조 번호,명단 공표일,지정 기관,제재 프로그램,최초 지정일,해제일,효력 중");
    expect(koRows).toEqual(enRows);
  });

  it("refuses a language it does not have, as JSON", async () => {
    const res = getCsv(new Request("http://localhost/api/export/entities.csv?lang=fr"));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe("invalid_parameters");
  });

  it("gives the feed in Korean for the Korean pages: xml:lang, titles, dates in the text and links", () => {
    const { items } = listChanges({ pageSize: 100 });
    const options = { origin: "https://tracker.example", hostname: "tracker.example", withRecordKeeping: false };
    const ko = historyFeedAtom(items, { ...options, messages: messagesFor("ko") });
    expect(ko).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">');
    expect(ko).toContain("<title>Sanctions Tracker: 최근 변경</title>");
    expect(ko).toContain('<link rel="alternate" href="https://tracker.example/ko/history"/>');
    expect(ko).toContain('<link rel="self" href="https://tracker.example/ko/history/feed.xml"/>');
    expect(ko).toMatch(/기록일 \d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(ko).not.toMatch(/Recorded \d{4}/);
    expect(ko).toMatch(/<link href="https:\/\/tracker\.example\/ko\/entities\/\d+"\/>/);
    expect(ko).toContain("<id>tag:tracker.example,2024:ko/change/");
    const en = historyFeedAtom(items, { ...options, messages: messagesFor("en") });
    expect(en).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(en).toContain('<link rel="alternate" href="https://tracker.example/history"/>');
    expect(en).toMatch(/Recorded \d{4}-\d{2}-\d{2}/);
  });

  it("streams FtM: entities and their Sanctions", async () => {
    const res = getFtm();
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const objects = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { schema: string });
    expect(objects.filter((o) => o.schema !== "Sanction")).toHaveLength(31);
    expect(objects.filter((o) => o.schema === "Sanction").length).toBeGreaterThan(31);
  });

  it("pulls one batch at a time and stops reading when the client goes away", async () => {
    const res = getJsonl();
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
  });

  it("gives the latest changes as a well-formed Atom feed with absolute links", async () => {
    const res = await getFeed(new Request("http://tracker.example:8080/history/feed.xml"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();

    const parser = new SaxesParser({ xmlns: true });
    const entries: { links: string[]; ids: string[]; titles: string[] }[] = [];
    let root = "";
    let inEntry = false;
    let text = "";
    parser.on("opentag", (tag) => {
      if (!root) root = `${tag.uri} ${tag.local}`;
      if (tag.local === "entry") {
        inEntry = true;
        entries.push({ links: [], ids: [], titles: [] });
      }
      if (inEntry && tag.local === "link") entries.at(-1)!.links.push(String(tag.attributes.href?.value ?? ""));
      text = "";
    });
    parser.on("text", (s) => (text += s));
    parser.on("cdata", (s) => (text += s));
    parser.on("closetag", (tag) => {
      if (inEntry && tag.local === "id") entries.at(-1)!.ids.push(text);
      if (inEntry && tag.local === "title") entries.at(-1)!.titles.push(text);
      if (tag.local === "entry") inEntry = false;
    });
    parser.write(xml).close();

    expect(root).toBe("http://www.w3.org/2005/Atom feed");
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(100);
    for (const e of entries) {
      expect(e.links[0]).toMatch(/^http:\/\/tracker\.example:8080\//);
      expect(e.ids[0]).toMatch(/^tag:tracker\.example,2024:change\/\d+$/);
    }
    expect(new Set(entries.map((e) => e.ids[0])).size).toBe(entries.length);
    expect(entries.some((e) => e.titles[0]!.startsWith("PATRIOT: Designated by"))).toBe(true);
    // When it happened in the world, and the source, linked.
    expect(xml).toMatch(/<published>\d{4}-\d{2}-\d{2}T00:00:00\.000Z<\/published>/);
    expect(xml).toMatch(/Source: <a href="https?:\/\/[^"]+">/);
  });

  it("takes the origin from the proxy's forwarded host and protocol", async () => {
    const res = await getFeed(
      new Request("http://localhost:3000/history/feed.xml", {
        headers: { "x-forwarded-host": "tracker.example.org", "x-forwarded-proto": "https" },
      }),
    );
    const xml = await res.text();
    expect(xml).toContain('<link rel="self" href="https://tracker.example.org/history/feed.xml"/>');
    expect(xml).toContain("<id>tag:tracker.example.org,2024:change/");
    expect(xml).not.toContain("localhost");
  });
});

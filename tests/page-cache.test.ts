import type http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { upsertEntity } from "@/lib/commands";
import { cacheKeyOf } from "@/server/cacheable";
import { openDataVersionProbe } from "@/server/data-version";
import { PageCache, type RenderedPage } from "@/server/page-cache";
import { createTestDb, type TestDb } from "./helpers/db";

const page = (body: string, status = 200, shareable = true): RenderedPage => ({
  status,
  shareable,
  headers: [["content-type", "text/html"]],
  body,
  renderNonce: null,
});

const request = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") =>
  ({ method, url, headers: { host: "tracker.example", ...headers } }) as http.IncomingMessage;

describe("the page cache", () => {
  it("serves a page again only for the same data version and day", async () => {
    const cache = new PageCache();
    let renders = 0;
    const render = () => Promise.resolve(page(`render ${++renders}`));
    expect((await cache.get("/", 1, "2026-12-05", render)).body).toBe("render 1");
    expect((await cache.get("/", 1, "2026-12-05", render)).body).toBe("render 1");
    expect((await cache.get("/", 2, "2026-12-05", render)).body).toBe("render 2");
    expect((await cache.get("/", 2, "2026-12-06", render)).body).toBe("render 3");
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 3, entries: 1 });
  });

  it("renders a page once for readers who ask for it at the same time", async () => {
    const cache = new PageCache();
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return page("once");
    };
    const pages = await Promise.all(Array.from({ length: 10 }, () => cache.get("/entities", 7, "2026-12-05", render)));
    expect(renders).toBe(1);
    expect(pages.every((p) => p.body === "once")).toBe(true);
  });

  it("keeps neither errors nor answers that set a cookie", async () => {
    const cache = new PageCache();
    let renders = 0;
    await cache.get("/missing", 1, "d", () => Promise.resolve(page(`${++renders}`, 404)));
    await cache.get("/missing", 1, "d", () => Promise.resolve(page(`${++renders}`, 404)));
    await cache.get("/own", 1, "d", () => Promise.resolve(page(`${++renders}`, 200, false)));
    await cache.get("/own", 1, "d", () => Promise.resolve(page(`${++renders}`, 200, false)));
    expect(renders).toBe(4);
  });
});

describe("which requests the page cache answers", () => {
  it("answers whole public pages and API reads, keyed by origin and URL", () => {
    expect(cacheKeyOf(request("/entities/1?include=record"))).toBe("  tracker.example /entities/1?include=record");
    expect(cacheKeyOf(request("/", { "x-forwarded-proto": "https" }))).toBe("https  tracker.example /");
    for (const url of ["/", "/entities", "/search?q=Kim", "/api/search?q=Kim", "/api/entities/3", "/history/feed.xml"]) {
      expect(cacheKeyOf(request(url)), url).not.toBeNull();
    }
  });

  it("leaves admin pages, sessions, forms, client navigation and downloads to Next.js", () => {
    for (const url of ["/admin", "/admin/entities/1", "/signin", "/api/session", "/api/admin/audit", "/api/export/entities.csv"]) {
      expect(cacheKeyOf(request(url)), url).toBeNull();
    }
    expect(cacheKeyOf(request("/entities/1", {}, "POST"))).toBeNull();
    expect(cacheKeyOf(request("/entities/1", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(request("/entities/1", { "next-action": "abc" }))).toBeNull();
  });
});

describe("the data version", () => {
  let testDb: TestDb | undefined;
  afterEach(() => testDb?.close());

  it("moves when another connection commits, and only then", () => {
    testDb = createTestDb();
    const probe = openDataVersionProbe(testDb.file);
    try {
      const first = probe.current();
      expect(probe.current()).toBe(first);
      upsertEntity({ db: testDb.db, actor: { name: "test" } }, { kind: "vessel", name: "DATA VERSION TEST" });
      const second = probe.current();
      expect(second).not.toBe(first);
      expect(probe.current()).toBe(second);
    } finally {
      probe.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { parseOfacSdn, parseUnConsolidated } from "@/lib/importers/parsers";
import { importList } from "@/lib/importers/run-import";
import { search } from "@/lib/search/engine";
import { GET as searchRoute } from "@/app/api/search/route";
import { GET as entityRoute } from "@/app/api/entities/[id]/route";
import { seededDb, type TestDb } from "../helpers/db";
import { fixture } from "../importers/helpers";

let t: TestDb;
const savedPath = process.env.DATABASE_PATH;

beforeAll(() => {
  t = seededDb();
  importList(t.db, { listKey: "ofac-sdn", parsed: parseOfacSdn(fixture("ofac-sdn")), publishedOn: "2023-12-28" });
  importList(t.db, { listKey: "un-consolidated", parsed: parseUnConsolidated(fixture("un-consolidated.xml")) });
  // The routes read the server's database (getDb): point it at this test's file.
  process.env.DATABASE_PATH = t.file;
});
afterAll(() => {
  getDb().$client.close();
  delete (globalThis as { trackerDb?: unknown }).trackerDb;
  process.env.DATABASE_PATH = savedPath;
  t?.close();
});

const top = (q: string, extra: Partial<Parameters<typeof search>[0]> = {}) => search({ q, ...extra }, t.db).results[0];

describe("name search", () => {
  it("finds a North Korean name written in Hangul or another romanization", () => {
    for (const q of ["김영철", "Gim Yeong-cheol", "KIM Yong Chol", "Chol Yong Kim"]) {
      const r = top(q)!;
      expect(r.refs, q).toEqual(expect.arrayContaining(["ofac:17614", "un:KPi.024"]));
      expect(r.score, q).toBeGreaterThanOrEqual(0.88);
    }
  });

  it("finds the default facts' Hangul names by their unofficial romanizations, and says what matched", () => {
    for (const q of ["김창록", "Kim Chang Rok", "Gim Chang-rok", "KIM Chang-rok"]) {
      const r = top(q)!;
      expect(r.refs, q).toContain("seed:kim-chang-rok");
    }
    const viaRomanization = top("Kim Chang Rok")!;
    expect(viaRomanization.matched).toMatchObject({ field: "alias", value: "Kim Chang Rok", script: "Latn", official: false });
    const viaHangul = top("김창록")!;
    expect(viaHangul.matched).toMatchObject({ field: "name", value: "김창록", script: "Hang" });
  });

  it("finds a Russian name written in Cyrillic", () => {
    expect(top("ТрансМорФлот")!.refs).toContain("seed:transmorflot");
  });

  it("forgives a typo, another word order and another legal suffix", () => {
    expect(top("PATRIOTT")!.refs).toContain("seed:patriot");
    expect(top("SHIPPING GUDZON")!.refs).toContain("ofac:24451");
    expect(top("Gudzon Shipping Company L.L.C.")!.refs).toContain("ofac:24451");
  });

  it("looks up IMO numbers in any form and reports a wrong check digit instead of searching it", () => {
    for (const q of ["IMO 9003550", "IMO: 9003550", "9003550", "imo9003550"]) {
      const response = search({ q }, t.db);
      expect(response.results[0]?.refs, q).toContain("seed:patriot");
      expect(response.results[0]?.matched, q).toMatchObject({ field: "identifier", type: "imo", value: "9003550" });
    }
    const wrong = search({ q: "IMO 9003551" }, t.db);
    expect(wrong.results).toEqual([]);
    expect(wrong.identifier).toMatchObject({ type: "imo", valid: false });
  });

  it("filters by kind, authority and status, and counts the facets", () => {
    const response = search({ q: "KIM Yong Chol" }, t.db);
    expect(response.facets.kind.find((f) => f.value === "individual")?.count).toBeGreaterThan(0);
    expect(search({ q: "KIM Yong Chol", kind: "vessel" }, t.db).results).toEqual([]);
    expect(search({ q: "PATRIOT", authority: "KR-MOFA" }, t.db).results[0]?.refs).toContain("seed:patriot");
    expect(search({ q: "PATRIOT", status: "delisted" }, t.db).results.map((r) => r.name)).not.toContain("PATRIOT");
  });

  it("returns nothing at or above the threshold for a name on no list", () => {
    const response = search({ q: "Thomas Castellano" }, t.db);
    expect(response.results.filter((r) => r.score >= response.threshold)).toEqual([]);
  });
});

describe("the JSON API", () => {
  const get = (path: string) => searchRoute(new Request(`http://test${path}`));

  it("answers a search with results, total and threshold", async () => {
    const res = get("/api/search?q=PATRIOT&limit=2");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: expect.any(Number), threshold: expect.any(Number) });
    expect(body.results[0]).toMatchObject({ name: "PATRIOT", kind: "vessel", active: true, matched: { field: "name" } });
    expect(body.results.length).toBeLessThanOrEqual(2);
  });

  it("refuses bad parameters with 400 and the validation issues", async () => {
    for (const path of ["/api/search", "/api/search?q=x&limit=500", "/api/search?q=x&kind=ship", "/api/search?q=x&offset=-1"]) {
      const res = get(path);
      expect(res.status, path).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_parameters");
      expect(body.issues.length, path).toBeGreaterThan(0);
    }
  });

  it("gives one entity with its designations and history, 404 for none, 400 for a bad id", async () => {
    const patriotId = top("PATRIOT")!.id;
    const ok = await entityRoute(new Request("http://test"), { params: Promise.resolve({ id: String(patriotId) }) });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ id: patriotId, name: "PATRIOT", identifiers: [{ type: "imo", value: "9003550" }] });
    expect(body.refs).toEqual(expect.arrayContaining(["seed:patriot", "ofac:24508"]));
    expect(body.history.length).toBeGreaterThan(0);
    const missing = await entityRoute(new Request("http://test"), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
    const bad = await entityRoute(new Request("http://test"), { params: Promise.resolve({ id: "abc" }) });
    expect(bad.status).toBe(400);
  });
});

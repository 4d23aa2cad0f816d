import fc from "fast-check";
import { expect, test } from "@playwright/test";

/**
 * Generated addresses against every page and API route of the read-only
 * server: query values that are not UTF-8, control characters, injection
 * payloads, odd numbers and dates, repeated and long parameters, and dynamic
 * segments written the same ways. No answer is a server error; an API's 4xx is
 * JSON with a reason. Sequential requests over one context, bounded runs.
 */

/** Each route with the parameters it reads, and a sample value for its dynamic segment if it has one. */
const ROUTES: { path: string; params: string[] }[] = [
  { path: "/", params: ["asOf", "include"] },
  { path: "/entities", params: ["q", "kind", "authority", "asOf", "status", "page", "sort", "dir"] },
  { path: "/search", params: ["q", "kind", "authority", "program", "country", "status", "asOf", "limit", "offset"] },
  { path: "/history", params: ["from", "to", "page", "category", "include"] },
  { path: "/imports", params: ["list", "page"] },
  { path: "/imports/{id}", params: ["category", "page"] },
  { path: "/entities/{id}", params: ["include"] },
  { path: "/announcements", params: [] },
  { path: "/announcements/{id}", params: [] },
  { path: "/export-controls", params: [] },
  { path: "/export-controls/{id}", params: [] },
  { path: "/sources", params: [] },
  { path: "/signin", params: ["next"] },
  { path: "/api/search", params: ["q", "kind", "authority", "program", "country", "status", "asOf", "limit", "offset"] },
  { path: "/api/entities/{id}", params: ["asOf"] },
  { path: "/api/openapi.json", params: [] },
  { path: "/history/feed.xml", params: ["include"] },
  // The Korean pages: the same routes behind proxy.ts's rewrite.
  { path: "/ko", params: ["asOf"] },
  { path: "/ko/entities", params: ["q", "kind", "asOf", "page"] },
  { path: "/ko/entities/{id}", params: ["include"] },
  { path: "/ko/export-controls/{id}", params: [] },
  { path: "/ko/search", params: ["q", "kind", "asOf"] },
];

/** A query value or a path segment, percent-encoded as a crafted request would send it. */
const encodedValue = fc.oneof(
  fc.constantFrom(
    "%ff",
    "%ff%fe",
    "%c0%af",
    "%e0%80",
    "%ed%a0%80",
    "%",
    "%zz",
    "%00",
    "a%00b",
    "%01%1f%7f",
    "%E2%80%AE",
    "1e309",
    "NaN",
    "-0",
    "0x10",
    "-1",
    "99999999999999999999",
    "2024-02-30",
    "2024-13-01",
    "99999-01-01",
    "1",
    "kr-2024-06-27",
    "kr-russia-belarus-annex-2-2",
  ),
  fc.string({ unit: "binary", maxLength: 30 }).map(encodeURIComponent),
  fc.constantFrom("'; DROP TABLE entities;--", "<script>alert(1)</script>", "한국어", "Иван", "محمد").map(encodeURIComponent),
  // Long, but within what Node reads of a request head (16 KB): longer is Node's own 431 (malformed-urls.spec.ts).
  fc.constantFrom("a", "%ff", "가").map((s) => encodeURIComponent(s).replace(/%25/g, "%").repeat(2_000)),
);

const address = fc
  .record({
    route: fc.constantFrom(...ROUTES),
    segment: encodedValue,
    pairs: fc.array(fc.tuple(fc.nat(), encodedValue), { maxLength: 4 }),
    repeat: fc.boolean(),
  })
  .map(({ route, segment, pairs, repeat }) => {
    const path = route.path.replace("{id}", segment);
    const names = route.params.length ? route.params : ["x"];
    const query = pairs.map(([i, v]) => `${names[i % names.length]}=${v}`);
    if (repeat && query[0]) query.push(query[0].replace(/=.*/, "=again"));
    return query.length ? `${path}?${query.join("&")}` : path;
  });

test("generated addresses: never a server error; an API's refusal is JSON with a reason", async ({ request }) => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(address, async (url) => {
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      expect(status, url.slice(0, 200)).toBeLessThan(500);
      if (url.startsWith("/api/") && status >= 400 && status !== 431) {
        const body = (await response.json()) as { reason?: unknown };
        expect(typeof body.reason, url.slice(0, 200)).toBe("string");
      }
    }),
    { numRuns: 60 },
  );
});

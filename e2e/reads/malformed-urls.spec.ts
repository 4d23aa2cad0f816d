import { expect, test } from "@playwright/test";

const script = encodeURIComponent("<script>alert(1)</script>");

/** The page's top heading, read from the HTML the server sent. */
const h1Of = (html: string) =>
  /<h1\b[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, "")
    .trim();

/**
 * Status and heading are the server's answer, read over HTTP: a browser would
 * only add time. Markup in a value is the exception, loaded in Chromium so
 * that a script it injected would open a dialog.
 */
test.describe("malformed addresses never give a server error", () => {
  for (const url of [`/entities?kind=${script}`, `/history?category=${script}`]) {
    test(`${url.slice(0, 60)} is shown, the markup inert`, async ({ page }) => {
      page.on("dialog", (dialog) => {
        throw new Error(`a dialog opened (injected script?): ${dialog.message()}`);
      });
      const response = await page.goto(url);
      expect(response?.status()).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  for (const url of [
    "/entities?page=-1",
    "/entities?asOf=2024-13-40",
    "/history?page=abc",
    // Bytes that are not UTF-8, control characters, repeated and very long values.
    "/search?q=%ff",
    "/search?q=a%00b",
    "/search?q=a&q=b",
    "/entities?kind=%ff",
    "/entities?q=%01%02",
    `/entities?q=${"x".repeat(8_000)}`,
    "/history?category=%ff,%fe",
    "/?asOf=%ff",
  ]) {
    test(`${url.slice(0, 60)} is shown, the bad value ignored`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(h1Of(await response.text())).toMatch(/\S/);
    });
  }

  for (const url of [
    "/entities/999999",
    "/entities/abc",
    "/announcements/nope",
    "/export-controls/nope",
    // Percent-encoding that is not UTF-8 in a dynamic segment: Next.js alone answers these with a bare 500.
    "/entities/%ff",
    "/export-controls/%ff",
    "/announcements/%e0%80",
    "/imports/%",
    "/entities/%zz",
    // Admin addresses too: the address is refused before anyone is asked to sign in.
    "/admin/entities/%ff",
    "/admin/export-controls/%ff/revisions/new",
  ]) {
    test(`${url} is a 404`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      expect(h1Of(await response.text())).toBe("Not found");
    });
  }
});

test.describe("bad values in a page's query are named in a notice", () => {
  for (const [url, name] of [
    ["/search?q=%ff", "q"],
    ["/entities?kind=%ff", "kind"],
    ["/entities?q=a%00b", "q"],
  ] as const) {
    test(`${url}: the notice names ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole("status").filter({ hasText: `Ignored ${name}=` })).toBeVisible();
    });
  }
});

test.describe("the API answers a bad or unknown address or a bad parameter with a JSON 4xx and its reason", () => {
  for (const [url, status] of [
    ["/api/entities/%ff", 400],
    ["/api/entities/%", 400],
    ["/api/search?q=%ff%fe", 400],
    ["/api/search?q=a%00b", 400],
    ["/api/entities/1?asOf=%ff", 400],
    ["/api/no-such-route", 404],
    ["/api/export/%ff/x", 400],
  ] as const) {
    test(url, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(status);
      expect(response.headers()["content-type"]).toContain("application/json");
      const body = (await response.json()) as { error: string; reason: string };
      expect(body.error).toMatch(/^(invalid_|not_found)/);
      expect(body.reason).toMatch(/\S/);
    });
  }

  test("a repeated parameter counts once, by its first value", async ({ request }) => {
    const body = (await (await request.get("/api/search?q=patriot&q=other&limit=1")).json()) as { query: string };
    expect(body.query).toBe("patriot");
  });

  test("a trailing slash redirects with the query as it came, however long (a fast-check case)", async ({ request }) => {
    const query = `x=${"%ff".repeat(2_000)}`;
    const response = await request.get(`/export-controls/?${query}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe(`/export-controls?${query}`);
    const korean = await request.get("/ko/entities/?q=kim", { maxRedirects: 0 });
    expect(korean.headers()["location"]).toBe("/ko/entities?q=kim");
  });

  test("an undecodable address with a long undecodable query is a 404 with a head clients can read (a fast-check case)", async ({
    request,
  }) => {
    const response = await request.get(`/export-controls/%ff?x=${"%ff".repeat(2_000)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const korean = await request.get(`/ko/entities?q=${"%ff".repeat(2_000)}`);
    expect(korean.status()).toBe(200);
  });

  test("a value longer than the server reads in a request line is refused with a 4xx", async ({ request }) => {
    const response = await request.get(`/api/search?q=${"a".repeat(100_000)}`);
    // Node's HTTP parser refuses the request head (431) before the app sees it: no JSON is possible there.
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
});

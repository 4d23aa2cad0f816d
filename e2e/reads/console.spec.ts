import { PUBLIC_PAGES } from "../fixtures/public-pages";
import { expect, test, type Page } from "@playwright/test";

/**
 * A console error on a public page is a fault a reader sees in their browser's
 * tools (a missing favicon, a hydration mismatch, a failed script): every
 * public page loads without one.
 */
const PAGES = [...PUBLIC_PAGES, "/search?q=Putin"];

const SETTLE_MS = 5_000;

/**
 * Loads `path` and lets the network settle (hydration and prefetches log
 * their errors after load), collecting every error. Settling is bounded, not
 * required: the footer's <Link> to the feed prefetches a route handler, a
 * request Chromium can hold open for the page's life.
 */
async function errorsOn(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${path}: console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`${path}: page error: ${error.message}`));
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle", { timeout: SETTLE_MS }).catch(() => undefined);
  return errors;
}

test.describe("no console errors on public pages", () => {
  for (const path of PAGES) {
    test(`${path} logs no error`, async ({ page }) => {
      expect(await errorsOn(page, path)).toEqual([]);
    });
  }

  test("an entity page (PATRIOT) logs no error", async ({ page, request }) => {
    const found = await (await request.get("/api/search?q=PATRIOT")).json();
    expect(await errorsOn(page, `/entities/${found.results[0].id}`)).toEqual([]);
  });

  test("the icons are served", async ({ request }) => {
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
    }
  });
});

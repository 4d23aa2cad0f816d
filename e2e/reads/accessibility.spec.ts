import { PUBLIC_PAGES } from "../fixtures/public-pages";
import { expect, test, type Page } from "@playwright/test";
import { violations } from "../fixtures/axe";

/**
 * Every public page, loaded once: no accessibility violation (axe, WCAG 2 A
 * and AA) and no console error. A console error is a fault a reader sees in
 * their browser's tools (a missing favicon, a hydration mismatch, a failed
 * script).
 */
const PAGES = [...PUBLIC_PAGES, "/search?q=%EA%B9%80%EC%98%81%EC%B2%A0", "/search?q=Putin"];

/** Collects the page's console errors and uncaught exceptions from now on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

test.describe("public pages: no accessibility violation, no console error", () => {
  for (const path of PAGES) {
    test(`${path} is clean`, async ({ page }) => {
      const errors = collectErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // The scan takes seconds, in which the page hydrates and prefetches: their errors are in by its end.
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test("an entity page (PATRIOT) is clean", async ({ page }) => {
    await page.goto("/entities?q=PATRIOT");
    const errors = collectErrors(page);
    await page.getByRole("table").getByRole("link", { name: "PATRIOT", exact: true }).click();
    await page.waitForURL(/\/entities\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "PATRIOT" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("an entity page with Hangul names (김창록) is clean", async ({ page }) => {
    await page.goto(`/entities?q=${encodeURIComponent("김창록")}`);
    const errors = collectErrors(page);
    await page.getByRole("table").getByRole("link", { name: "김창록", exact: true }).click();
    await page.waitForURL(/\/entities\/\d+$/);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the 404 page has no violations", async ({ page }) => {
    const response = await page.goto("/entities/999999");
    expect(response?.status()).toBe(404);
    expect(await violations(page)).toEqual([]);
  });

  test("the icons are served", async ({ request }) => {
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
    }
  });
});

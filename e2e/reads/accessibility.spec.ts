import { PUBLIC_PAGES } from "../fixtures/public-pages";
import { expect, test } from "@playwright/test";
import { violations } from "../fixtures/axe";

const PAGES = [...PUBLIC_PAGES, "/search?q=%EA%B9%80%EC%98%81%EC%B2%A0"];

test.describe("accessibility (axe, WCAG 2 A/AA)", () => {
  for (const path of PAGES) {
    test(`${path} has no violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await violations(page)).toEqual([]);
    });
  }

  test("an entity page (PATRIOT) has no violations", async ({ page }) => {
    await page.goto("/entities?q=PATRIOT");
    await page.getByRole("table").getByRole("link", { name: "PATRIOT", exact: true }).click();
    await page.waitForURL(/\/entities\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "PATRIOT" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("an entity page with Hangul names (김창록) has no violations", async ({ page }) => {
    await page.goto(`/entities?q=${encodeURIComponent("김창록")}`);
    await page.getByRole("table").getByRole("link", { name: "김창록", exact: true }).click();
    await page.waitForURL(/\/entities\/\d+$/);
    expect(await violations(page)).toEqual([]);
  });

  test("the 404 page has no violations", async ({ page }) => {
    const response = await page.goto("/entities/999999");
    expect(response?.status()).toBe(404);
    expect(await violations(page)).toEqual([]);
  });
});

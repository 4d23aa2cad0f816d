import { PUBLIC_PAGES } from "../fixtures/public-pages";
import { expect, test, type Page } from "@playwright/test";
import { violations } from "../fixtures/axe";
import { expectFitsPhone, overflowing, phonePage, PHONE } from "../fixtures/narrow";

/**
 * Every public page at phone width (390 px): nothing cut off, nothing
 * scrolling the page sideways; tables stack their rows as cards. One page is
 * reused for the whole file, so the checks cost a navigation each.
 */
const PAGES = [
  ...PUBLIC_PAGES,
  "/entities?asOf=2020-01-01",
  // PATRIOT, a vessel: designations with reasons.
  "/entities/1",
  // HAJI BASIR AND ZARJMIL COMPANY HAWALA: many names, details and designations.
  "/entities/4395",
  // SAND SWAN, a vessel with its identifiers and details.
  "/entities/117",
  "/search?q=Kim%20Jong%20Un",
  "/search?q=Putin",
];

let page: Page;
test.beforeAll(async ({ browser }, info) => {
  page = await phonePage(browser, info.project.use.baseURL);
});
test.afterAll(async () => {
  await page.context().close();
});

test.describe(`at ${PHONE.width} px`, () => {
  for (const path of PAGES) {
    test(`${path} fits the width`, async () => {
      await expectFitsPhone(page, path);
    });
  }

  test("an entity's designations show Delisted, Reason and Sources within the window, stacked accessibly", async () => {
    await page.goto("/entities/1");
    const designations = page.getByRole("region", { name: "Designations" });
    const row = designations
      .getByRole("row")
      .filter({ has: page.getByRole("cell") })
      .first();
    for (const [column, value] of [
      ["Delisted", /—|\d{4}/],
      ["Reason", /\w/],
      ["Sources", /\w/],
    ] as const) {
      const cell = row.locator(`td[data-label="${column}"]`);
      await expect(cell, column).toBeVisible();
      await expect(cell, column).toHaveText(value);
      const box = await cell.boundingBox();
      expect(box, column).not.toBeNull();
      expect(box!.x, column).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, column).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await overflowing(page)).toEqual([]);
    // The stacked cards (labels drawn by CSS, column headers visually hidden) pass the same checks as the wide table.
    expect(await violations(page)).toEqual([]);
  });
});

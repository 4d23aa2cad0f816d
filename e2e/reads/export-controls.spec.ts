import { expect, test, type Locator } from "@playwright/test";

/** A number written on its own (1,402, not part of 11,402 or 1,4021). */
const figure = (n: string) => new RegExp(`(?<![\\d,])${n}(?![\\d]|,\\d)`);

async function visibleText(locator: Locator, text: string): Promise<boolean> {
  const hits = locator.getByText(figure(text));
  const count = await hits.count();
  for (let i = 0; i < count; i++) if (await hits.nth(i).isVisible()) return true;
  return false;
}

test.describe("export controls", () => {
  test("the list page shows the Annex 2-2 totals 57, 798, 1,159 and 1,402", async ({ page }) => {
    const response = await page.goto("/export-controls");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const main = page.getByRole("main");
    for (const n of ["57", "798", "1,159", "1,402"]) {
      await expect(main.getByText(figure(n)).first(), `${n} on /export-controls`).toBeVisible();
    }
  });

  test("the detail page shows the current total 1,402", async ({ page }) => {
    const response = await page.goto("/export-controls/kr-russia-belarus-annex-2-2");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByText(figure("1,402")).first()).toBeVisible();
  });

  test("the conflicting reported figure 1,139 is shown (list or detail page)", async ({ page }) => {
    await page.goto("/export-controls");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const onList = await visibleText(page.getByRole("main"), "1,139");
    await page.goto("/export-controls/kr-russia-belarus-annex-2-2");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const onDetail = await visibleText(page.getByRole("main"), "1,139");
    expect(onList || onDetail, "1,139 visible on /export-controls or its Annex 2-2 page").toBe(true);
  });
});

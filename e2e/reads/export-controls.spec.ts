import { expect, test, type Locator } from "@playwright/test";
import { figure } from "../fixtures/figures";

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

  test("/export-controls shows the reported 1,139 beside the official 1,159, with its source", async ({ page }) => {
    await page.goto("/export-controls");
    const annex = page.getByRole("region", { name: /Annex 2-2/ });
    const report = annex.getByRole("listitem").filter({ hasText: figure("1,139") });
    await expect(report).toBeVisible();
    await expect(report).toContainText("the official previous total is 1,159");
    await expect(report).toContainText("1,139 + 243 = 1,382, not 1,402");
    await expect(report.locator("cite")).toHaveText(/South Korean Government has announced/);
    await expect(report.getByRole("link", { name: "Effective 2024-09-09" })).toHaveAttribute(
      "href",
      /^\/export-controls\/kr-russia-belarus-annex-2-2#revision-\d+$/,
    );
  });

  test("the 2024-02-24 revision reads as a restatement (count basis changed), not as figures that do not add up", async ({ page }) => {
    const restated = "798 items plus 682 added, counted as 1,159 HS 6-digit codes";

    await page.goto("/export-controls");
    const row = page
      .getByRole("region", { name: /Annex 2-2/ })
      .getByRole("row")
      .filter({ hasText: "2024-02-24" });
    await expect(row).toContainText("Count basis changed");
    await expect(row).toContainText(restated);
    await expect(row).not.toContainText(/does not add up/i);
    await expect(page.getByRole("main").getByText("Does not add up", { exact: true })).toHaveCount(0);

    await page.goto("/export-controls/kr-russia-belarus-annex-2-2");
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Count basis changed" })).toContainText(`Effective 2024-02-24: ${restated}.`);
    const revision = main.getByRole("region", { name: /^Effective 2024-02-24/ });
    await expect(revision).toContainText(restated);
    await expect(revision).toContainText(
      "Not an arithmetic error: from this revision the list is counted in HS 6-digit codes instead of items",
    );
    await expect(revision).not.toContainText("1,480");
    // The discrepancies are the reported 1,139 alone; the restatement is not among them.
    const discrepancies = main.getByRole("region", { name: "Discrepancies" });
    await expect(discrepancies.getByRole("listitem")).toHaveCount(1);
    await expect(discrepancies).toContainText("1,139");
    await expect(main.getByText("Does not add up", { exact: true })).toHaveCount(0);
    await expect(main.getByRole("img", { name: /1,159 from 2024-02-24 \(counted as HS 6-digit codes from then\)/ })).toBeVisible();
  });
});

import { expect, test } from "@playwright/test";
import { countsRow } from "../fixtures/figures";

test.describe("announcement page", () => {
  test("kr-2024-06-27: every declared designation was entered (4/4, 5/5, 8/8)", async ({ page }) => {
    const response = await page.goto("/announcements/kr-2024-06-27");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    for (const [kind, n] of [
      ["Vessels", "4"],
      ["Organizations", "5"],
      ["Individuals", "8"],
    ] as const) {
      const row = countsRow(page, kind);
      await expect(row).toHaveCount(1);
      // Declared n, entered n.
      await expect(row.getByRole("cell", { name: n, exact: true })).toHaveCount(2);
    }
    // The designated entities are listed and linked.
    await expect(page.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
  });

  test("the announcements list links to the announcement", async ({ page }) => {
    await page.goto("/announcements");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Other tests enter rounds of their own: pick the default data's by its address.
    await page.getByRole("table").locator('a[href="/announcements/kr-2024-06-27"]').first().click();
    await page.waitForURL("**/announcements/kr-2024-06-27");
    await expect(countsRow(page, "Vessels")).toHaveCount(1);
  });
});

import { expect, test, type Page } from "@playwright/test";

/** Opens an entity's page the way a reader does: search by name, follow the link. */
async function openEntity(page: Page, name: string) {
  await page.goto(`/entities?q=${encodeURIComponent(name)}`);
  await page.getByRole("table").getByRole("link", { name, exact: true }).click();
  await page.waitForURL(/\/entities\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The part of the designations section that belongs to one authority (its heading and its table). */
function authorityGroup(page: Page, code: string) {
  const section = page.getByRole("region", { name: "Designations" });
  return section
    .locator("div, section, article")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^${code}\\b`) }) })
    .filter({ has: page.getByRole("table") })
    .last();
}

test.describe("entity pages", () => {
  test("PATRIOT: IMO 9003550 with a valid check digit, designated by KR-MOFA and US-OFAC", async ({ page }) => {
    await openEntity(page, "PATRIOT");

    await expect(page.getByText("9003550").first()).toBeVisible();
    await expect(page.getByText(/check digit valid/i).first()).toBeVisible();
    await expect(page.getByText(/check digit invalid/i)).toHaveCount(0);

    const kr = authorityGroup(page, "KR-MOFA");
    await expect(kr.getByRole("table")).toContainText("2024-07-01");
    const ofac = authorityGroup(page, "US-OFAC");
    await expect(ofac.getByRole("table")).toContainText("2018-08-21");
    await expect(ofac.getByRole("table")).toContainText("DPRK4");

    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  });

  test("a Hangul name shows its romanization, marked unofficial", async ({ page }) => {
    await openEntity(page, "김창록");
    const row = page.getByRole("row").filter({ hasText: "Kim Chang Rok" });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("unofficial", { exact: true })).toBeVisible();
  });

  test("the list as of 2024-06-01 has PATRIOT but not 김창록 (designated from 2024-07-01)", async ({ page }) => {
    const response = await page.goto("/entities?asOf=2024-06-01&q=PATRIOT");
    expect(response?.status()).toBe(200);
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
    // PATRIOT was in force by US-OFAC only; KR-MOFA came later.
    const patriot = table.getByRole("row").filter({ has: page.getByRole("link", { name: "PATRIOT", exact: true }) });
    await expect(patriot).toContainText("US-OFAC");
    await expect(patriot).not.toContainText("KR-MOFA");

    await page.goto(`/entities?asOf=2024-06-01&q=${encodeURIComponent("김창록")}`);
    await expect(page.getByRole("link", { name: "김창록" })).toHaveCount(0);
    await page.goto(`/entities?asOf=2024-07-01&q=${encodeURIComponent("김창록")}`);
    await expect(page.getByRole("table").getByRole("link", { name: "김창록", exact: true })).toBeVisible();
  });
});

import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows the designations in force by kind and by authority", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const figures = page.getByRole("region", { name: "Designations in force" });
    await expect(figures).toBeVisible();
    // The default data: 47 designations in force on 31 entities.
    await expect(figures).toContainText(/47\s*All designations in force/);
    for (const [kind, designations, entities] of [
      ["Vessels", 18, 8],
      ["Organizations", 14, 9],
      ["Individuals", 15, 14],
    ] as const) {
      await expect(figures.getByRole("link", { name: kind, exact: true })).toBeVisible();
      await expect(figures).toContainText(new RegExp(`${designations}\\s*${kind}\\s*·\\s*${entities} entities`));
    }

    const byAuthority = figures.getByRole("table", { name: "By authority" });
    await expect(byAuthority).toBeVisible();
    for (const [code, designations, entities] of [
      ["KR-MOFA", "27", "27"],
      ["EU", "10", "10"],
      ["US-OFAC", "8", "8"],
      ["UK", "2", "2"],
    ] as const) {
      const row = byAuthority.getByRole("row").filter({ has: page.getByRole("link", { name: code, exact: true }) });
      await expect(row.getByRole("cell")).toHaveText([new RegExp(`^${code}\\b`), designations, entities]);
    }
  });

  test("shows the export-control total written 1,402", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("1,402").first()).toBeVisible();
  });

  test("looks up a name from the name box", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Look up a name" });
    await box.fill("PATRIOT");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/entities" && url.searchParams.get("q") === "PATRIOT");
    await expect(page.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
  });
});

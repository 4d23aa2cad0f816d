import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("shows the designations in force by kind and by authority", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const figures = page.getByRole("region", { name: "Designations in force" });
    await expect(figures).toBeVisible();
    for (const kind of ["Vessels", "Organizations", "Individuals"]) {
      await expect(figures.getByRole("link", { name: kind, exact: true })).toBeVisible();
    }

    const byAuthority = figures.getByRole("table", { name: "By authority" });
    await expect(byAuthority).toBeVisible();
    // The default facts alone speak for Korea, the EU and the UK; the imported lists add the US and the UN.
    for (const [code, designations, entities] of [
      ["KR-MOFA", "27", "27"],
      ["EU", "10", "10"],
      ["UK", "2", "2"],
    ] as const) {
      const row = byAuthority.getByRole("row").filter({ has: page.getByRole("link", { name: code, exact: true }) });
      // The last column names the data the figures rest on: for these, the tracker's sourced facts.
      await expect(row.getByRole("cell")).toHaveText([new RegExp(`^${code}\\b`), designations, entities, /sourced facts/]);
    }
    const us = byAuthority.getByRole("row").filter({ has: page.getByRole("link", { name: "US-OFAC", exact: true }) });
    await expect(us.getByRole("cell").nth(1)).toHaveText(/^\d{1,3}(,\d{3})+$/);
    await expect(us.getByRole("cell").nth(3)).toContainText("2023-12-28");

    // The headline total is the sum of the designations by authority.
    const cells = await byAuthority.locator("tbody tr td:nth-child(2)").allTextContents();
    const sum = cells.reduce((n, c) => n + Number(c.replace(/,/g, "")), 0);
    await expect(figures).toContainText(new RegExp(`${sum.toLocaleString("en-US")}\\s*All designations in force`));
  });

  test("shows the export-control total written 1,402", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("1,402").first()).toBeVisible();
  });

  test("flags the reported 1,139 as Annex 2-2's one discrepancy, and its change of count basis as a restatement, not an error", async ({
    page,
  }) => {
    await page.goto("/");
    const controls = page.getByRole("region", { name: "Export controls" });
    const annex = controls.getByRole("listitem").filter({ hasText: "Annex 2-2" });
    await expect(annex.getByRole("link", { name: "1 discrepancy" })).toHaveAttribute(
      "href",
      "/export-controls/kr-russia-belarus-annex-2-2#discrepancies",
    );
    await expect(annex.getByRole("link", { name: "count basis changed once" })).toHaveAttribute(
      "href",
      "/export-controls/kr-russia-belarus-annex-2-2#restatements",
    );
    await expect(controls).not.toContainText(/does not add up/i);
  });

  test("looks up a name from the name box", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Look up a name" });
    await box.fill("PATRIOT");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "PATRIOT");
    await expect(page.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
  });
});

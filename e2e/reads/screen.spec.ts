import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

/**
 * /screen on the default data: names pasted or a CSV chosen, screened through
 * POST /api/match from the browser, the results shown and downloaded.
 */

const results = (page: Page) => page.getByRole("table", { name: "Screening results, one row per input" });

test.describe("screening a list", () => {
  test("pasted names: one row each, the listed vessel matched with its reasons and designations, an unknown name not", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto("/screen");
    await page.getByLabel("Names, one per line").fill("PATRIOT\nZzyzx Qwerty Bakery\n<img src=x onerror=alert(1)>");
    await page.getByRole("button", { name: "Screen" }).click();
    await expect(page.getByRole("status")).toHaveText("3 of 3 screened");
    const rows = results(page).locator("tbody tr");
    await expect(rows).toHaveCount(3);

    const patriot = rows.nth(0);
    await expect(patriot.getByRole("cell").nth(1)).toHaveText("PATRIOT");
    await expect(patriot.getByRole("link", { name: "PATRIOT" }).first()).toHaveAttribute("href", /^\/entities\/\d+$/);
    await expect(patriot.getByText(/· Match$/).first()).toBeVisible();
    await expect(patriot.getByRole("list", { name: "Why" }).first()).toBeVisible();
    await expect(patriot.getByText(/Designations: .*US-OFAC/).first()).toBeVisible();

    await expect(rows.nth(1).getByText(/· Match$/)).toHaveCount(0);
    // Markup typed as a name is text.
    await expect(rows.nth(2).getByRole("cell").nth(1)).toHaveText("<img src=x onerror=alert(1)>");
    expect(dialogs).toEqual([]);
  });

  test("a CSV file: its rows screened, bad rows named, the results downloaded as CSV with formulas neutralized", async ({ page }) => {
    await page.goto("/screen");
    await page.getByLabel("Or a CSV file").setInputFiles({
      name: "counterparties.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Name,Type,IMO\r\nPATRIOT,vessel,9003550\r\n,,\r\nSomebody,robot,\r\n=HYPERLINK(1),organization,\r\n"),
    });
    await page.getByRole("button", { name: "Screen" }).click();
    await expect(page.getByRole("status")).toHaveText("2 of 2 screened");
    await expect(page.getByRole("heading", { name: "Rows not screened" })).toBeVisible();
    await expect(page.getByText('Row 4: kind "robot" is not individual, organization, vessel or aircraft.')).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download results (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^screening-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), "utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("row,input_name,matched_entity,entity_url,score,match,explanation,designations,threshold");
    expect(lines.some((l) => /^2,PATRIOT,PATRIOT,http:\/\/[^,]+\/entities\/\d+,1\.000,true,/.test(l))).toBe(true);
    // The formula typed as a name is written as text.
    expect(lines.some((l) => l.startsWith(`5,"'=HYPERLINK(1)"`))).toBe(true);
  });

  test("a file without a name column is refused with the columns it has", async ({ page }) => {
    await page.goto("/screen");
    await page.getByLabel("Or a CSV file").setInputFiles({
      name: "wrong.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("customer_id,city\n1,Seoul\n"),
    });
    await page.getByRole("button", { name: "Screen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "no name column" })).toHaveText(/no name column.*customer_id, city/);
    await expect(results(page)).toHaveCount(0);
  });
});

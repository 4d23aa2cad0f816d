import { expect, test } from "@playwright/test";

test("the API documentation shows inline code as code, never raw Markdown", async ({ page }) => {
  await page.goto("/api-docs");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "GET /api/search" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "POST /api/match", exact: true })).toBeVisible();
  expect(await main.innerText()).not.toContain("`");
  // "`threshold` is the default score…" in the search description.
  await expect(main.locator("p code", { hasText: /^threshold$/ }).first()).toBeVisible();
});

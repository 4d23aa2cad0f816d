import { expect, test } from "@playwright/test";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";

test("the API documentation shows inline code as code, never raw Markdown", async ({ page }) => {
  await page.goto("/api-docs");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "GET /api/search" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "POST /api/match", exact: true })).toBeVisible();
  expect(await main.innerText()).not.toContain("`");
  // "`threshold` is the default score…" in the search description.
  await expect(main.locator("p code", { hasText: /^threshold$/ }).first()).toBeVisible();
});

test("/ko/api-docs shows the API's prose in Korean, its paths, names and codes as they are", async ({ page }) => {
  await page.goto("/ko/api-docs");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "GET /api/search" })).toBeVisible();
  const text = await main.innerText();
  expect(text).toContain(ko.apiDocs.openapi.intro);
  expect(text).not.toContain(en.apiDocs.openapi.intro);
  expect(text).not.toContain(en.apiDocs.openapi.operations.search.summary);
  // The Type column's bounds: q at most 200 characters, limit 1 to 100 by default 20.
  expect(text).toContain(ko.apiDocs.bounds.maxLength("200"));
  expect(text).toContain(ko.apiDocs.bounds.defaultValue("20"));
  expect(text).not.toMatch(/at most|default \d/);
  expect(text).not.toContain("`");
  await expect(main.locator("p code", { hasText: /^threshold$/ }).first()).toBeVisible();
});

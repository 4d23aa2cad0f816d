import { expect, test } from "@playwright/test";

/** Types into the search box and waits for the URL (and so the results) to follow. */
async function searchFor(page: import("@playwright/test").Page, q: string) {
  await page.goto("/search");
  const box = page.getByRole("searchbox", { name: "Name or identifier" });
  await box.fill(q);
  await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === q);
  return page.getByRole("region", { name: "Results" });
}

test.describe("search", () => {
  test("a Hangul name finds the same person listed in Latin letters, as you type", async ({ page }) => {
    const results = await searchFor(page, "김영철");
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "KIM, Yong Chol" })).toBeVisible();
    await expect(first).toContainText("match");
    await expect(first).toContainText("un:KPi.024");
  });

  test("a Cyrillic name finds its Latin listing", async ({ page }) => {
    const results = await searchFor(page, "Дерипаска Олег Владимирович");
    await expect(results.getByRole("listitem").first().getByRole("link", { name: "DERIPASKA, Oleg Vladimirovich" })).toBeVisible();
  });

  test("a typo still finds the vessel, with what matched marked", async ({ page }) => {
    const results = await searchFor(page, "PATRIOTT");
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
    await expect(first.locator("mark")).toHaveText("PATRIOT");
  });

  test("an IMO number finds the vessel; a wrong check digit is reported", async ({ page }) => {
    await page.goto("/search?q=IMO%209003550");
    const first = page.getByRole("region", { name: "Results" }).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "PATRIOT", exact: true })).toBeVisible();
    await expect(first).toContainText("matched the identifier");

    await page.goto("/search?q=IMO%209003551");
    await expect(page.getByRole("alert").filter({ hasText: "IMO 9003551" })).toContainText("IMO 9003551 fails its check digit");
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem")).toHaveCount(0);
  });

  test("a facet narrows the results and stays in the URL", async ({ page }) => {
    await page.goto("/search?q=KIM%20Yong%20Chol");
    await page
      .getByRole("navigation", { name: "Narrow the results" })
      .getByRole("link", { name: /^UN-1718/ })
      .click();
    await page.waitForURL((url) => url.searchParams.get("authority") === "UN-1718");
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toContainText("UN-1718");
  });

  test("a surname alone ranks the person first and says it matched the surname only, with no threshold verdict", async ({ page }) => {
    for (const q of ["Putin", "Путин"]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      const results = page.getByRole("region", { name: "Results" });
      await expect(results.getByRole("listitem").first().getByRole("link", { name: "PUTIN, Vladimir Vladimirovich" })).toBeVisible();
      await expect(results.getByRole("status")).toContainText("The best result matches the surname only");
      await expect(results.getByRole("listitem").first()).toContainText("surname only");
      await expect(page.getByText(/threshold/)).toHaveCount(0);
      await expect(page.getByText("weaker result")).toHaveCount(0);
    }
  });

  test("the JSON link under the results asks the API the same query, filters and day", async ({ page, request }) => {
    await page.goto("/search?q=KIM%20Yong%20Chol&authority=UN-1718&asOf=2020-01-01");
    const link = page.getByRole("region", { name: "Results" }).getByRole("link", { name: /^\/api\/search\?/ });
    const href = await link.getAttribute("href");
    const url = new URL(href ?? "", "http://x");
    expect(url.pathname).toBe("/api/search");
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: "KIM Yong Chol", authority: "UN-1718", asOf: "2020-01-01" });
    const answer = await request.get(href ?? "");
    expect(answer.status()).toBe(200);
    expect((await answer.json()).threshold).toEqual(expect.any(Number));
  });

  test("the API answers JSON and refuses a bad limit", async ({ request }) => {
    const ok = await request.get("/api/search?q=PATRIOT");
    expect(ok.status()).toBe(200);
    expect((await ok.json()).results[0].name).toBe("PATRIOT");
    const bad = await request.get("/api/search?q=PATRIOT&limit=1000");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toBe("invalid_parameters");
    const doc = await request.get("/api/openapi.json");
    expect((await doc.json()).paths["/api/search"]).toBeDefined();
  });
});

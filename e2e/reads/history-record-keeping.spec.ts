import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Changes in the world first (docs/decisions/0008): /history, the home page's
 * latest changes, entity timelines and the Atom feed open with designations and
 * delistings by the date they happened, not with the import's bookkeeping; a
 * toggle (`?include=record`) adds the tracker's record keeping.
 */

/** Bookkeeping as it reads in a change list. */
const BOOKKEEPING =
  /New source for the designation|Record created|merged into this record|Possibly the same as|list entry|first seen|record keeping/;

const entries = (page: Page): Locator => page.getByRole("region", { name: "Changes" }).locator("ol.timeline > li");

/** The date an entry is shown at. */
const dateOf = async (entry: Locator) => entry.locator("time").first().getAttribute("datetime");

test.describe("changes in the world and record keeping", () => {
  test("/history opens with designations and delistings, newest first by the date they happened", async ({ page }) => {
    await page.goto("/history");
    await expect(page.getByText(/Changes in the world only/)).toBeVisible();
    const first = entries(page);
    await expect(first.first()).toBeVisible();
    const texts = (await first.allInnerTexts()).slice(0, 10);
    expect(texts).toHaveLength(10);
    for (const text of texts) {
      expect(text).toMatch(/Designated by|Delisted by/);
      expect(text).not.toMatch(BOOKKEEPING);
    }
    const dates = await Promise.all((await first.all()).slice(0, 10).map(dateOf));
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest: designations by the UN listed in 2026, not the day the lists were imported.
    expect(dates[0]).toMatch(/^2026-02-/);
  });

  test("the toggle adds record keeping, marked as such, and takes it away again", async ({ page }) => {
    await page.goto("/history");
    await page.getByRole("checkbox", { name: "Include record keeping" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL((url) => url.pathname === "/history" && url.searchParams.get("include") === "record");
    await expect(page.getByRole("checkbox", { name: "Include record keeping" })).toBeChecked();
    const marked = entries(page).filter({ hasText: "record keeping" });
    await expect(marked.first()).toBeVisible();
    await expect(entries(page).filter({ hasText: BOOKKEEPING }).first()).toBeVisible();
    // Kept when paging.
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" })).toHaveAttribute(
      "href",
      /include=record/,
    );

    await page.getByRole("link", { name: "Show changes in the world only" }).click();
    await page.waitForURL((url) => url.pathname === "/history" && !url.searchParams.has("include"));
    await expect(entries(page).first()).toBeVisible();
    await expect(entries(page).filter({ hasText: "record keeping" })).toHaveCount(0);

    await page.getByRole("link", { name: "Show record keeping too" }).click();
    await page.waitForURL((url) => url.searchParams.get("include") === "record");
    await expect(entries(page).filter({ hasText: "record keeping" }).first()).toBeVisible();
  });

  test("picking only the entity records category shows them, and says record keeping is included", async ({ page }) => {
    await page.goto("/history?category=entity");
    await expect(page.getByText(/record keeping is included/)).toBeVisible();
    await expect(entries(page).filter({ hasText: "record keeping" }).first()).toBeVisible();
    await expect(page.getByText("No changes match these filters.")).toHaveCount(0);
  });

  test("the home page's latest changes are changes in the world", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Latest changes" });
    const items = latest.locator("ol.timeline > li");
    await expect(items.first()).toBeVisible();
    for (const text of await items.allInnerTexts()) {
      expect(text).toMatch(/Designated by|Delisted by/);
      expect(text).not.toMatch(BOOKKEEPING);
    }
    await expect(latest.getByRole("link", { name: "With record keeping" })).toHaveAttribute("href", "/history?include=record");
  });

  test("PATRIOT's timeline opens with its 2024 designation; record keeping on request, at its own date", async ({ page }) => {
    await page.goto("/search?q=PATRIOT");
    await page.getByRole("link", { name: "PATRIOT", exact: true }).first().click();
    await page.waitForURL(/\/entities\/\d+$/);
    const timeline = page.getByRole("region", { name: "Timeline" });
    const items = timeline.locator("ol.timeline > li");
    await expect(items.first()).toContainText("Designated by KR-MOFA");
    expect(await dateOf(items.first())).toMatch(/^2024/);
    await expect(timeline).not.toContainText("Record created");

    await timeline.getByRole("link", { name: "Show record keeping too" }).click();
    await page.waitForURL((url) => url.searchParams.get("include") === "record");
    const created = items.filter({ hasText: "Record created" });
    await expect(created).toHaveCount(1);
    await expect(created).toContainText("record keeping");
    // Every entry at its own date, newest first.
    const dates = await Promise.all((await items.all()).map(dateOf));
    expect(dates).toEqual([...dates].sort().reverse());

    await timeline.getByRole("link", { name: "Show changes in the world only" }).click();
    await page.waitForURL((url) => !url.searchParams.has("include"));
    await expect(timeline).not.toContainText("Record created");
  });

  test("the Atom feed holds changes in the world, and record keeping with include=record", async ({ request }) => {
    const world = await (await request.get("/history/feed.xml")).text();
    const titles = [...world.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]!);
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(title).not.toMatch(BOOKKEEPING);
    expect(titles[0]).toMatch(/Designated by|Delisted by/);

    const withRecord = await (await request.get("/history/feed.xml?include=record")).text();
    expect(withRecord).toContain("latest changes and record keeping");
    expect(withRecord).toMatch(BOOKKEEPING);
  });
});

import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";
import { localePath } from "@/lib/i18n/locales";
import { violations } from "../fixtures/axe";
import { countsRow, figure } from "../fixtures/figures";
import { PUBLIC_PAGES } from "../fixtures/public-pages";

/**
 * The English interface's own words (navigation, statuses, headings, the
 * footer): none may show on a Korean page. Names, programs and other data
 * are in whatever language their source wrote them, and are not checked.
 */
const ENGLISH_WORDS = [
  ...Object.values(en.common.nav).filter((w) => w !== en.common.nav.label),
  ...Object.values(en.common.status),
  en.common.skipToContent,
  en.common.footer,
  en.common.footerLinks.feed,
  en.common.footerLinks.signIn,
  en.common.pagination.previous,
  en.common.pagination.next,
  en.entities.list.title,
  en.search.title,
  en.history.title,
  en.exportControls.list.title,
  en.sources.page.title,
];
/** The control list's name as the default data has it (data/seed/seed-facts.json). */
const KR_ANNEX_2_2 =
  "ROK export controls on Russia and Belarus: non-strategic items under licence (Annex 2-2, Public Notice on Trade of Strategic Items)";
const wholeWord = (w: string) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");

/** The visible text of the page, the language switch (which names English in English) left out. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(".language-switch, script, style").forEach((n) => n.remove());
    return clone.innerText;
  });
}

test.describe("the Korean pages", () => {
  for (const path of [...PUBLIC_PAGES, "/search?q=%EA%B9%80%EC%98%81%EC%B2%A0"]) {
    const korean = localePath("ko", path);
    test(`${korean} is Korean, names its English version, and has no accessibility violation`, async ({ page }) => {
      const response = await page.goto(korean);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", path);
      const text = await interfaceText(page);
      expect(ENGLISH_WORDS.filter((w) => wholeWord(w).test(text))).toEqual([]);
      expect(await violations(page)).toEqual([]);
    });
  }

  test("an English page names its Korean version", async ({ page }) => {
    await page.goto("/entities?q=kim");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute("href", "/ko/entities?q=kim");
  });

  test("/ko/export-controls shows the same figures as the English page: 1,159 and 1,402", async ({ page }) => {
    await page.goto("/ko/export-controls");
    const main = page.getByRole("main");
    for (const n of ["57", "798", "1,159", "1,402"]) {
      await expect(main.getByText(figure(n)).first(), n).toBeVisible();
    }
  });

  test("names from the data in Korean: the designating authority on an entity, the control list on /ko/export-controls", async ({
    page,
  }) => {
    await page.goto("/ko/entities?authority=KR-MOFA");
    // The first entity's link (the header's links re-sort the table).
    await page.getByRole("table").locator('a[href^="/ko/entities/"]').first().click();
    await page.waitForURL(/\/ko\/entities\/\d+$/);
    await expect(page.getByRole("heading", { level: 3, name: /^KR-MOFA — 외교부/ })).toBeVisible();
    await page.goto("/ko/export-controls");
    await expect(
      page.getByRole("heading", { level: 2, name: ko.referenceNames.controlList("kr-russia-belarus-annex-2-2", KR_ANNEX_2_2) }),
    ).toBeVisible();
    await expect(page.getByRole("main").getByText(KR_ANNEX_2_2)).toHaveCount(0);
  });

  test("the 2024-07-01 round in Korean: 4 vessels, 5 organizations, 8 individuals, declared and entered", async ({ page }) => {
    await page.goto("/ko/announcements/kr-2024-06-27");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const [kind, n] of [
      ["vessel", "4"],
      ["organization", "5"],
      ["individual", "8"],
    ] as const) {
      await expect(countsRow(page, ko.common.kindPlural[kind]).getByRole("cell", { name: n, exact: true })).toHaveCount(2);
    }
    // Dates as a Korean reader writes them.
    await expect(page.getByRole("main").getByText("2024년 7월 1일").first()).toBeVisible();
    // Each vessel by the Hangul name MOFA gave it, the name it is listed under beside it.
    const patriot = page.getByRole("row").filter({ has: page.getByRole("link", { name: "패트리어트", exact: true }) });
    await expect(patriot).toContainText("PATRIOT");
  });

  test("the Korean entity list shows an entity by its Hangul name, in 가나다 order", async ({ page }) => {
    await page.goto("/ko/entities?authority=KR-MOFA&kind=vessel");
    const names = await page.getByRole("table").locator('a[href^="/ko/entities/"]').allTextContents();
    // The four of the 2024-07-01 round by their Hangul names first; then those Korea listed with no Hangul name given.
    expect(names.slice(0, 4)).toEqual(["넵튠", "벨라", "보가티", "패트리어트"]);
    expect(names.length).toBeGreaterThan(4);
    expect(names.slice(4).filter((n) => /[가-힣]/.test(n))).toEqual([]);
  });

  test("the language switch keeps the path and the query, both ways", async ({ page }) => {
    await page.goto("/entities?q=kim&kind=individual");
    await page.getByRole("link", { name: "한국어" }).click();
    await page.waitForURL("**/ko/entities?q=kim&kind=individual");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ko.entities.list.title);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL((url) => url.pathname === "/entities" && url.search === "?q=kim&kind=individual");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an entity page heads with the Hangul name, the listed name or romanization beside it", async ({ page }) => {
    await page.goto("/ko/entities/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("패트리어트");
    await expect(page.locator(".names-beside")).toHaveText(`${ko.entities.detail.nameType.primary} PATRIOT`);
    await page.goto("/ko/search?q=" + encodeURIComponent("김창록"));
    await page.getByRole("link", { name: "김창록" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("김창록");
    await expect(page.locator(".names-beside")).toHaveText(
      `${ko.entities.detail.nameType.romanization} Kim Chang Rok ${ko.common.unofficial}`,
    );
  });

  test("links on a Korean page lead to Korean pages", async ({ page }) => {
    await page.goto("/ko");
    await page.getByRole("navigation", { name: ko.common.nav.label }).getByRole("link", { name: ko.common.nav.entities }).click();
    await page.waitForURL("**/ko/entities");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  });
});

test.describe("downloads and feeds from the Korean pages", () => {
  test("/ko/screen downloads its results with a Korean header line, the columns as in English", async ({ page }) => {
    await page.goto("/ko/screen");
    await page.getByLabel(ko.screening.names).fill("PATRIOT");
    await page.getByRole("button", { name: ko.screening.submit, exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("1건 중 1건 완료");
    // Each result explained in Korean (the page asks /api/match for ?lang=ko).
    const explanation = page.getByRole("table").getByRole("listitem").first();
    await expect(explanation).toContainText("「PATRIOT」");
    await expect(explanation).not.toContainText("Score");
    // Its designations with Korea's program named in Korean, OFAC's by its tag.
    await expect(explanation).toContainText("KR-MOFA 대북 독자제재 (효력 중)");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: ko.screening.download }).click(),
    ]);
    const lines = fs.readFileSync(await download.path(), "utf8").split("\r\n");
    expect(lines[0]).toBe(Object.values(ko.screening.csv).join(","));
    expect(lines.some((l) => /^1,PATRIOT,PATRIOT,http:\/\/[^,]+\/ko\/entities\/\d+,1\.000,true,/.test(l))).toBe(true);
  });

  test("/ko/entities links the entity CSV with ?lang=ko, which has a Korean header line", async ({ page, request }) => {
    await page.goto("/ko/entities");
    const link = page.getByRole("link", { name: ko.exports.csv, exact: true });
    await expect(link).toHaveAttribute("href", "/api/export/entities.csv?lang=ko");
    const csv = await (await request.get("/api/export/entities.csv?lang=ko")).text();
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(Object.values(ko.exports.csvColumns).join(","));
  });

  test("/ko/history/feed.xml is the feed in Korean, linking to the Korean pages", async ({ page, request }) => {
    await page.goto("/ko/history");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/ko/history/feed.xml");
    const response = await request.get("/ko/history/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">');
    expect(xml).toContain(`<title>${ko.exports.feed.title}</title>`);
    expect(xml).toMatch(/<link rel="self" href="https?:\/\/[^"]+\/ko\/history\/feed\.xml"\/>/);
    expect(xml).not.toContain(en.exports.feed.title);
  });
});

test.describe("the home page's suggestion of Korean", () => {
  test.use({ locale: "ko-KR" });

  test("is offered to a browser that prefers Korean, never forces it, and is not offered again once declined", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const suggestion = page.getByRole("complementary", { name: ko.common.language.suggestion });
    await expect(suggestion.getByRole("link", { name: ko.common.language.accept })).toHaveAttribute("href", "/ko");
    await suggestion.getByRole("button", { name: ko.common.language.decline }).click();
    await expect(suggestion).toBeHidden();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: ko.common.language.suggestion })).toHaveCount(0);
  });

  test("leads to the Korean home page when accepted", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: ko.common.language.accept }).click();
    await page.waitForURL((url) => url.pathname === "/ko");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  });
});

test.describe("an English-preferring browser", () => {
  test("gets no suggestion", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: ko.common.language.suggestion })).toHaveCount(0);
  });
});

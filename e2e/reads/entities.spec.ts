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

  test("PATRIOT's status line: sanctioned now by KR-MOFA and US-OFAC, with the list publication behind it", async ({ page }) => {
    await openEntity(page, "PATRIOT");
    const status = page.getByRole("region", { name: "Sanctions status" });
    await expect(status).toContainText("Sanctioned now by KR-MOFA (since 2024-07-01) and US-OFAC (since 2018-08-21).");
    await expect(status.getByRole("link", { name: /OFAC Specially Designated Nationals \(SDN\) list published 2023-12-28/ })).toBeVisible();
    await expect(status).toContainText("record 24508");
    // Right under the name, before the names and designations.
    const [nameBox, statusBox, namesBox] = await Promise.all([
      page.getByRole("heading", { level: 1 }).boundingBox(),
      status.boundingBox(),
      page.getByRole("heading", { name: "Names" }).boundingBox(),
    ]);
    expect(statusBox!.y).toBeGreaterThan(nameBox!.y);
    expect(statusBox!.y).toBeLessThan(namesBox!.y);
  });

  test("a designation with no published listing date: listed on or before the publication it was first seen in", async ({ page }) => {
    // MAIA-1: KR-MOFA and the EU give dates; the OFAC SDN files do not.
    await openEntity(page, "MAIA-1");
    await expect(page.getByRole("region", { name: "Sanctions status" })).toContainText(
      "Sanctioned now by EU (since 2024-06-25), KR-MOFA (since 2024-05-24) and US-OFAC (listed on or before 2023-12-28).",
    );
  });

  test("PATRIOT's OFAC remarks, word for word, with the publication they come from", async ({ page }) => {
    await openEntity(page, "PATRIOT");
    const remarks = page.getByRole("region", { name: "Remarks in the official lists" });
    const figure = remarks.getByRole("figure").filter({ hasText: "record 24508" });
    await expect(figure).toContainText(
      "Remarks in the OFAC Specially Designated Nationals (SDN) list (published 2023-12-28), record 24508:",
    );
    await expect(figure.locator("blockquote")).toHaveText(
      "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; " +
        "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; " +
        "Vessel Registration Identification IMO 9003550; Linked To: PRIMORYE MARITIME LOGISTICS CO LTD; Linked To: GUDZON SHIPPING CO LLC.",
    );
    await figure.getByRole("link", { name: /published 2023-12-28/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("published 2023-12-28");
  });

  test("each name's source, said once above the names it gives: its list record, or the announcement that named it", async ({ page }) => {
    await openEntity(page, "PATRIOT");
    const names = page.getByRole("region", { name: "Names" });
    // Names are grouped by source: a <tbody> per source, headed by a row that names it.
    const latin = names.getByRole("rowgroup").filter({ has: page.getByRole("cell", { name: "PATRIOT", exact: true }) });
    await expect(latin.getByRole("link", { name: "OFAC SDN record 24508" })).toBeVisible();
    const hangul = names.getByRole("rowgroup").filter({ hasText: "패트리어트" });
    await expect(hangul.getByRole("link", { name: "KR-MOFA announcement of 2024-06-27" })).toBeVisible();
    // Both sources are still on the page, each named once in the table.
    await expect(names.getByRole("link", { name: "OFAC SDN record 24508" })).toHaveCount(1);
    await expect(names.getByRole("link", { name: "KR-MOFA announcement of 2024-06-27" })).toHaveCount(1);
    await hangul.getByRole("link", { name: "KR-MOFA announcement of 2024-06-27" }).click();
    await page.waitForURL(/\/announcements\/kr-2024-06-27$/);
  });

  test("HAJI BASIR AND ZARJMIL COMPANY HAWALA: its many details name the OFAC 2019-01-07 publication once", async ({ page }) => {
    await openEntity(page, "HAJI BASIR AND ZARJMIL COMPANY HAWALA");
    const details = page.getByRole("region", { name: "Details" });
    const ofac = "OFAC Specially Designated Nationals (SDN) list, published 2019-01-07";
    await expect(details.getByText(ofac, { exact: true })).toHaveCount(1);
    await expect(details.getByRole("heading", { level: 3, name: `Source: ${ofac}` })).toBeVisible();
    // Every detail is still there, under the source it comes from (OFAC's and the UN's own wording of the same addresses).
    const ofacGroup = details.locator(".source-group").filter({ has: page.getByRole("heading", { name: `Source: ${ofac}` }) });
    await expect(ofacGroup.getByText("Quetta, Pakistan", { exact: true })).toBeVisible();
    const unGroup = details.locator(".source-group").filter({ hasText: "UN Security Council Consolidated List, published 2026-02-27" });
    await expect(unGroup.getByText("Branch Office 2: Quetta, Pakistan", { exact: true })).toBeVisible();
    await expect(details.locator("dt")).toHaveCount(26);
  });

  test("a Hangul name shows its romanization, marked unofficial", async ({ page }) => {
    await openEntity(page, "김창록");
    const row = page.getByRole("row").filter({ hasText: "Kim Chang Rok" });
    await expect(row).toHaveCount(1);
    await expect(row.getByText("unofficial", { exact: true })).toBeVisible();
    // The seed gives it no source: its group says so rather than showing nothing.
    const group = page.getByRole("region", { name: "Names" }).getByRole("rowgroup").filter({ hasText: "Kim Chang Rok" });
    await expect(group).toContainText("none: romanized for the tracker (unofficial)");
    await expect(page.getByRole("region", { name: "Sanctions status" })).toContainText("Sanctioned now by KR-MOFA (since 2024-07-01).");
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

test.describe("the entity list's order", () => {
  /** The name links of the list's rows, in order (not the header's sort links). */
  const rowNames = (page: Page) => page.getByRole("table").locator("tbody tr td:first-child > a").allTextContents();
  const header = (page: Page, name: string) => page.getByRole("columnheader", { name: new RegExp(`^${name}\\b`) });

  test("sorted by name A to Z by default, a leading apostrophe not counted; a header click sorts Z to A and the URL keeps it", async ({
    page,
  }) => {
    await page.goto("/entities");
    await expect(header(page, "Name")).toHaveAttribute("aria-sort", "ascending");
    const first = await rowNames(page);
    expect(first[0]).not.toMatch(/^['‘’"]/);

    await page.getByRole("link", { name: "Name, sort Z to A" }).click();
    await page.waitForURL(/sort=name/);
    expect(new URL(page.url()).searchParams.get("dir")).toBe("desc");
    await expect(header(page, "Name")).toHaveAttribute("aria-sort", "descending");
    // Hangul names sort after Latin ones (가나다 among them): Z to A, they come first.
    const desc = await rowNames(page);
    expect(desc[0]).toMatch(/^[가-힣]/);
    expect(desc).not.toEqual(first);

    // The next page and the filters keep the order.
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
    await page.waitForURL(/page=2/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ sort: "name", dir: "desc", page: "2" });
    await page.getByLabel("Kind").selectOption("vessel");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/kind=vessel/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ sort: "name", dir: "desc", kind: "vessel" });
    await expect(header(page, "Name")).toHaveAttribute("aria-sort", "descending");

    await page.getByRole("link", { name: "Name, sort A to Z" }).click();
    await page.waitForURL(/dir=asc/);
    await expect(header(page, "Name")).toHaveAttribute("aria-sort", "ascending");
  });

  test("first listed: a source's listing date, or the list the tracker first saw the entity in, said in the cell", async ({ page }) => {
    await page.goto("/entities?q=PATRIOT");
    const patriot = page.getByRole("row").filter({ has: page.getByRole("link", { name: "PATRIOT", exact: true }) });
    await expect(patriot.getByRole("cell").nth(3)).toHaveText("2018-08-21listing date");

    // Newest first: the OFAC entries give no date of their own, so they show the publication they were first seen in.
    await page.goto("/entities?sort=listed&dir=desc&authority=US-OFAC");
    await expect(header(page, "First listed")).toHaveAttribute("aria-sort", "descending");
    const cell = page.getByRole("table").locator("tbody tr").first().getByRole("cell").nth(3);
    await expect(cell).toContainText(/\d{4}-\d{2}-\d{2}/);
    await expect(cell).toContainText("first seen in OFAC SDN");
    await expect(page.getByRole("table").locator("tbody")).not.toContainText("Unknown");
  });

  test("on a phone, where the headers are not shown, the order is chosen in the filters", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/entities?kind=vessel");
    await page.getByLabel("Sort by").selectOption("listed");
    await page.getByLabel("Order").selectOption("desc");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/sort=listed/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ sort: "listed", dir: "desc", kind: "vessel" });
    await expect(header(page, "First listed")).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByLabel("Sort by")).toHaveValue("listed");
  });

  test("a sort value it does not know is ignored with a notice, never an error", async ({ page }) => {
    const response = await page.goto("/entities?sort=popularity&dir=sideways");
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Ignored sort="popularity": not a valid value.')).toBeVisible();
    await expect(page.getByText('Ignored dir="sideways": not a valid value.')).toBeVisible();
    await expect(header(page, "Name")).toHaveAttribute("aria-sort", "ascending");
  });
});

import { expect, test, type Locator, type Page } from "@playwright/test";

const OFAC = "OFAC Specially Designated Nationals (SDN) list";
const UN = "UN Security Council Consolidated List";

/** A row of a table whose header cell (th scope="row") is `name`. */
function rowOf(scope: Page | Locator, page: Page, name: string) {
  return scope.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

/** The counts table of an import run page. */
function counts(page: Page) {
  return page.getByRole("table", { name: "Records of this publication, compared with the previous one" });
}

test.describe("sources and imports", () => {
  test("/sources shows the OFAC SDN list published 2023-12-28 and the UN list published 2026-02-27", async ({ page }) => {
    const response = await page.goto("/sources");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const ofac = page.getByRole("region", { name: OFAC, exact: true });
    await expect(ofac).toBeVisible();
    await expect(ofac).toContainText("2023-12-28");
    await expect(ofac).toContainText("13,821 records on the list");
    await expect(ofac.getByRole("link", { name: "See what this publication changed" })).toBeVisible();

    const un = page.getByRole("region", { name: UN, exact: true });
    await expect(un).toBeVisible();
    await expect(un).toContainText("2026-02-27");
    await expect(un).toContainText("1,003 records on the list");

    // The lists not imported by default are shown too, as such.
    await expect(page.getByRole("region", { name: "BIS Denied Persons List", exact: true })).toContainText("Not imported yet");

    // The recent imports, newest first: the UN list was imported after the OFAC one.
    const recent = page.getByRole("table", { name: "The latest imports of every list, newest first" });
    await expect(recent.getByRole("row").nth(1)).toContainText(UN);
    await expect(recent.getByRole("row").nth(2)).toContainText(OFAC);
  });

  test("from /sources, the OFAC run page shows the publication, its files and what it changed", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("region", { name: OFAC, exact: true }).getByRole("link", { name: "See what this publication changed" }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: `${OFAC}, published 2023-12-28` })).toBeVisible();

    // The third publication of the default data, compared with the one of 2021-07-21: what it added and what it dropped.
    await expect(rowOf(counts(page), page, "Added").getByRole("cell", { name: "5,637", exact: true })).toBeVisible();
    await expect(rowOf(counts(page), page, "Removed").getByRole("cell", { name: "792", exact: true })).toBeVisible();

    const files = page.getByRole("table", { name: "Files read, with their SHA-256 digest and size" });
    for (const name of ["sdn.csv", "add.csv", "alt.csv"]) {
      await expect(rowOf(files, page, name).getByRole("cell").first()).toHaveText(/^[0-9a-f]{64}$/);
    }

    // What it changed: a page of the change list, linked to the entities.
    const changes = page.getByRole("region", { name: "What this publication changed" });
    await expect(changes.getByRole("status")).toContainText(/changes, showing 1–50/);
    await expect(changes.getByRole("listitem").first()).toBeVisible();
    await expect(changes.locator('a[href^="/entities/"]').first()).toBeVisible();

    // Filtered by kind: the delistings of records gone since 2021-07-21, dated by this publication.
    await changes.getByLabel("Kind of change").selectOption("delisted");
    await changes.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/[?&]category=delisted\b/);
    const delistings = page.getByRole("region", { name: "What this publication changed" });
    await expect(delistings.getByRole("status")).toContainText(/changes, showing 1–50/);
    await expect(delistings.getByRole("listitem").first()).toContainText("2023-12-28");
  });

  test("/imports lists the runs, and a run page shows its counts", async ({ page }) => {
    const response = await page.goto("/imports");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const table = page.getByRole("table", { name: "Imports, newest first" });
    // Three publications of the OFAC list, in order, then the UN list.
    await expect(table.getByRole("link", { name: /^Import #\d+$/ })).toHaveCount(4);
    for (const published of ["2019-01-07", "2021-07-21", "2023-12-28"]) {
      const ofacRow = table.getByRole("row").filter({ hasText: OFAC }).filter({ hasText: published });
      await expect(ofacRow).toContainText("Succeeded");
    }

    const unRow = table.getByRole("row").filter({ hasText: UN });
    await expect(unRow).toContainText("2026-02-27");
    await unRow.getByRole("link", { name: /^Import #\d+$/ }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: `${UN}, published 2026-02-27` })).toBeVisible();
    await expect(rowOf(counts(page), page, "Added").getByRole("cell", { name: "1,003", exact: true })).toBeVisible();
    for (const what of ["Changed", "Removed", "Unchanged", "Merged"]) {
      await expect(rowOf(counts(page), page, what).getByRole("cell").first()).toHaveText(/^\d{1,3}(,\d{3})*$/);
    }
  });

  test("a run's merges say which record went where, and a possible match links the other entity", async ({ page }) => {
    await page.goto("/imports?list=un-consolidated");
    await page
      .getByRole("table", { name: "Imports, newest first" })
      .getByRole("link", { name: /^Import #\d+$/ })
      .click();
    await page.waitForURL(/\/imports\/\d+$/);
    const changes = () => page.getByRole("region", { name: "What this publication changed" });
    await changes().getByLabel("Kind of change").selectOption("merged");
    await changes().getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/[?&]category=merged\b/);

    const merge = changes()
      .getByRole("listitem")
      .filter({ hasText: /List record un:\S+ merged into this record \(same name and date of birth\)/ })
      .first();
    await expect(merge).toBeVisible();
    // The rule is said once, not again as a reason.
    await expect(merge).not.toContainText("Reason:");

    const possible = changes().getByRole("listitem").filter({ hasText: "Possibly the same as" }).first();
    const links = possible.locator('a[href^="/entities/"]');
    await expect(links).toHaveCount(2);
    const other = (await links.nth(1).textContent())!;
    await links.nth(1).click();
    await page.waitForURL(/\/entities\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(other);
  });

  test("/imports filters by list", async ({ page }) => {
    await page.goto("/imports");
    await page.getByLabel("List", { exact: true }).selectOption("un-consolidated");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]list=un-consolidated\b/);
    await expect(page.getByRole("status").filter({ hasText: /imports?$/ })).toHaveText("1 import");
    const table = page.getByRole("table", { name: "Imports, newest first" });
    await expect(table.getByRole("link", { name: /^Import #\d+$/ })).toHaveCount(1);
    await expect(table).toContainText(UN);
    await expect(table).not.toContainText(OFAC);
  });

  test("the home page shows the official lists with their publication dates", async ({ page }) => {
    await page.goto("/");
    const lists = page.getByRole("region", { name: "Official lists" });
    await expect(rowOf(lists, page, OFAC)).toContainText("2023-12-28");
    await expect(rowOf(lists, page, UN)).toContainText("2026-02-27");
    await lists.getByRole("link", { name: "Sources and imports" }).click();
    await page.waitForURL("**/sources");
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  });

  for (const url of ["/imports?list=nope&page=abc", "/imports?page=-1", "/imports/1?category=nope&page=0"]) {
    test(`${url} is shown, the bad value ignored with a notice`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/^Ignored /).first()).toBeVisible();
    });
  }

  for (const url of ["/imports/999999", "/imports/abc", "/imports/0", "/imports/1.5"]) {
    test(`${url} is a 404`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    });
  }
});

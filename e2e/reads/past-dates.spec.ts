import { expect, test } from "@playwright/test";

/**
 * Past-date views on the default data: the OFAC SDN files carry no listing
 * dates, so an OFAC designation counts on a date only through the publication
 * the tracker first saw it in (2019-01-07, 2021-07-21 or 2023-12-28), and one
 * first seen later is "not known for that date", counted and listed apart.
 */
test.describe("past-date views", () => {
  test("'Jong Un' as of 2020-01-01 finds KIM Jong Un, listed on or before the 2019-01-07 publication", async ({ page }) => {
    await page.goto("/entities?asOf=2020-01-01&q=Jong+Un");
    const status = page.getByRole("status");
    await expect(status).toContainText(/\d+ entit(y|ies) in force on 2020-01-01/);
    await expect(status).toContainText("only because a publication on or before that day listed them");
    const row = page
      .getByRole("table", { name: "Entities matching the filters" })
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "KIM, Jong Un", exact: true }) });
    await expect(row).toContainText("US-OFAC (on or before 2019-01-07)");
    await expect(row).toContainText("In force");
  });

  test("entities the tracker cannot place on the date are counted and listed under their own heading", async ({ page }) => {
    await page.goto("/entities?asOf=2020-01-01");
    const notKnown = page.getByRole("link", { name: /^[\d,]+ entities not known for 2020-01-01/ });
    await expect(notKnown).toBeVisible();
    const n = (await notKnown.textContent())!.match(/^([\d,]+)/)![1]!;
    const section = page.getByRole("region", { name: "Not known for 2020-01-01" });
    await expect(section).toContainText("may or may not have been in force then");
    await expect(section.getByRole("row").nth(1)).toContainText(/first seen (2021-07-21|2023-12-28)/);

    await notKnown.click();
    await page.waitForURL(/status=unknown/);
    await expect(page.getByRole("status")).toContainText(`${n} entities`);
    await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Not known for the date");
  });

  test("the search API and the entity API answer asOf with the three counts", async ({ request }) => {
    const search = await request.get("/api/search?q=Jong%20Un&asOf=2020-01-01");
    expect(search.status()).toBe(200);
    const body = await search.json();
    expect(body.asOf).toBe("2020-01-01");
    expect(body.counts.inForce).toBeGreaterThan(0);
    expect(body.counts.onFirstSeen).toBeGreaterThan(0);
    expect(typeof body.counts.unknown).toBe("number");
    const kim = body.results.find((r: { name: string }) => r.name === "KIM, Jong Un");
    expect(kim).toMatchObject({ active: true, state: "in_force_seen" });
    expect(body.publications).toContainEqual(expect.objectContaining({ list: "ofac-sdn", publishedOn: "2023-12-28", outOfDate: true }));

    const then = await (await request.get(`/api/entities/${kim.id}?asOf=2020-01-01`)).json();
    expect(then.stateOn).toBe("in_force_seen");
    expect(then.designations[0]).toMatchObject({ firstSeenOn: "2019-01-07", stateOn: "seen" });
    expect(then.counts).toEqual({ inForce: 1, onFirstSeen: 1, unknown: 0 });
    // Before the first publication the tracker holds, it cannot say.
    const before = await (await request.get(`/api/entities/${kim.id}?asOf=2015-01-01`)).json();
    expect(before.stateOn).toBe("unknown");
    expect(before.counts).toEqual({ inForce: 0, onFirstSeen: 0, unknown: 1 });

    const bad = await request.get(`/api/entities/${kim.id}?asOf=2020-02-30`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).reason).toContain("asOf");
  });

  test("a UN listing date with a time zone (2015-03-27-04:00) is read as 2015-03-27", async ({ page }) => {
    await page.goto("/entities?q=HAJI+BASIR+AND+ZARJMIL");
    await page.getByRole("table").getByRole("row").filter({ hasText: "UN-SC" }).getByRole("link").first().click();
    await page.waitForURL(/\/entities\/\d+$/);
    await expect(page.getByRole("region", { name: "Sanctions status" })).toContainText("UN-SC (since 2015-03-27)");
  });

  test("the home page names the publications its figures rest on, their age, and marks old ones", async ({ page }) => {
    await page.goto("/");
    const figures = page.getByRole("region", { name: "Designations in force" });
    await expect(figures).toContainText(
      /OFAC Specially Designated Nationals \(SDN\) list published 2023-12-28, \d+ years? (\d+ months? )?ago/,
    );
    await expect(figures.getByText("out of date").first()).toBeVisible();
    await expect(figures).not.toContainText("In force today");

    await page.getByRole("textbox", { name: "Figures on a past date" }).fill("2020-01-01");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/asOf=2020-01-01/);
    await expect(figures).toContainText("In force on 2020-01-01.");
    await expect(figures.getByRole("link", { name: /designations not known for 2020-01-01/ })).toBeVisible();
  });

  test("/sources marks a list published more than 30 days ago as out of date", async ({ page }) => {
    await page.goto("/sources");
    const ofac = page.getByRole("region", { name: "OFAC Specially Designated Nationals (SDN) list" });
    await expect(ofac.getByText("out of date")).toBeVisible();
  });
});

import type { Page } from "@playwright/test";
import { delist, enterDesignation, recordRevision, upsertControlList, upsertEntity } from "@/lib/commands";
import { addSessionCookie, createTestUser, expect, test, type TestUser } from "../fixtures/auth";
import { TEST_AUTHORITY, ctxOf, ensureTestAuthority, seedTestRound, unique } from "../fixtures/test-rounds";
import { violations } from "../fixtures/axe";

/**
 * Data entry and corrections by an editor. These specs run against the writes
 * server (e2e/fixtures/run.ts), beside other specs that write: everything they
 * enter is filed under a test authority of its own (E2E-KR), with new
 * announcement ids and names of their own, so no spec sees another's data.
 */
const PROGRAM = "ROK autonomous sanctions on North Korea";

/** An announcement of the test authority with one organization designated under it, entered through the commands. */
function seedDesignation(user: TestUser, name: string, reason: string) {
  const id = seedTestRound(user, {
    idPrefix: "e2e-kr-2024-06-27",
    program: PROGRAM,
    effectiveOn: "2024-07-01",
    declared: { organization: 1 },
  });
  return enterDesignation(ctxOf(user), { announcementId: id, entity: { kind: "organization", name }, reason });
}

/** The row of the counts table for one kind. */
const countsRow = (page: Page, kindPlural: string) =>
  page
    .getByRole("table", { name: "Designations declared and entered, by kind" })
    .getByRole("row")
    .filter({
      has: page.getByRole("rowheader", { name: kindPlural, exact: true }),
    });

test.describe("entering a round", () => {
  test("an editor enters part of a round from an empty announcement", async ({ page, signInAs }) => {
    // The longest journey of the suite: a form filled four times, and two page loads after it.
    test.slow();
    const editor = await signInAs("editor");
    ensureTestAuthority(editor);
    // An organization already in the tracker, to attach from the search.
    const existing = `Gudzon Test Shipping ${unique("co")}`;
    upsertEntity(ctxOf(editor), { kind: "organization", name: existing, attributes: [{ key: "country", value: "RU" }] });

    // 1. The announcement, empty.
    const id = unique("e2e-kr-2024-06-27").toLowerCase();
    await page.goto("/admin/announcements/new");
    await expect(page.getByRole("heading", { level: 1, name: "New announcement" })).toBeVisible();
    await page.getByLabel("Id (required)").fill(id);
    await page.getByLabel("Authority (required)").selectOption(TEST_AUTHORITY.code);
    await page.getByLabel("Title (required)").fill("Test copy of the round effective 2024-07-01: 8 individuals, 5 entities, 4 vessels");
    await page.getByLabel("Program").fill(PROGRAM);
    await page.getByLabel("Announced on (required)").fill("2024-06-27");
    await page.getByLabel("Effective on").fill("2024-07-01");
    await page.getByLabel("Vessels").fill("4");
    await page.getByLabel("Organizations").fill("5");
    await page.getByLabel("Individuals").fill("8");
    await page.getByLabel("Sources (required)").fill("https://m.ajunews.com/amp/20240627173651796");
    await page.getByRole("button", { name: "Create the announcement" }).click();
    await page.waitForURL((url) => url.pathname === `/admin/announcements/${id}`);
    await expect(page.getByRole("status")).toHaveText("The announcement was recorded. Enter its designations below.");
    await expect(countsRow(page, "Vessels")).toContainText("0 of 4 vessels");
    expect(await violations(page)).toEqual([]);

    // 2. An organization: names, country and an identifier.
    const form = page.getByRole("form", { name: "A new entity" });
    await form.getByRole("radio", { name: "Organization" }).check();
    const org = `Primorye Test Logistics ${unique("llc")}`;
    await form.getByLabel("Name (required)").fill(org);
    await form.getByLabel("Name 1", { exact: true }).fill("프리모리예 로지스틱스");
    await form.getByLabel("Language of name 1").selectOption("ko");
    await form.getByLabel("Country").fill("RU");
    await form.getByLabel("Type of identifier 1").selectOption("registration");
    await form.getByLabel("Identifier 1", { exact: true }).fill("1022501902060");
    await form.getByLabel("Reason for the designation").fill("Logistics for arms transfers between Russia and North Korea");
    // The listing date left empty: the form says which date is stored.
    await expect(form.getByLabel("Listed on")).toHaveAccessibleDescription(
      /Left empty, 2024-07-01 is stored: the announcement's effective date/,
    );
    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was entered.");
    await expect(countsRow(page, "Organizations")).toContainText("1 of 5 organizations");

    // 3. A vessel: a wrong IMO check digit is shown first, then fixed; its owner picked with the search.
    await form.getByRole("radio", { name: "Vessel" }).check();
    await form.getByLabel("Name (required)").fill("SEA BREEZE");
    const imo = form.getByLabel("IMO number");
    await imo.fill("9123456");
    await form.getByLabel("Flag").fill("RU");
    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(imo).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert").filter({ hasText: "IMO 9123456 fails its check digit" })).toBeVisible();
    await expect(imo).toBeFocused();
    await expect(form.getByLabel("Flag")).toHaveValue("RU");
    await imo.fill("9123453");
    // The owner is chosen by name with the picker (the entity's number stays hidden).
    await form.getByRole("combobox", { name: "Owner" }).fill(org);
    await form.getByRole("option").filter({ hasText: org }).click();
    await expect(form.getByRole("group", { name: "Owner, chosen" })).toContainText(org);
    await form.getByLabel("Reason for the designation").fill("Ship-to-ship transfers of oil to North Korean vessels");
    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was entered.");
    await expect(countsRow(page, "Vessels")).toContainText("1 of 4 vessels");

    // 4. An individual: a Hangul name with an unofficial romanization.
    await form.getByRole("radio", { name: "Individual" }).check();
    await form.getByLabel("Name (required)").fill("리철남");
    await form.getByLabel("Name 1", { exact: true }).fill("Ri Chol Nam");
    await form.getByLabel("Type of name 1").selectOption("romanization");
    await form.getByLabel("Name 1 is official").uncheck();
    await form.getByLabel("Date of birth").fill("1971-03");
    await form.getByLabel("Nationality").fill("KP");
    await form.getByLabel("Position").fill("Deputy director of a missile institute");
    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was entered.");

    // 5. An existing entity, attached from the search.
    await page.getByRole("search", { name: "An entity already in the tracker" }).getByLabel("Name or identifier").fill(existing);
    await page.getByRole("search", { name: "An entity already in the tracker" }).getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: `Attach ${existing} (Organization) to this announcement` }).click();
    await expect(page.getByRole("status")).toHaveText("The entity was attached to this announcement.");

    // The counts: 1 of 4 vessels, 2 of 5 organizations, 1 of 8 individuals, and what is missing.
    await expect(countsRow(page, "Vessels")).toContainText("1 of 4 vessels");
    await expect(countsRow(page, "Organizations")).toContainText("2 of 5 organizations");
    await expect(countsRow(page, "Individuals")).toContainText("1 of 8 individuals");
    await expect(page.getByText("Still missing: 3 vessels, 3 organizations, 7 individuals.")).toBeVisible();
    const entered = page.getByRole("table", { name: "Designations entered under this announcement" });
    await expect(entered.getByRole("row").filter({ hasText: "리철남" })).toContainText("Ri Chol Nam (unofficial)");

    // The public pages show the same.
    await page.goto(`/announcements/${id}`);
    await expect(page.getByRole("link", { name: "SEA BREEZE", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "SEA BREEZE", exact: true }).click();
    await expect(page.getByText("9123453").first()).toBeVisible();
    await expect(page.getByText("check digit valid").first()).toBeVisible();
    await expect(page.getByRole("link", { name: org })).toBeVisible();
    // Listed on the announcement's effective date, as the form said, and recorded by the editor's account.
    const designation = page.getByRole("row").filter({ hasText: PROGRAM });
    await expect(designation.getByRole("cell").nth(1)).toHaveText("2024-07-01");
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("by E2E editor");
  });
});

test.describe("corrections", () => {
  test("two editors change one designation: the second is refused with the change shown, nothing overwritten", async ({
    browser,
    page,
    signInAs,
  }) => {
    const first = await signInAs("editor");
    const name = `Conflict Test Trading ${unique("co")}`;
    const { entityId, designationId } = seedDesignation(first, name, "Original reason");

    // A second editor in a browser of their own.
    const otherContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const other = await otherContext.newPage();
    const second = await createTestUser("editor", "second");
    await addSessionCookie(otherContext, test.info().project.use.baseURL!, second);

    const url = `/admin/entities/${entityId}#designation-${designationId}`;
    await page.goto(url);
    await other.goto(url);
    expect(await violations(page)).toEqual([]);
    const formOf = (p: Page) => p.getByRole("form", { name: "Correct the designation" });

    await formOf(page).getByLabel("Reason", { exact: true }).fill("Reason set by the first editor");
    await formOf(page).getByRole("button", { name: "Save the designation" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was saved.");

    await formOf(other).getByLabel("Reason", { exact: true }).fill("Reason set by the second editor");
    await formOf(other).getByRole("button", { name: "Save the designation" }).click();
    const alert = formOf(other).getByRole("alert");
    await expect(alert).toContainText("Someone else changed this designation after you opened the form. Nothing was saved.");
    await expect(alert).toContainText(`reason: “Original reason” → “Reason set by the first editor”, by E2E editor (${first.email})`);
    // What the second editor typed is still there.
    await expect(formOf(other).getByLabel("Reason", { exact: true })).toHaveValue("Reason set by the second editor");

    // Nothing was overwritten.
    await other.reload();
    await expect(formOf(other).getByLabel("Reason", { exact: true })).toHaveValue("Reason set by the first editor");

    // The audit log shows the change, who made it, before and after.
    await page.goto(`/admin/audit?entity=${entityId}`);
    const row = page.getByRole("row").filter({ hasText: "designation.update" });
    await expect(row).toContainText(first.email);
    await expect(row).toContainText("reason: “Original reason” → “Reason set by the first editor”");
    expect(await violations(page)).toEqual([]);
    await otherContext.close();
  });

  test("the audit log names the account and shows values in words, not ids", async ({ page, signInAs }) => {
    const editor = await signInAs("editor");
    const name = `Audit Test Shipping ${unique("co")}`;
    const { entityId, designationId } = seedDesignation(editor, name, "Oil transfers");
    const delisting = `https://example.org/e2e-audit-delisting/${unique("notice")}`;
    delist(ctxOf(editor), { designationId, delistedOn: "2025-02-03", reason: "Removed from the list", source: delisting });

    await page.goto(`/admin/audit?entity=${entityId}`);
    const delisted = page.getByRole("row").filter({ hasText: "designation.delist" });
    await expect(delisted.getByRole("cell").nth(1)).toHaveText(`E2E editor (${editor.email})`);
    await expect(delisted).toContainText("delisted on: none → 2025-02-03");
    await expect(delisted.getByRole("link", { name: delisting.replace("https://", "") }).first()).toHaveAttribute("href", delisting);
    const created = page.getByRole("row").filter({ hasText: "designation.create" });
    await expect(created).toContainText(`program: none → ${PROGRAM}`);
    await expect(created.locator(`a[href="/entities/${entityId}"]`)).toHaveText(name);
    // No bare id as a value, no internal actor name.
    for (const row of [delisted, created]) {
      await expect(row).not.toContainText(/→ [\d,]+(?![\d,-])/);
      await expect(row).not.toContainText("user:");
    }
    expect(await violations(page)).toEqual([]);
  });

  test("a delisting shows on the entity's timeline and in /history", async ({ page, signInAs }) => {
    const editor = await signInAs("editor");
    const name = `Delisting Test Marine ${unique("co")}`;
    const { entityId, designationId } = seedDesignation(editor, name, "Oil transfers");

    await page.goto(`/admin/entities/${entityId}`);
    const card = page.getByRole("region", { name: `${TEST_AUTHORITY.code}: ${PROGRAM}` });
    await card.locator("summary", { hasText: "Delist" }).click();
    const form = card.getByRole("form", { name: "Delist" });
    // All three are required.
    await form.getByRole("button", { name: "Delist" }).click();
    await expect(form.getByLabel("Reason for the delisting (required)")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Source of the delisting (required)")).toHaveAccessibleDescription(
      /Name the source of the delisting: a link or a citation\./,
    );
    await form.getByLabel("Delisted on (required)").fill("2025-02-03");
    await form.getByLabel("Reason for the delisting (required)").fill("Removed from the list by the ministry");
    await form.getByLabel("Source of the delisting (required)").fill("https://example.org/e2e-delisting");
    await form.getByRole("button", { name: "Delist" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was delisted.");
    await expect(page.locator(`#designation-${designationId}`)).toContainText(
      "Delisted on 2025-02-03: Removed from the list by the ministry",
    );

    await page.goto(`/entities/${entityId}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline).toContainText(`Delisted by ${TEST_AUTHORITY.code}`);
    await expect(timeline).toContainText("Removed from the list by the ministry");

    await page.goto("/history?category=delisting&from=2025-02-03&to=2025-02-03");
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  });
});

test.describe("export-control revisions", () => {
  test("figures that do not add up are flagged as typed and refused on saving", async ({ page, signInAs }) => {
    await signInAs("editor");
    await page.goto("/admin/export-controls/kr-russia-belarus-annex-2-2/revisions/new");
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Effective on (required)").fill("2025-06-01");
    await page.getByLabel("Items added (required)").fill("10");
    await page.getByLabel("Items removed (required)").fill("0");
    await page.getByLabel("New total (required)").fill("1413");
    await expect(page.locator("#revision-check")).toHaveText(
      "1,402 + 10 − 0 = 1,412, not 1,413: does not add up. Correct the figures, name the new count basis if it changed, or record the discrepancy with a note.",
    );
    await page.getByLabel("Sources (required)").fill("https://example.org/e2e-revision");
    await page.getByRole("button", { name: "Record the revision" }).click();
    const total = page.getByLabel("New total (required)");
    await expect(total).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: "1,402 + 10 − 0 = 1,412, not 1,413" })).toBeVisible();
    await expect(total).toHaveValue("1413");
    await expect(page.getByLabel("Record as a discrepancy")).toBeVisible();

    // Nothing was recorded.
    await page.goto("/export-controls/kr-russia-belarus-annex-2-2");
    await expect(page.getByText("Effective 2025-06-01")).toHaveCount(0);
  });

  test("a new count basis makes a revision a restatement: said as typed, recorded without a note, shown as such", async ({
    page,
    signInAs,
  }) => {
    const editor = await signInAs("editor");
    ensureTestAuthority(editor);
    // A list of its own, so that no other spec sees the revision.
    const key = unique("e2e-list").toLowerCase();
    upsertControlList(ctxOf(editor), { key, authorityCode: TEST_AUTHORITY.code, name: `Test list ${key}`, unit: "items" });
    recordRevision(ctxOf(editor), {
      listKey: key,
      effectiveOn: "2023-01-01",
      added: 100,
      removed: 0,
      total: 100,
      countBasis: "items",
      sources: ["https://example.org/e2e-list"],
    });

    await page.goto(`/admin/export-controls/${key}/revisions/new`);
    await page.getByLabel("Effective on (required)").fill("2024-01-01");
    await page.getByLabel("Items added (required)").fill("50");
    await page.getByLabel("Items removed (required)").fill("0");
    await page.getByLabel("New total (required)").fill("120");
    await expect(page.locator("#revision-check")).toContainText("100 + 50 − 0 = 150, not 120: does not add up.");
    await page.getByLabel("New count basis").fill("HS 6-digit codes");
    await expect(page.locator("#revision-check")).toHaveText(
      "Count basis changed: 100 items plus 50 added, counted as 120 HS 6-digit codes. Recorded as a restatement; the arithmetic is not checked across a change of basis.",
    );
    await page.getByLabel("Sources (required)").fill("https://example.org/e2e-list-2024");
    await page.getByRole("button", { name: "Record the revision" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/export-controls" && url.searchParams.get("done") === "recorded");

    await page.goto(`/export-controls/${key}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Count basis changed" })).toContainText(
      "Effective 2024-01-01: 100 items plus 50 added, counted as 120 HS 6-digit codes.",
    );
    await expect(main.getByRole("region", { name: "Discrepancies" })).toHaveCount(0);
    await expect(main).not.toContainText(/does not add up/i);
  });
});

test.describe("access", () => {
  test("a viewer gets 403 on an admin page", async ({ page, signInAs }) => {
    await signInAs("viewer");
    const response = await page.goto("/admin/announcements/new");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Access denied" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create the announcement" })).toHaveCount(0);
  });

  test("an anonymous visit to the audit log goes to the sign-in page", async ({ page }) => {
    await page.goto("/admin/audit");
    await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.get("next") === "/admin/audit");
  });
});

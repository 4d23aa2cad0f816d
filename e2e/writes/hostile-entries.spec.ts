import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { createAnnouncement, ensureAuthority, type CommandContext } from "@/lib/commands";
import { e2eDb, expect, test, type TestUser } from "../fixtures/auth";

/**
 * What an editor types is shown as text everywhere and never runs: markup in
 * an entity's name, an alias and a designation's reason, entered through the
 * admin form in the browser, then looked at on every page, feed and export
 * that shows it. And a name a spreadsheet would run as a formula is written to
 * the CSV export as text.
 */
const AUTHORITY = { code: "E2E-HOSTILE", name: "Test authority for the hostile-input tests", country: "KR" };
/** A day no other data falls on, so the change feed filtered to it lists this spec's entries. */
const DAY = "2011-11-11";

let counter = 0;
const unique = (label: string) => `${label}${process.pid}${Date.now().toString(36)}${++counter}`;

function seedAnnouncement(user: TestUser): string {
  const ctx: CommandContext = { db: e2eDb(), actor: { name: `user:${user.id}`, userId: user.id } };
  try {
    ensureAuthority(ctx, AUTHORITY);
  } catch (err) {
    if (!/UNIQUE/.test(String(err))) throw err;
  }
  const id = unique("e2e-hostile-").toLowerCase();
  createAnnouncement(ctx, {
    id,
    authorityCode: AUTHORITY.code,
    title: `Hostile round ${id}`,
    announcedOn: DAY,
    declared: { organization: 2 },
    sources: ["https://example.org/e2e-hostile"],
  });
  return id;
}

/** Enters an organization under the announcement through the admin form; returns its id. */
async function enterOrganization(
  page: Page,
  announcementId: string,
  entry: { name: string; alias?: string; reason?: string },
): Promise<number> {
  await page.goto(`/admin/announcements/${announcementId}`);
  const form = page.getByRole("form", { name: "A new entity" });
  await form.getByRole("radio", { name: "Organization" }).check();
  await form.getByLabel("Name (required)").fill(entry.name);
  if (entry.alias) await form.getByLabel("Name 1", { exact: true }).fill(entry.alias);
  if (entry.reason) await form.getByLabel("Reason for the designation").fill(entry.reason);
  await form.getByRole("button", { name: "Enter the designation" }).click();
  await expect(page.getByRole("status")).toHaveText("The designation was entered.");
  const body = (await (await page.request.get(`/api/search?q=${encodeURIComponent(entry.name)}&limit=5`)).json()) as {
    results: { id: number; name: string }[];
  };
  const found = body.results.find((r) => r.name === entry.name);
  expect(found, `${entry.name} is found by the search API, its name as typed`).toBeTruthy();
  return found!.id;
}

test("markup typed into a name, an alias and a reason is shown as text on every page and runs nowhere; a formula is text in the CSV", async ({
  page,
  signInAs,
}) => {
  test.slow();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const token = unique("xss");
  const name = `<img src=x onerror=alert(1)> ${token}`;
  const alias = `<script>alert(2)</script> ${token}`;
  const reason = `<img src=x onerror=alert(3)> reason ${token}`;
  const editor = await signInAs("editor");
  const announcementId = seedAnnouncement(editor);
  const id = await enterOrganization(page, announcementId, { name, alias, reason });
  const formula = `=HYPERLINK("http://x","y") ${token}`;
  const formulaId = await enterOrganization(page, announcementId, { name: formula });

  const pages: { url: string; shows: string[] }[] = [
    { url: `/entities/${id}`, shows: [name, alias, reason] },
    { url: `/admin/entities/${id}`, shows: [name, alias] },
    { url: `/entities?q=${token}`, shows: [name] },
    { url: `/search?q=${token}`, shows: [name] },
    { url: `/history?from=${DAY}&to=${DAY}`, shows: [name] },
    { url: `/announcements/${announcementId}`, shows: [name] },
    { url: `/admin/announcements/${announcementId}`, shows: [name] },
  ];
  for (const { url, shows } of pages) {
    await page.goto(url);
    const main = page.getByRole("main");
    for (const text of shows) await expect(main, `${url} shows ${text}`).toContainText(text);
    // Nothing typed became an element.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator("script").filter({ hasText: "alert(" })).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);

  const api = (await (await page.request.get(`/api/entities/${id}`)).json()) as { name: string; names: string[] };
  expect(api.name).toBe(name);
  expect(api.names).toContain(alias);

  const response = await page.request.get("/api/export/entities.csv");
  expect(response.status()).toBe(200);
  const csv = await response.text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, delimiter: ",", skipEmptyLines: true }).data;
  const row = rows.find((r) => r.id === String(id));
  expect(row?.name).toBe(name);
  expect(row?.other_names).toContain(alias);
  // The formula quoted, with a leading single quote: a spreadsheet shows it as text and runs nothing.
  expect(csv).toContain(`\r\n${formulaId},organization,"'=HYPERLINK(""http://x"",""y"") ${token}",`);
  expect(rows.find((r) => r.id === String(formulaId))?.name).toBe(`'${formula}`);
});

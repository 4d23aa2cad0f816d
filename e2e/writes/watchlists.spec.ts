import { designate, ensureAuthority, upsertEntity } from "@/lib/commands";
import { CLI_ACTOR } from "@/lib/commands/users";
import { e2eDb, expect, test } from "../fixtures/auth";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";

/**
 * A screening saved as a watchlist, an admin change that makes one of its
 * counterparties match, the alert on the watchlist's page, a reviewer's
 * decision, and the auditor's CSV. The target entity is filed under a test
 * authority of its own, with a new name.
 */
const AUTHORITY = { code: "E2E-WL", name: "Test authority for the watchlist end-to-end test", country: "KR" };
/** Letters only: the test's names must not carry numbers (numbers in names must agree when matched). */
const letters = (n: number) =>
  n
    .toString(26)
    .replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)]!)
    .replace(/[a-p]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 10));

test("a watchlist raises an alert when an admin change makes a counterparty match, and records the reviewer's decision", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const tag = letters(Date.now() * 100 + (process.pid % 100));
  const counterparty = `Quillmore Baxendale ${tag} Shipping`;
  const cli = { db: e2eDb(), actor: { name: CLI_ACTOR } };
  try {
    ensureAuthority(cli, AUTHORITY);
  } catch (err) {
    if (!/UNIQUE/.test(String(err))) throw err;
  }
  const { id: targetId } = upsertEntity(cli, { kind: "organization", name: `Harbourline Vantor ${tag} Holdings` });
  designate(cli, { entityId: targetId, authorityCode: AUTHORITY.code, program: "E2E program", listedOn: "2024-07-01" });

  await signInAs("editor");
  await page.goto("/screen");
  await page.getByLabel("Names, one per line").fill(`${counterparty}\nPATRIOT`);
  await page.getByRole("button", { name: "Screen", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("2 of 2 screened");
  await page.getByLabel("Watchlist name").fill(`E2E watchlist ${tag}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/watchlists\/\d+$/);
  const watchlistUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: `E2E watchlist ${tag}` })).toBeVisible();
  await expect(page.getByText("No alert yet")).toBeVisible();

  // An editor gives the target entity the counterparty's name.
  await page.goto(`/admin/entities/${targetId}`);
  await page.getByText("Add a name").click();
  const form = page.getByRole("form", { name: "Add a name" });
  await form.getByLabel("Name (required)").fill(counterparty);
  await form.getByLabel("Type").selectOption("alias");
  await form.getByRole("button", { name: "Add the name" }).click();
  await expect(page.getByText(counterparty).first()).toBeVisible();

  await page.goto(watchlistUrl);
  const alerts = page.getByRole("region", { name: "Alerts" });
  await expect(alerts.getByRole("listitem")).toHaveCount(1);
  await expect(alerts.getByRole("listitem")).toContainText(`New match`);
  await expect(alerts.getByRole("link", { name: `Harbourline Vantor ${tag} Holdings` })).toHaveAttribute("href", `/entities/${targetId}`);

  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: counterparty }) });
  await item.getByLabel("False positive").check();
  await item.getByLabel("Note").fill("Our counterparty is a ship chandler in Gdansk");
  await item.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Decision recorded." })).toBeVisible();
  await expect(page.getByText(/False positive, recorded by/)).toBeVisible();

  // The feed, read as a feed reader does: no cookie, the secret in the address.
  await page.getByRole("button", { name: "Make feed addresses" }).click();
  const atom = await page.getByRole("status").locator("code").first().textContent();
  expect(atom).toMatch(/\/feed\.atom\?token=[\w-]+$/);
  const feed = await fetch(atom!);
  expect(feed.status).toBe(200);
  expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain(`New match: ${counterparty} → Harbourline Vantor ${tag} Holdings`);
  expect((await fetch(atom!.replace(/token=.*/, "token=not-the-secret-at-all"))).status).toBe(404);

  const csv = await (await page.request.get(`${watchlistUrl}/export.csv`)).text();
  expect(csv.split("\r\n")[0]).toContain("counterparty_row,counterparty,entity_id,entity,score,match");
  expect(csv).toContain("false_positive");
  expect(csv).toContain("Our counterparty is a ship chandler in Gdansk");
});

test("a watchlist saved from the Korean screening page explains its results in Korean", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/ko/screen");
  await page.getByLabel(ko.screening.names).fill("PATRIOT");
  await page.getByRole("button", { name: ko.screening.submit, exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("1건 중 1건 완료");
  const name = `한국어 감시 목록 ${Date.now().toString(36)}`;
  await page.getByLabel(ko.watchlists.save.name).fill(name);
  await page.getByRole("button", { name: ko.watchlists.save.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/ko\/watchlists\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const why = page.getByRole("list", { name: ko.watchlists.detail.why }).first();
  await expect(why).toContainText("「PATRIOT」");
  await expect(why).toContainText("점수 1.00: 일치");
  // The English page of the same watchlist keeps its Korean sentences, marked as Korean.
  await page.goto(page.url().replace("/ko/watchlists/", "/watchlists/"));
  await expect(page.getByRole("list", { name: en.watchlists.detail.why }).first()).toHaveAttribute("lang", "ko");
});

import { spawnSync } from "node:child_process";
import { upsertEntity } from "@/lib/commands";
import { databasePathOf } from "../fixtures/run";
import { e2eDb, expect, test } from "../fixtures/auth";

/**
 * The server keeps rendered public pages and API answers (server/page-cache.ts)
 * for as long as the data has not changed. These checks read a page once (so
 * that it is kept), change the data by each way there is, and read it again:
 * the next request must show the change, whoever made it.
 */
let counter = 0;
const unique = (label: string) => `${label} ${process.pid} ${Date.now().toString(36)} ${++counter}`;

test("an edit made through the admin form shows on the next read of the public page and the API", async ({ page, request, signInAs }) => {
  const editor = await signInAs("editor");
  const before = `Fresh Read Shipping ${unique("a")}`;
  const { id } = upsertEntity(
    { db: e2eDb(), actor: { name: `user:${editor.id}`, userId: editor.id } },
    {
      kind: "organization",
      name: before,
    },
  );
  // `request` carries no session: it reads what any reader gets, twice, so the page is kept.
  for (let i = 0; i < 2; i++) {
    expect(await (await request.get(`/entities/${id}`)).text()).toContain(before);
    expect((await (await request.get(`/api/entities/${id}`)).json()).name).toBe(before);
  }

  const after = `Renamed Fresh Read Shipping ${unique("b")}`;
  await page.goto(`/admin/entities/${id}`);
  const form = page.getByRole("form", { name: "The record" });
  await form.getByLabel("Name (required)").fill(after);
  await form.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  const html = await (await request.get(`/entities/${id}`)).text();
  expect(html).toContain(after);
  expect((await (await request.get(`/api/entities/${id}`)).json()).name).toBe(after);
});

test("a list imported by the command line beside the running server shows on the next read", async ({ request }) => {
  test.slow(); // an import process of its own: tsx and the parser start in a few seconds, more on a busy machine
  const query = "/api/search?q=AARON%20ABRAHAM%20VILLA";
  const hits = async () => ((await (await request.get(query)).json()) as { results: unknown[] }).results.length;
  expect(await hits()).toBe(0);
  expect(await hits()).toBe(0);

  const run = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/import.ts",
      "dpl",
      "tests/fixtures/lists/dpl.txt",
      "--published",
      "2024-01-02",
    ],
    { env: { ...process.env, DATABASE_PATH: databasePathOf("writes") }, encoding: "utf8", timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);

  expect(await hits()).toBeGreaterThan(0);
});

import type { Page } from "@playwright/test";
import { addSessionCookie, createTestUser, test } from "../fixtures/auth";
import { expectFitsPhone, phonePage, PHONE } from "../fixtures/narrow";

/** The main admin pages at phone width (390 px), signed in as an admin: nothing cut off, nothing scrolling sideways. */
const PAGES = [
  "/admin",
  "/admin/entities/1",
  "/admin/announcements",
  "/admin/announcements/kr-2024-06-27",
  "/admin/export-controls",
  "/admin/audit",
  "/admin/users",
];

let page: Page;
test.beforeAll(async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL!;
  page = await phonePage(browser, baseURL);
  await addSessionCookie(page.context(), baseURL, await createTestUser("admin", "narrow"));
});
test.afterAll(async () => {
  await page.context().close();
});

test.describe(`admin at ${PHONE.width} px`, () => {
  for (const path of PAGES) {
    test(`${path} fits the width`, async () => {
      await expectFitsPhone(page, path);
    });
  }
});

import { expect, test } from "@playwright/test";

const script = encodeURIComponent("<script>alert(1)</script>");

test.describe("malformed addresses never give a server error", () => {
  test.beforeEach(({ page }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a dialog opened (injected script?): ${dialog.message()}`);
    });
  });

  for (const url of [
    "/entities?page=-1",
    `/entities?kind=${script}`,
    "/entities?asOf=2024-13-40",
    "/history?page=abc",
    `/history?category=${script}`,
  ]) {
    test(`${decodeURIComponent(url)} is shown, the bad value ignored`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  for (const url of ["/entities/999999", "/entities/abc", "/announcements/nope", "/export-controls/nope"]) {
    test(`${url} is a 404`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    });
  }
});

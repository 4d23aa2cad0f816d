import { expect, test } from "../fixtures/auth";
import { violations } from "../fixtures/axe";

/**
 * The signed-in parts of public pages (components/SessionProvider.tsx): the
 * pages render the same for everyone, and the header's account, the Admin
 * link and the Edit links come from GET /api/session in the browser.
 */

const header = (page: import("@playwright/test").Page) => page.getByRole("banner");
const footer = (page: import("@playwright/test").Page) => page.getByRole("contentinfo");

test.describe("signed-in state on public pages", () => {
  test("an editor sees the account, role and sign-out, the Admin link, and Edit on entity and announcement pages", async ({
    page,
    signInAs,
  }) => {
    const user = await signInAs("editor");
    await page.goto("/entities/1");
    const account = header(page).getByRole("group", { name: "Account" });
    await expect(account.getByText(user.email)).toBeVisible();
    await expect(account.getByText("Editor", { exact: true })).toBeVisible();
    await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(header(page).getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveAttribute(
      "href",
      "/admin",
    );
    await expect(footer(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveAttribute("href", "/admin/entities/1");
    expect(await violations(page)).toEqual([]);

    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/entities/1");

    await page.goto("/announcements/kr-2024-06-27");
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveAttribute("href", "/admin/announcements/kr-2024-06-27");
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/announcements/kr-2024-06-27");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a viewer sees the account and sign-out, but no Admin link and no Edit link", async ({ page, signInAs }) => {
    const user = await signInAs("viewer");
    await page.goto("/entities/1");
    const account = header(page).getByRole("group", { name: "Account" });
    await expect(account.getByText(user.email)).toBeVisible();
    await expect(account.getByText("Viewer", { exact: true })).toBeVisible();
    await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(footer(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await page.goto("/announcements/kr-2024-06-27");
    await expect(account).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  });

  test("an anonymous reader sees Sign in, and no account, Admin or Edit link", async ({ page }) => {
    const session = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/session");
    await page.goto("/entities/1");
    const response = await session;
    expect(await response.json()).toEqual({ signedIn: false });
    expect(response.headers()["cache-control"]).toBe("no-store");
    await expect(footer(page).getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
    await expect(header(page).getByRole("group", { name: "Account" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  });

  test("signing out from the header ends the session", async ({ page, signInAs }) => {
    const user = await signInAs("admin");
    await page.goto("/announcements/kr-2024-06-27");
    const account = header(page).getByRole("group", { name: "Account" });
    await expect(account.getByText(user.email)).toBeVisible();
    await expect(account.getByText("Administrator", { exact: true })).toBeVisible();
    await account.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect((await page.context().cookies()).find((c) => c.name === "tracker_session")).toBeUndefined();
    await expect(footer(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header(page).getByRole("group", { name: "Account" })).toHaveCount(0);
    await page.goto("/admin");
    await page.waitForURL(/\/signin/);
  });
});

import { changeRole } from "@/lib/commands/users";
import { createTestUser, disableTestUser, e2eDb, expect, test } from "../fixtures/auth";
import { violations } from "../fixtures/axe";

test.describe("signing in", () => {
  test("an anonymous visit to /admin goes to the sign-in page, which returns there", async ({ page }) => {
    await page.goto("/admin");
    await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.get("next") === "/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Email address")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("a wrong password shows an error next to the field and keeps the email", async ({ page }) => {
    const user = await createTestUser("editor");
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();

    const password = page.getByLabel("Password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("The email address or the password is not right.");
    await expect(page.getByRole("alert").filter({ hasText: "The email address or the password is not right." })).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue(user.email);
    await expect(page).toHaveURL(/\/signin/);
    expect(await violations(page)).toEqual([]);
  });

  test("an empty form names both fields", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Email address")).toHaveAccessibleDescription("Enter an email address.");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter the password.");
  });

  test("the right password signs in, goes to /admin, and signing out ends the session", async ({ page }) => {
    const user = await createTestUser("editor");
    await page.goto("/admin");
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("Email address").fill(user.email.toUpperCase());
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.waitForURL((url) => url.pathname === "/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
    await expect(page.getByText("Editor", { exact: true })).toBeVisible();
    // The session cookie is httpOnly, SameSite=Lax, and not Secure over plain http.
    const cookie = (await page.context().cookies()).find((c) => c.name === "tracker_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect((await page.context().cookies()).find((c) => c.name === "tracker_session")).toBeUndefined();
    await page.goto("/admin");
    await page.waitForURL(/\/signin/);
  });

  test("a disabled account cannot sign in, with the same message as a wrong password", async ({ page }) => {
    const user = await createTestUser("editor");
    disableTestUser(user);
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription("The email address or the password is not right.");
  });

  test("five wrong passwords pause sign-in for the account, even with the right password", async ({ page }) => {
    const user = await createTestUser("editor");
    await page.goto("/signin");
    const submit = () =>
      Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Email address").fill(user.email);
      await page.getByLabel("Password").fill(`wrong password ${i}`);
      await submit();
      // The form clears the password once the answer is shown: wait for that before typing again.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByLabel("Password")).toHaveAccessibleDescription("The email address or the password is not right.");
    }
    await page.getByLabel("Password").fill(user.password);
    await submit();
    await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("roles", () => {
  test("an editor sees the admin home but not the accounts", async ({ page, signInAs }) => {
    const user = await signInAs("editor");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await expect(page.getByText(user.email)).toBeVisible();
    await expect(page.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  });

  test("a viewer is refused /admin/users (403)", async ({ page, signInAs }) => {
    await signInAs("viewer");
    const response = await page.goto("/admin/users");
    // A 403 status once `experimental.authInterrupts` is on (forbidden()); until then the page renders the refusal itself.
    expect([200, 403]).toContain(response?.status());
    await expect(page.getByRole("heading", { level: 1, name: "Access denied" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Accounts" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Create an account" })).toHaveCount(0);
  });

  test("a disabled user loses access at once", async ({ page, signInAs }) => {
    const user = await signInAs("editor");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    disableTestUser(user);
    await page.reload();
    await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.get("next") === "/admin");
  });
});

test.describe("accounts page", () => {
  test("an admin demoted while on the page can no longer use its forms", async ({ page, signInAs }) => {
    const me = await signInAs("admin");
    const other = await createTestUser("editor");
    // The last active admin cannot be demoted: make sure another exists, whatever other tests did.
    await createTestUser("admin", "other-admin");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
    changeRole({ db: e2eDb(), actor: { name: "cli" } }, { userId: me.id, role: "editor" });
    await page.getByRole("button", { name: `Disable ${other.email}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Access denied" })).toBeVisible();
    await page.goto("/admin");
    // The other account is still active: the action checked the role again and did nothing.
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
    await signInAs("admin");
    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: other.email }) });
    await expect(row.getByRole("cell").nth(2)).toHaveText("Active");
  });

  test("an admin creates an account, with field errors first, and changes its role", async ({ page, signInAs }) => {
    await signInAs("admin");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Create account" }) });
    const email = `e2e-created-${Date.now()}-${test.info().workerIndex}@example.org`;
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Role").selectOption("viewer");
    await form.getByLabel("Password").fill("too short");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert").filter({ hasText: "at least 12 characters" })).toBeVisible();
    await expect(form.getByLabel("Email address")).toHaveValue(email);

    await form.getByLabel("Password").fill("a long enough password");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toHaveText("The account was created.");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("Viewer");

    await row.getByLabel(`Role of ${email}`).selectOption("editor");
    await row.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status")).toHaveText("The role was changed.");
    await expect(
      page
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: email }) })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("Editor");
  });
});

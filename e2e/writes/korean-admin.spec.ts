import { addSessionCookie, createTestUser, expect, test, type TestUser } from "../fixtures/auth";
import { TEST_AUTHORITY, seedTestRound, unique } from "../fixtures/test-rounds";

/**
 * The admin forms on the Korean pages (/ko/admin/…): labels, field errors
 * found in the browser and those of the server action are Korean, and after a
 * designation is entered the page stays under /ko, in Korean. Like
 * admin-forms.spec.ts, what is entered is filed under a test authority of its
 * own, with new ids and names.
 */
/** An empty announcement of the test authority. */
const seedAnnouncement = (user: TestUser) => seedTestRound(user, { idPrefix: "e2e-ko-2024-06-27", declared: { vessel: 2 } });

const CHECK_DIGIT = "IMO 9123456의 검증 숫자가 맞지 않습니다. 번호를 확인하십시오.";

test.describe("the admin forms in Korean", () => {
  test("a wrong field is refused in Korean in the browser; a designation is entered and the page stays Korean", async ({
    page,
    signInAs,
  }) => {
    test.slow();
    const admin = await signInAs("admin");
    const id = seedAnnouncement(admin);
    await page.goto(`/ko/admin/announcements/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");

    const form = page.getByRole("form", { name: "새 제재 대상" });
    await form.getByRole("radio", { name: "선박" }).check();
    const vessel = `KO TEST ${unique("ship")}`;
    await form.getByLabel("이름 (필수)").fill(vessel);
    const imo = form.getByLabel("IMO 번호");
    await imo.fill("9123456");
    await form.getByLabel("선적국").fill("RU");
    await form.getByRole("button", { name: "지정 입력" }).click();
    // Refused in the browser, next to the field and in the form's summary, in Korean.
    await expect(imo).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert").filter({ hasText: CHECK_DIGIT })).toBeVisible();
    await expect(form.getByRole("link", { name: `IMO 번호: ${CHECK_DIGIT}` })).toHaveAttribute("href", "#entry-imo");
    await expect(form.getByText("fails its check digit")).toHaveCount(0);

    // Fixed, and entered: back on the Korean page with the Korean notice.
    await imo.fill("9123453");
    await form.getByLabel("지정 사유").fill("북한 선박과의 해상 환적");
    await form.getByRole("button", { name: "지정 입력" }).click();
    await expect(page.getByRole("status")).toHaveText("지정이 입력되었습니다.");
    expect(new URL(page.url()).pathname).toBe(`/ko/admin/announcements/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const entered = page.getByRole("table", { name: "이 발표로 입력된 지정" });
    await expect(entered.getByRole("row").filter({ hasText: vessel })).toContainText("북한 선박과의 해상 환적");

    // The public Korean page of the announcement lists it.
    await page.goto(`/ko/announcements/${id}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("link", { name: vessel, exact: true })).toBeVisible();
  });

  test("without JavaScript the server action refuses the field, in Korean, and keeps what was typed", async ({ browser, baseURL }) => {
    const admin = await createTestUser("admin", "ko-nojs");
    const id = seedAnnouncement(admin);
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await addSessionCookie(context, baseURL!, admin);
    const page = await context.newPage();
    try {
      await page.goto(`/ko/admin/announcements/${id}`);
      const form = page.getByRole("form", { name: "새 제재 대상" });
      const vessel = `KO NOJS ${unique("ship")}`;
      await form.getByLabel("이름 (필수)").fill(vessel);
      await form.getByLabel("IMO 번호").fill("9123456");
      await form.getByLabel("선적국").fill("RU1");
      await form.getByRole("button", { name: "지정 입력" }).click();
      // The server's answer: the same schema, in the page's language.
      await expect(page.getByText(CHECK_DIGIT).first()).toBeVisible();
      await expect(page.getByText("두 글자 국가 코드를 입력하십시오(예: RU, KP).").first()).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
      await expect(page.getByRole("form", { name: "새 제재 대상" }).getByLabel("이름 (필수)")).toHaveValue(vessel);
      await expect(page.getByText("fails its check digit")).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test("a command's refusal about a field is said in Korean: an announcement id already taken", async ({ page, signInAs }) => {
    const admin = await signInAs("admin");
    const taken = seedAnnouncement(admin);
    await page.goto("/ko/admin/announcements/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const form = page.locator("main form").first();
    await form.locator('[name="id"]').fill(taken);
    await form.locator('[name="authorityCode"]').selectOption(TEST_AUTHORITY.code);
    await form.locator('[name="title"]').fill("같은 id의 두 번째 차수");
    await form.locator('[name="announcedOn"]').fill("2024-06-27");
    await form.locator('[name="sources"]').fill("https://example.org/e2e-ko-again");
    await form.locator('button[type="submit"]').click();
    const field = form.locator('[name="id"]');
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const error = page.locator(`[id="${await field.getAttribute("id")}-error"]`);
    await expect(error).toContainText(taken);
    await expect(error).toContainText(/[가-힣]/);
    await expect(error).not.toContainText("exists already");
    expect(new URL(page.url()).pathname).toBe("/ko/admin/announcements/new");
  });
});

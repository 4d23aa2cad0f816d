import type { Locator, Page } from "@playwright/test";
import { upsertEntity } from "@/lib/commands";
import { expect, test, type TestUser } from "../fixtures/auth";
import { TEST_AUTHORITY, ctxOf, seedTestRound, unique } from "../fixtures/test-rounds";
import { violations } from "../fixtures/axe";

/**
 * The admin forms' fields: entities chosen by name with the search picker,
 * identifiers checked as they are typed, and refusals next to their fields.
 * Like admin.spec.ts, what they enter is filed under a test authority of its
 * own, with new ids and names. The owners picked are entities of the default
 * data designated by Korea (Transmorflot LLC, 트랜스모플롯; IBEX Shipping Inc).
 */
/** An empty announcement of the test authority. */
const seedAnnouncement = (user: TestUser) => seedTestRound(user, { idPrefix: "e2e-forms-2024-06-27", declared: { vessel: 2 } });

/** Where an element stands on the page (not in the viewport, which scrolls as the field is typed into). */
const topOf = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** The id the combobox's active option has, and that option. */
async function activeOption(field: Locator, page: Page): Promise<Locator> {
  const id = await field.getAttribute("aria-activedescendant");
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

test.describe("the entity picker", () => {
  test("an owner found by part of its Hangul name and an operator by its Latin one, chosen with the keyboard", async ({
    page,
    signInAs,
  }) => {
    test.slow();
    const editor = await signInAs("editor");
    const id = seedAnnouncement(editor);
    await page.goto(`/admin/announcements/${id}`);
    const form = page.getByRole("form", { name: "A new entity" });
    await form.getByRole("radio", { name: "Vessel" }).check();
    const vessel = `PICKED OWNER ${unique("ship")}`;
    await form.getByLabel("Name (required)").fill(vessel);

    // Hangul, part of the name: the list opens and says how many it found.
    const owner = form.getByRole("combobox", { name: "Owner" });
    await owner.fill("트랜스모");
    await expect(owner).toHaveAttribute("aria-expanded", "true");
    const ownerList = form.getByRole("listbox", { name: "Entities for owner" });
    await expect(ownerList.getByRole("option").first()).toContainText("Transmorflot LLC");
    await expect(form.getByText(/entit(y|ies) found: choose with the arrow keys and Enter/).first()).toBeAttached();
    expect(await violations(page)).toEqual([]);
    await owner.press("ArrowDown");
    const first = await activeOption(owner, page);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(first).toContainText("Transmorflot LLC");
    // The line that tells it apart: its country and who designates it.
    await expect(first).toContainText("RU");
    await expect(first).toContainText("KR-MOFA");
    await owner.press("Enter");
    const chosenOwner = form.getByRole("group", { name: "Owner, chosen" });
    await expect(chosenOwner).toContainText("Transmorflot LLC");
    await expect(chosenOwner).toContainText("Organization");
    await expect(form.getByRole("button", { name: "Change Transmorflot LLC" })).toBeFocused();

    // Latin: Escape closes the list, the arrow keys open it again.
    const operator = form.getByRole("combobox", { name: "Operator" });
    await operator.fill("IBEX Shipping");
    await expect(operator).toHaveAttribute("aria-expanded", "true");
    await operator.press("Escape");
    await expect(operator).toHaveAttribute("aria-expanded", "false");
    await operator.press("ArrowDown");
    await expect(operator).toHaveAttribute("aria-expanded", "true");
    await expect(await activeOption(operator, page)).toContainText("IBEX Shipping Inc");
    await operator.press("Enter");
    await expect(form.getByRole("group", { name: "Operator, chosen" })).toContainText("IBEX Shipping Inc");

    // Change goes back to the search with the name; choosing again keeps the same owner.
    await form.getByRole("button", { name: "Change Transmorflot LLC" }).click();
    await expect(owner).toBeFocused();
    await expect(owner).toHaveValue("Transmorflot LLC");
    await expect(form.getByRole("listbox", { name: "Entities for owner" }).getByRole("option").first()).toContainText("Transmorflot LLC");
    await owner.press("ArrowDown");
    await owner.press("Enter");
    await expect(chosenOwner).toContainText("Transmorflot LLC");

    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(page.getByRole("status")).toHaveText("The designation was entered.");

    // The vessel's public page shows whom it is owned and operated by.
    await page.goto(`/announcements/${id}`);
    await page.getByRole("link", { name: vessel, exact: true }).click();
    const related = page.getByRole("region", { name: "Relationships" });
    await expect(related.getByRole("listitem").filter({ hasText: "Owned by" })).toContainText("Transmorflot LLC");
    await expect(related.getByRole("listitem").filter({ hasText: "Operated by" })).toContainText("IBEX Shipping Inc");
  });

  test("a name typed but not chosen is refused next to its field, not dropped", async ({ page, signInAs }) => {
    const editor = await signInAs("editor");
    const id = seedAnnouncement(editor);
    await page.goto(`/admin/announcements/${id}`);
    const form = page.getByRole("form", { name: "A new entity" });
    await form.getByLabel("Name (required)").fill(`UNCHOSEN ${unique("ship")}`);
    const owner = form.getByRole("combobox", { name: "Owner" });
    await owner.fill("no such owner anywhere");
    await expect(form.getByText("No entity found.")).toBeAttached();
    await form.getByRole("button", { name: "Enter the designation" }).click();
    await expect(owner).toHaveAttribute("aria-invalid", "true");
    await expect(owner).toHaveAccessibleDescription(/Choose one of the entities listed under the field, or clear it\./);
    await expect(owner).toBeFocused();
    // The summary at the top names the field and links to it.
    await expect(
      form.getByRole("link", { name: "Owner: Choose one of the entities listed under the field, or clear it." }),
    ).toHaveAttribute("href", "#entry-ownerId");
  });
});

test.describe("identifiers checked as they are typed", () => {
  test("a wrong IMO check digit is said once the seventh digit is typed, and the fields below do not move", async ({ page, signInAs }) => {
    const editor = await signInAs("editor");
    const id = seedAnnouncement(editor);
    await page.goto(`/admin/announcements/${id}`);
    const form = page.getByRole("form", { name: "A new entity" });
    await form.getByRole("radio", { name: "Vessel" }).check();
    const imo = form.getByLabel("IMO number");
    const below = form.getByRole("combobox", { name: "Owner" });
    const before = await topOf(below);

    await imo.pressSequentially("912345");
    await expect(imo).not.toHaveAttribute("aria-invalid", "true");
    await imo.press("6");
    await expect(imo).toHaveAttribute("aria-invalid", "true");
    await expect(imo).toHaveAccessibleDescription(/IMO 9123456 fails its check digit: check the number\./);
    await expect(form.getByRole("alert").filter({ hasText: "IMO 9123456 fails its check digit" })).toBeVisible();
    expect(await topOf(below)).toBe(before);

    await imo.press("Backspace");
    await imo.press("3");
    await expect(imo).not.toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert").filter({ hasText: "IMO" })).toHaveCount(0);
    expect(await topOf(below)).toBe(before);

    // A short number is said when the field is left.
    await imo.fill("912");
    await expect(imo).not.toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Flag").focus();
    await expect(imo).toHaveAccessibleDescription(/An IMO number has seven digits\./);
    expect(await topOf(below)).toBe(before);
  });
});

test.describe("refusals next to their fields", () => {
  test("an announcement id already taken: the server's refusal stands next to the Id field", async ({ page, signInAs }) => {
    const editor = await signInAs("editor");
    const taken = seedAnnouncement(editor);
    await page.goto("/admin/announcements/new");
    await page.getByLabel("Id (required)").fill(taken);
    await page.getByLabel("Authority (required)").selectOption(TEST_AUTHORITY.code);
    await page.getByLabel("Title (required)").fill("A second round with the same id");
    await page.getByLabel("Announced on (required)").fill("2024-06-27");
    await page.getByLabel("Sources (required)").fill("https://example.org/e2e-forms-again");
    await page.getByRole("button", { name: "Create the announcement" }).click();
    const field = page.getByLabel("Id (required)");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(`An announcement with the id ${taken} exists already`));
    await expect(field).toBeFocused();
    await expect(page.getByRole("link", { name: /exists already/ })).toHaveAttribute("href", /#.*-id$/);
    // What was typed stays.
    await expect(page.getByLabel("Title (required)")).toHaveValue("A second round with the same id");
  });
});

test.describe("related entities", () => {
  test("an editor relates an entity to another from its admin page, chosen by name", async ({ page, signInAs }) => {
    test.slow();
    const editor = await signInAs("editor");
    const ship = upsertEntity(ctxOf(editor), { kind: "vessel", name: `RELATED SHIP ${unique("v")}` }).id;
    const managerName = `Related Test Management ${unique("co")}`;
    upsertEntity(ctxOf(editor), { kind: "organization", name: managerName });

    await page.goto(`/admin/entities/${ship}`);
    await page.getByText("Add a related entity").click();
    const form = page.getByRole("form", { name: "Add a related entity" });

    // Nothing chosen: the error stands next to the field.
    await form.getByRole("button", { name: "Add the related entity" }).click();
    const related = form.getByRole("combobox", { name: "Related entity (required)" });
    await expect(related).toHaveAttribute("aria-invalid", "true");
    await expect(related).toHaveAccessibleDescription(/Choose the related entity/);

    await form.getByLabel("Relation").selectOption("operated_by");
    await related.fill(managerName);
    await expect(form.getByRole("listbox").getByRole("option").first()).toContainText(managerName);
    await related.press("ArrowDown");
    await related.press("Enter");
    await expect(form.getByRole("group", { name: "Related entity, chosen" })).toContainText(managerName);
    await form.getByLabel("Source").fill("https://example.org/e2e-related");
    expect(await violations(page)).toEqual([]);
    await form.getByRole("button", { name: "Add the related entity" }).click();
    await expect(page.getByRole("status")).toHaveText("The related entity was added.");
    const section = page.getByRole("region", { name: "Related entities" });
    await expect(section.getByRole("listitem").filter({ hasText: "Operated by" })).toContainText(managerName);

    // The identifier form checks an IMO number as it is typed too.
    await page.getByText("Add an identifier").click();
    const identifier = page.getByRole("form", { name: "Add an identifier" });
    await identifier.getByLabel("Type").selectOption("imo");
    const value = identifier.getByLabel("Identifier (required)");
    await value.pressSequentially("9123456");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAccessibleDescription(/IMO 9123456 fails its check digit/);
    // Another type chosen after the value: the value is judged by that type's rule (a registration number has none).
    await identifier.getByLabel("Type").selectOption("registration");
    await expect(value).not.toHaveAttribute("aria-invalid", "true");
  });
});

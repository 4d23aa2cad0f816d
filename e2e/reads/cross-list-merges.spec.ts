import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * One real thing, one entity (docs/decisions/0009): the default data's
 * cross-list reconciliation merged the UN record of HAJI BASIR AND ZARJMIL
 * COMPANY HAWALA into the OFAC one, and left RI JE-SON (OFAC 12216, UN
 * KPi.002: a name and a birth year in common, nothing more) as a possible match.
 */

type SearchHit = { id: number; name: string; refs: string[] };

/** The entity holding a list record, found by the search API. */
async function entityWithRef(request: APIRequestContext, q: string, ref: string): Promise<SearchHit> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
  expect(response.status()).toBe(200);
  const { results } = (await response.json()) as { results: SearchHit[] };
  const hit = results.find((r) => r.refs.includes(ref));
  expect(hit, `an entity with ${ref}`).toBeTruthy();
  return hit!;
}

function designationsOf(page: import("@playwright/test").Page) {
  return page.getByRole("region", { name: "Designations" });
}

test.describe("cross-list merges", () => {
  test("HAJI BASIR is one entity with the OFAC and UN designations; the UN record's old address redirects to it", async ({
    page,
    request,
  }) => {
    const name = "HAJI BASIR AND ZARJMIL COMPANY HAWALA";
    const survivor = await entityWithRef(request, name, "ofac:17150");
    expect(survivor.refs).toEqual(["ofac:17150", "un:TAe.014"]);

    // The API names the entity merged into it; the merged-away id answers with the survivor's.
    const api = await request.get(`/api/entities/${survivor.id}`);
    const body = (await api.json()) as { merged: { id: number; rule: string }[] };
    expect(body.merged).toEqual([expect.objectContaining({ rule: "same name and country" })]);
    const away = body.merged[0]!.id;
    const awayApi = await request.get(`/api/entities/${away}`);
    expect(awayApi.status()).toBe(200);
    expect(await awayApi.json()).toEqual({ id: away, mergedInto: survivor.id, href: `/api/entities/${survivor.id}` });

    // The page of the merged-away id is a permanent redirect.
    const redirect = await request.get(`/entities/${away}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers()["location"]).toMatch(new RegExp(`/entities/${survivor.id}$`));

    await page.goto(`/entities/${away}`);
    await expect(page).toHaveURL(new RegExp(`/entities/${survivor.id}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const designations = designationsOf(page);
    await expect(designations.getByRole("heading", { name: /^US-OFAC\b/ })).toBeVisible();
    await expect(designations.getByRole("heading", { name: /^UN-/ }).first()).toBeVisible();
    const merged = page.getByRole("region", { name: "Merged records" });
    await expect(merged).toContainText(`${name} (formerly record ${away})`);
    await expect(merged).toContainText("same name and country");
    await expect(page.getByRole("region", { name: "List records" })).toContainText("TAe.014");

    // One row in the entity list, not two.
    await page.goto(`/entities?q=${encodeURIComponent("HAJI BASIR")}`);
    await expect(page.getByRole("table").getByRole("link", { name, exact: true })).toHaveCount(1);
  });

  test("a possible match is linked on both entities' pages", async ({ page, request }) => {
    const ofac = await entityWithRef(request, "RI JE-SON", "ofac:12216");
    const un = await entityWithRef(request, "RI JE-SON", "un:KPi.002");
    expect(ofac.id).not.toBe(un.id);
    for (const [from, to] of [
      [ofac, un],
      [un, ofac],
    ] as const) {
      await page.goto(`/entities/${from.id}`);
      const matches = page.getByRole("region", { name: "Possibly the same as" });
      const link = matches.getByRole("link", { name: to.name, exact: true });
      await expect(link).toHaveAttribute("href", `/entities/${to.id}`);
      await expect(matches).toContainText("same name, born 1938");
    }
  });
});

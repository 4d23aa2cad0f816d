import { delist, designate, ensureAuthority, upsertEntity, type CommandContext } from "@/lib/commands";
import { e2eDb, expect, test } from "../fixtures/auth";

/**
 * The status line of an entity no longer sanctioned. The default data holds no
 * delisting (one publication of each list, and seed facts with no delisting),
 * so this spec records one through the commands, on the writes server, under
 * a test authority and a name of its own.
 */
const AUTHORITY = { code: "E2E-ST", name: "Test authority for the entity status line", country: null };
const ctx = (): CommandContext => ({ db: e2eDb(), actor: { name: "e2e" } });

test("a delisted entity's status line: no designation in force since the delisting, by whom and when", async ({ page }) => {
  try {
    ensureAuthority(ctx(), AUTHORITY);
  } catch (err) {
    // Two workers may race to create it.
    if (!/UNIQUE/.test(String(err))) throw err;
  }
  const name = `Status Line Test Shipping ${process.pid}-${Date.now().toString(36)}`;
  const { id: entityId } = upsertEntity(ctx(), { kind: "organization", name });
  const { id: designationId } = designate(ctx(), {
    entityId,
    authorityCode: AUTHORITY.code,
    listedOn: "2022-03-01",
    sources: ["https://example.org/e2e-status-listing"],
  });
  delist(ctx(), {
    designationId,
    delistedOn: "2025-02-03",
    reason: "Removed from the list",
    source: "https://example.org/e2e-status-delisting",
  });

  await page.goto(`/entities/${entityId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sanctions status" })).toHaveText(
    "No designation in force since 2025-02-03: delisted by E2E-ST on 2025-02-03.",
  );
});

import fc from "fast-check";
import { upsertEntity } from "@/lib/commands";
import { e2eDb, expect, test } from "../fixtures/auth";

/**
 * The admin forms work without JavaScript (a plain POST of the form, which
 * Next.js runs as the server action and answers with the page re-rendered).
 * A signed-in editor's POST of the record form, its hidden `$ACTION_…` fields
 * read from the rendered page and its fields filled with hostile values,
 * answers the form again with field errors, or saves and redirects: never a
 * server error.
 */

const hostile = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "a\u0000b",
    "\u0001\u001f\u007f",
    "\ud800",
    "\uFFFD",
    "<script>alert(1)</script>",
    "'; DROP TABLE entities;--",
    '=HYPERLINK("http://x","y")',
    "한국어 Иван محمد",
    "x".repeat(100_000),
    "1e309",
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
);

test("the record form posted without JavaScript with hostile values: field errors or a save, never a server error", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const editor = await signInAs("editor");
  const ctx = { db: e2eDb(), actor: { name: `user:${editor.id}`, userId: editor.id } };
  const id = upsertEntity(ctx, { kind: "organization", name: `HOSTILE POST ${process.pid} ${Date.now().toString(36)}` }).id;
  const url = `/admin/entities/${id}`;

  // Every field of the form as the browser would send it, the hidden $ACTION_… fields included. Read once: after a
  // save the version they carry is stale, which is one more refusal to answer (a version conflict), not a server error.
  await page.goto(url);
  const fields = await page
    .locator("#record-form")
    .evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""] as const));
  expect(fields.some(([k]) => k.startsWith("$ACTION"))).toBe(true);
  const origin = new URL(page.url()).origin;

  await fc.assert(
    fc.asyncProperty(
      fc.record({ name: hostile, remarks: hostile, odd: fc.subarray(["__proto__.x", "name.0", "version.1", "version"], { maxLength: 2 }) }),
      async ({ name, remarks, odd }) => {
        const multipart: Record<string, string> = Object.fromEntries(fields);
        multipart.name = name;
        multipart.remarks = remarks;
        for (const k of odd) multipart[k] = "0x10";
        const response = await page.request.post(url, { multipart, maxRedirects: 0, headers: { origin } });
        const status = response.status();
        expect(status, `name ${JSON.stringify(name.slice(0, 40))}, remarks ${JSON.stringify(remarks.slice(0, 40))}`).toBeLessThan(500);
        if (status === 200) {
          // The form again: a field error or a message at the top of the form.
          expect(await response.text()).toMatch(/aria-invalid="true"|role="alert"/);
        } else {
          expect([303, 307, 308]).toContain(status);
        }
      },
    ),
    { numRuns: 12 },
  );
});

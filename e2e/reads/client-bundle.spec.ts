import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { en } from "@/lib/i18n/en";
import { ko } from "@/lib/i18n/ko";
import { PUBLIC_PAGES } from "../fixtures/public-pages";

/**
 * What the browser is sent. The database layer and the catalog stay on the
 * server: `server-only` makes a client import of them fail the build, and this
 * spec checks the build's output itself, so a leak that goes around the
 * markers (a module left unmarked, a constant copied) is found too. It reads
 * the production build the `reads` server runs (playwright.config.ts builds
 * it in .next before the servers start).
 */
const CHUNKS_DIR = path.join(process.cwd(), ".next", "static", "chunks");

/**
 * Text only the server has: table and column names as the SQL writes them
 * (drizzle's table definitions carry them), the driver's name, and the
 * drizzle's own marks on its tables.
 */
const SERVER_MARKERS = [
  "password_hash",
  "change_log",
  "login_attempts",
  "search_names",
  "better-sqlite3",
  "SQLiteTable",
  "drizzle:Columns",
];

/** Every sentence of a part of the catalog (leaves of at least three words, so no common word matches by chance). */
function sentencesOf(messages: object): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (value.split(" ").length >= 3) found.push(value);
    } else if (value && typeof value === "object") {
      Object.values(value).forEach(walk);
    }
  };
  walk(messages);
  return found;
}

/** All the text of a part of the catalog: its strings and the code of its functions. */
function textOf(messages: object): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string" || typeof value === "function") parts.push(String(value));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(messages);
  return parts.join("\n");
}

/**
 * The catalog's parts that no module in the browser reads, in each language:
 * client components get their words as props (the screening form and its
 * "Save as a watchlist" form too, in the page's language), the admin forms
 * from getFormMessages(locale) (admin, auth, common, entities, export
 * controls, of both languages: a form speaks its page's). A sentence also
 * found in those parts ("Designations in force" in "Designations in force on
 * that day") is left out.
 */
function serverOnlySentences(catalog: typeof en, locale: "en" | "ko"): string[] {
  const { admin, auth, common, entities, exportControls, ...serverOnlyParts } = catalog;
  const browserText = [
    textOf({ admin, auth, common, entities, exportControls }),
    ...BROWSER_MODULES.map((name) => sourceOf(locale, name)),
  ].join("\n");
  return sentencesOf(serverOnlyParts).filter((s) => !browserText.includes(s));
}
/**
 * The modules of the parts the browser reads, whose own constants (the Korean
 * admin part's names of the records a change is about: "통제 목록 개정") go
 * with them; a server-only part may say the same words.
 */
const BROWSER_MODULES = ["admin", "auth", "common", "entities", "export-controls"];
const sourceOf = (locale: string, name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "i18n", locale, `${name}.ts`), "utf8");
const SERVER_ONLY_SENTENCES = [...serverOnlySentences(en, "en"), ...serverOnlySentences(ko, "ko")];

/** The admin pages' words, in each language, which no public page's scripts may hold. */
function adminSentences({ admin, auth, common, entities, exportControls }: typeof en): string[] {
  const publicText = textOf({ auth, common, entities, exportControls });
  return sentencesOf(admin).filter((s) => !publicText.includes(s));
}
const ADMIN_SENTENCES = [...adminSentences(en), ...adminSentences(ko)];

function chunkFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return chunkFiles(full);
    return entry.name.endsWith(".js") ? [full] : [];
  });
}

/** The markers found in `text`. */
const found = (text: string, markers: readonly string[]) => markers.filter((marker) => text.includes(marker));

/** The scripts a page names, in its HTML and in the component payload inlined in it (the chunks its client components need). */
async function scriptsOf(request: APIRequestContext, page: string): Promise<string[]> {
  const response = await request.get(page);
  expect(response.status(), page).toBe(200);
  const html = await response.text();
  return [...new Set(html.match(/\/_next\/static\/chunks\/[\w./-]+?\.js/g) ?? [])];
}

test.describe("the scripts sent to the browser", () => {
  test("the markers would be found: they are in the catalog and the schema as written", () => {
    // The spec checks text that exists: a marker renamed away would make it pass for nothing.
    expect(serverOnlySentences(en, "en").length).toBeGreaterThan(50);
    expect(serverOnlySentences(ko, "ko").length).toBeGreaterThan(50);
    expect(adminSentences(en).length).toBeGreaterThan(50);
    expect(adminSentences(ko).length).toBeGreaterThan(50);
    const schema = fs.readFileSync(path.join(process.cwd(), "db", "schema", "auth.ts"), "utf8");
    expect(schema).toContain('"password_hash"');
  });

  test("no client chunk holds the database layer or the catalog's server-only parts", () => {
    const files = chunkFiles(CHUNKS_DIR);
    expect(files.length, `client chunks in ${CHUNKS_DIR}`).toBeGreaterThan(5);
    const leaks = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      const hits = [...found(text, SERVER_MARKERS), ...found(text, SERVER_ONLY_SENTENCES).slice(0, 3)];
      return hits.length ? [`${path.relative(CHUNKS_DIR, file)}: ${hits.join(" | ")}`] : [];
    });
    expect(leaks).toEqual([]);
  });

  test("no public page loads the admin pages' words", async ({ request }) => {
    const leaks: string[] = [];
    for (const page of PUBLIC_PAGES) {
      const scripts = await scriptsOf(request, page);
      expect(scripts.length, `scripts of ${page}`).toBeGreaterThan(0);
      for (const script of scripts) {
        const text = await (await request.get(script)).text();
        const hits = found(text, [...ADMIN_SENTENCES, ...SERVER_MARKERS]);
        if (hits.length) leaks.push(`${page} loads ${script}: ${hits.slice(0, 3).join(" | ")}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

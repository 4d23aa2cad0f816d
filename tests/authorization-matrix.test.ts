import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { getDb } from "@/db/client";
import { createSession } from "@/lib/auth/sessions";
import { runWithSessionToken } from "@/lib/auth/session-token";
import { hasRole } from "@/lib/domain/roles";
import {
  CLI_ACTOR,
  createAnnouncement,
  createRevision,
  createUser,
  ensureAuthority,
  enterDesignation,
  upsertControlList,
} from "@/lib/commands";
import { createTestDb, rowCounts, type TestDb } from "./helpers/db";

/**
 * The authorization matrix, enumerated FROM THE CODE: every page and route
 * handler under an `admin` folder of app/, and every exported function of
 * every module that starts with "use server" (app/ and lib/), is called as
 * anonymous, viewer, editor and admin. A new admin page, route or action that
 * forgets its check fails here.
 *
 * How a call is made outside a request: pages and actions read the session
 * through lib/auth/guard.ts, which takes the token from
 * `runWithSessionToken` (lib/auth/session-token.ts) when one is set; route
 * handlers get a Request with the cookie. `forbidden()` is enabled as
 * next.config.mjs enables it (experimental.authInterrupts).
 *
 * Outcomes: `signin` (redirected to /signin), `403` (forbidden()), `401`/`403`
 * (JSON from authorizeRequest), `ok` (the guard let it through: the page
 * rendered, the action answered; actions get an empty form, which every one
 * refuses without writing anything).
 */

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const ROOT = path.resolve(__dirname, "..");
const APP = path.join(ROOT, "app");
type Level = Role | "public";
type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", "viewer", "editor", "admin"];

/**
 * The role each target needs where it is not "editor" (the floor for anything
 * under admin/). Keys: a page's route, a route handler's `route METHOD`, an
 * action's `file#export` or `file#*`.
 */
const NEEDS: Record<string, Level> = {
  "/admin/users": "admin",
  "app/admin/users/actions.ts#*": "admin",
  "app/signin/actions.ts#signIn": "public",
  // A watchlist is any signed-in user's own: the actions need a session, and the commands check ownership.
  "app/watchlists/[id]/actions.ts#*": "viewer",
};

function needs(key: string, file?: string): Level {
  return NEEDS[key] ?? (file ? NEEDS[`${file}#*`] : undefined) ?? "editor";
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : walk(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
/** The URL path of an app/ file: app/admin/entities/[id]/page.tsx → /admin/entities/[id]. */
const routeOf = (file: string) =>
  "/" +
  path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");
const underAdmin = (file: string) => routeOf(file).split("/").includes("admin");

/** Source without comments, to find directives. */
const code = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
const isServerActionModule = (file: string) => /^\s*["']use server["'];?/.test(code(file));

const appFiles = walk(APP);
const pages = appFiles.filter((f) => path.basename(f) === "page.tsx" && underAdmin(f));
const routes = appFiles.filter((f) => /^route\.tsx?$/.test(path.basename(f)) && underAdmin(f));
const actionFiles = [...appFiles, ...walk(path.join(ROOT, "lib"))].filter(isServerActionModule);

/** "signin", "403", "401", "ok", or what else was thrown. */
type Outcome = string;

function outcomeOfThrown(err: unknown): Outcome {
  const digest = (err as { digest?: unknown })?.digest;
  if (typeof digest === "string") {
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]?.startsWith("/signin") ? "signin" : "ok";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "403";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;401") return "401";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404 (give the test real params)";
  }
  throw err;
}

function expected(level: Level, caller: Caller, kind: "page" | "action" | "route"): Outcome {
  if (level === "public") return "ok";
  if (caller === "anonymous") return kind === "route" ? "401" : "signin";
  return hasRole(caller, level) ? "ok" : "403";
}

describe("authorization matrix (every admin page, admin route and server action, from the code)", () => {
  let t: TestDb;
  const tokens: Record<Caller, string | null> = { anonymous: null, viewer: null, editor: null, admin: null };
  const params: Record<string, Record<string, string>> = {};
  const matrix: string[][] = [];

  beforeAll(async () => {
    t = createTestDb();
    // getDb() opens DATABASE_PATH on first use: the pages and actions read this database.
    process.env.DATABASE_PATH = t.file;
    const cli = { db: t.db, actor: { name: CLI_ACTOR } };
    for (const role of ["viewer", "editor", "admin"] as const) {
      const id = await createUser(cli, { email: `${role}@example.org`, role, password: "matrix password 123" });
      tokens[role] = createSession(t.db, id).token;
    }
    ensureAuthority(cli, { code: "KR-MOFA", name: "Ministry of Foreign Affairs" });
    createAnnouncement(cli, {
      id: "kr-matrix-round",
      authorityCode: "KR-MOFA",
      title: "A round",
      announcedOn: "2024-06-27",
      declared: { vessel: 1 },
      sources: ["https://example.org/round"],
    });
    const { entityId } = enterDesignation(cli, { announcementId: "kr-matrix-round", entity: { kind: "vessel", name: "PATRIOT" } });
    upsertControlList(cli, { key: "annex-2-2", authorityCode: "KR-MOFA", name: "Annex 2-2", unit: "items" });
    createRevision(cli, {
      listKey: "annex-2-2",
      effectiveOn: "2024-02-24",
      added: 5,
      removed: 0,
      total: 5,
      sources: ["https://example.org/a"],
    });
    params["/admin/announcements/[id]"] = { id: "kr-matrix-round" };
    params["/admin/entities/[id]"] = { id: String(entityId) };
    params["/admin/export-controls/[key]/revisions/new"] = { key: "annex-2-2" };
  });

  afterAll(() => {
    if (matrix.length) {
      const width = Math.max(...matrix.map((r) => r[0]!.length));
      console.log(
        [
          "target".padEnd(width) + "  needs    " + CALLERS.map((c) => c.padEnd(10)).join(""),
          ...matrix.map(
            (r) =>
              r[0]!.padEnd(width) +
              "  " +
              r
                .slice(1)
                .map((c) => c.padEnd(9))
                .join(""),
          ),
        ].join("\n"),
      );
    }
    const db = getDb();
    if (db.$client.open) db.$client.close();
    t?.close();
  });

  it("finds the admin pages and the server actions", () => {
    expect(pages.map(routeOf)).toEqual(
      expect.arrayContaining([
        "/admin",
        "/admin/users",
        "/admin/announcements/new",
        "/admin/announcements/[id]",
        "/admin/entities/[id]",
        "/admin/audit",
      ]),
    );
    expect(actionFiles.map(rel)).toEqual(
      expect.arrayContaining(["app/admin/users/actions.ts", "app/admin/entities/[id]/actions.ts", "app/signin/actions.ts"]),
    );
  });

  it("has no inline server action (one inside a component cannot be enumerated and checked here)", () => {
    const inline = [...appFiles, ...walk(path.join(ROOT, "lib"))].filter((f) => {
      const body = code(f).replace(/^\s*["']use server["'];?/, "");
      return /["']use server["']/.test(body);
    });
    expect(inline.map(rel)).toEqual([]);
  });

  it("every admin page calls the guard itself (checkPageAccess or requireUser, in its own source)", () => {
    const missing = pages.filter((f) => !/\b(checkPageAccess|requireUser)\(/.test(code(f))).map(rel);
    expect(missing).toEqual([]);
  });

  it("every admin page answers each role as its role requires", async () => {
    const problems: string[] = [];
    for (const file of pages) {
      const route = routeOf(file);
      const dynamic = [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
      const given = params[route] ?? {};
      const missingParams = dynamic.filter((p) => !(p in given));
      if (missingParams.length) {
        problems.push(`${route}: the test has no value for ${missingParams.join(", ")} (add it to params in beforeAll)`);
        continue;
      }
      const mod = (await import(/* @vite-ignore */ file)) as { default: (props: unknown) => unknown };
      const level = needs(route);
      const row = [route, level];
      for (const caller of CALLERS) {
        let outcome: Outcome;
        try {
          await runWithSessionToken(tokens[caller], () =>
            mod.default({ params: Promise.resolve(given), searchParams: Promise.resolve({}) }),
          );
          outcome = "ok";
        } catch (err) {
          outcome = outcomeOfThrown(err);
        }
        row.push(outcome);
        const want = expected(level, caller, "page");
        if (outcome !== want) problems.push(`${route} as ${caller}: ${outcome}, expected ${want}`);
      }
      matrix.push(row);
    }
    expect(problems).toEqual([]);
  });

  it("every admin route handler answers each role as its role requires", async () => {
    const problems: string[] = [];
    for (const file of routes) {
      const route = routeOf(file);
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function")) {
        const level = needs(`${route} ${method}`);
        const row = [`${method} ${route}`, level];
        for (const caller of CALLERS) {
          const token = tokens[caller];
          const request = new Request(`http://tracker.test${route}`, {
            method,
            headers: token ? { cookie: `tracker_session=${token}` } : {},
          });
          let outcome: Outcome;
          try {
            const res = await (mod[method] as (r: Request) => Response | Promise<Response>)(request);
            outcome = res.status === 401 ? "401" : res.status === 403 ? "403" : "ok";
          } catch (err) {
            outcome = outcomeOfThrown(err);
          }
          row.push(outcome);
          const want = expected(level, caller, "route");
          if (outcome !== want) problems.push(`${method} ${route} as ${caller}: ${outcome}, expected ${want}`);
        }
        matrix.push(row);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every server action checks the session and role itself, and an empty form changes nothing", async () => {
    const problems: string[] = [];
    const before = rowCounts(t.db);
    for (const file of actionFiles) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const exported = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, (...args: unknown[]) => unknown][];
      expect(exported.length, `${rel(file)} exports no action`).toBeGreaterThan(0);
      for (const [name, action] of exported) {
        const key = `${rel(file)}#${name}`;
        const level = needs(key, rel(file));
        const row = [key, level];
        for (const caller of CALLERS) {
          let outcome: Outcome;
          try {
            // useActionState actions take (previous state, form data); form actions take the form data alone.
            const args = action.length >= 2 ? [{ values: {}, errors: {} }, new FormData()] : [new FormData()];
            await runWithSessionToken(tokens[caller], () => action(...args));
            outcome = "ok";
          } catch (err) {
            outcome = outcomeOfThrown(err);
          }
          row.push(outcome);
          const want = expected(level, caller, "action");
          if (outcome !== want) problems.push(`${key} as ${caller}: ${outcome}, expected ${want}`);
        }
        matrix.push(row);
      }
    }
    expect(problems).toEqual([]);
    // Refused or invalid, nothing was written (sign-in attempts are not data, and an empty form makes none).
    expect(rowCounts(t.db)).toEqual(before);
  });
});

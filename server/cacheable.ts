import type http from "node:http";
import { splitLocale } from "@/lib/i18n/locales";

/**
 * The pages and API answers that are the same for every reader: they read the
 * database and the URL, never the session (the signed-in parts of a public
 * page come from /api/session in the browser). Only these are kept; a path
 * not listed here is rendered on every request, which is slower, never wrong.
 * Pages are matched on the path without its language prefix (/ko/entities is
 * /entities in Korean, kept apart by its URL); API answers have one language.
 */
const SHARED_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/entities(\/[^/]+)?$/,
  /^\/export-controls(\/[^/]+)?$/,
  /^\/announcements(\/[^/]+)?$/,
  /^\/imports(\/[^/]+)?$/,
  /^\/history(\/feed\.xml)?$/,
  /^\/search$/,
  /^\/sources$/,
  /^\/api-docs$/,
];

const SHARED_API: readonly RegExp[] = [/^\/api\/search$/, /^\/api\/entities\/[^/]+$/, /^\/api\/openapi\.json$/];

/** Headers with which Next.js answers something other than the whole page (client navigation, forms). */
const PARTIAL_REQUEST_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The cache key of a request that may be served from the page cache, or null.
 * The key holds what a page may read besides the database: the URL, and the
 * host and scheme that absolute links (the Atom feed, the OpenAPI document)
 * are made of.
 */
export function cacheKeyOf(req: http.IncomingMessage): string | null {
  if (req.method !== "GET" || !req.url) return null;
  if (PARTIAL_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const pathname = req.url.split("?", 1)[0]!;
  const page = splitLocale(pathname).path;
  if (!SHARED_PAGES.some((pattern) => pattern.test(page)) && !SHARED_API.some((pattern) => pattern.test(pathname))) return null;
  // An address that does not decode is refused by proxy.ts, which only a request handled by Next.js directly meets.
  if (!decodes(pathname)) return null;
  const origin = [first(req.headers["x-forwarded-proto"]), first(req.headers["x-forwarded-host"]), first(req.headers.host)];
  return `${origin.join(" ")} ${req.url}`;
}

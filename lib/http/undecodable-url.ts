import { json } from "@/lib/api/responses";

/**
 * Addresses whose percent-encoding is not UTF-8 (`/entities/%ff`, `/api/search?q=%ff`, a lone `%`).
 *
 * Next.js decodes a dynamic segment with `decodeURIComponent` while it picks
 * the route, and when that throws the production server answers a bare 500
 * (vercel/next.js#92557, open). The proxy (`proxy.ts`) asks this module first:
 * a page address that cannot be decoded names nothing, so it is the not-found
 * page (404); an API address is a 400 with its reason, as every bad parameter is.
 * A page's query string is decoded leniently by Next.js (U+FFFD for the bytes
 * it cannot read) and `ParamReader` drops such a value with a notice; the API
 * says which parameter it could not read instead.
 */

/** Whether `encoded` decodes as percent-encoded UTF-8. */
export function isDecodable(encoded: string): boolean {
  try {
    decodeURIComponent(encoded);
    return true;
  } catch {
    return false;
  }
}

/** The names (as written) of the query's parameters whose name or value does not decode; `+` is a space. */
export function undecodableParams(search: string): string[] {
  const bad: string[] = [];
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const [name = "", value = ""] = pair.split(/=(.*)/s);
    if (!isDecodable(name.replace(/\+/g, " ")) || !isDecodable(value.replace(/\+/g, " "))) bad.push(name.slice(0, 40));
  }
  return bad;
}

export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * What to answer instead of routing `url`: for an API address whose path or
 * query does not decode, a 400 JSON `{ error, reason }`; for a page address
 * whose path does not decode, `"not-found"`; otherwise null (route as usual).
 */
export function refuseUndecodable(url: URL): Response | "not-found" | null {
  const pathOk = isDecodable(url.pathname);
  if (!isApiPath(url.pathname)) return pathOk ? null : "not-found";
  if (!pathOk) return json({ error: "invalid_address", reason: "The address is not valid percent-encoded UTF-8." }, { status: 400 });
  const params = undecodableParams(url.search);
  if (params.length === 0) return null;
  const issues = params.map((path) => ({ path, message: "Not valid percent-encoded UTF-8" }));
  return json({ error: "invalid_parameters", reason: issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues }, { status: 400 });
}

/** Where a page address that cannot be decoded is sent: no route answers it, so the app's not-found page does, with a 404. */
export const UNDECODABLE_PAGE_REWRITE = "/_undecodable-address";

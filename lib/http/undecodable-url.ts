import { json } from "@/lib/api/responses";

/**
 * Addresses whose path's percent-encoding is not UTF-8 (`/entities/%ff`, a lone `%`).
 *
 * Next.js decodes a dynamic segment with `decodeURIComponent` while it picks
 * the route, and when that throws the production server answers a bare 500
 * (vercel/next.js#92557, open). The proxy (`proxy.ts`) asks this module first:
 * a page address that cannot be decoded names nothing, so it is the not-found
 * page (404); an API address is a 400 with its reason, as every bad parameter is.
 * A query string is decoded leniently by Next.js (U+FFFD for the bytes it
 * cannot read, and the proxy sees it so re-encoded): `ParamReader` drops such
 * a value with a notice on a page, and the API's schemas refuse it (400).
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

export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * What to answer instead of routing `url` when its path does not decode: for
 * an API address a 400 JSON `{ error, reason }`, for a page `"not-found"`;
 * null when the path decodes (route as usual).
 */
export function refuseUndecodable(url: URL): Response | "not-found" | null {
  if (isDecodable(url.pathname)) return null;
  if (!isApiPath(url.pathname)) return "not-found";
  return json({ error: "invalid_address", reason: "The address is not valid percent-encoded UTF-8." }, { status: 400 });
}

/** Where a page address that cannot be decoded is sent: no route answers it, so the app's not-found page does, with a 404. */
export const UNDECODABLE_PAGE_REWRITE = "/_undecodable-address";

import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, PATH_HEADER } from "@/lib/i18n/request-headers";
import { splitLocale } from "@/lib/i18n/locales";
import { UNDECODABLE_PAGE_REWRITE, refuseUndecodable } from "@/lib/http/undecodable-url";

/**
 * Runs before routing, for every page address (the matcher leaves out the
 * JSON API, Next.js's own files and the icons):
 *  - the language is the address's: /ko/entities/1 is served by the same
 *    route as /entities/1, with the language and the address handed to the
 *    render in request headers that only this proxy sets (a client's own
 *    values for them are replaced), so a page never depends on who asked,
 *    only on its URL, and stays as cacheable as before;
 *  - a path whose percent-encoding is not UTF-8 answers a 404 page or a 400
 *    JSON instead of the 500 Next.js gives it (lib/http/undecodable-url.ts).
 */
export function proxy(request: NextRequest): Response {
  const url = new URL(request.url);
  const refusal = refuseUndecodable(url);
  if (refusal !== null && refusal !== "not-found") return refusal;

  const { locale, path } = splitLocale(url.pathname);
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  // The address without its language prefix, with its query: the language
  // switch and the alternate-language links are built from it.
  headers.set(PATH_HEADER, `${path}${url.search}`);
  // Same origin as the request: Next.js proxies a rewrite to another origin over
  // HTTP, back through this proxy (server/main.ts names the server "localhost",
  // as request.url does).
  const target = request.nextUrl.clone();
  if (refusal === "not-found") {
    // Without the query: the not-found page reads none, and Next.js echoes the
    // target, re-encoded (a long query of undecodable bytes trebles), in a
    // response header.
    target.pathname = UNDECODABLE_PAGE_REWRITE;
    target.search = "";
    return NextResponse.rewrite(target, { request: { headers } });
  }
  if (locale === "en") return NextResponse.next({ request: { headers } });
  target.pathname = path;
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = {
  matcher: [
    // Every page: the API is in one language (its field names and captions stay as they are), static files in none.
    "/((?!_next/|api/|favicon\\.ico|icon\\.svg|apple-icon\\.png).*)",
    // Any address with a percent sign, the API's included, for the check of its encoding.
    "/((?!_next/).*%.*)",
  ],
};

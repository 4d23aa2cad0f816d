import { NextResponse, type NextRequest } from "next/server";
import { UNDECODABLE_PAGE_REWRITE, refuseUndecodable } from "@/lib/http/undecodable-url";

/**
 * Runs before routing, only for paths that hold a `%` (the matcher): one
 * whose percent-encoding is not UTF-8 answers a 404 page or a 400 JSON
 * instead of the 500 Next.js gives it (lib/http/undecodable-url.ts).
 */
export function proxy(request: NextRequest): Response {
  const url = new URL(request.url);
  const refusal = refuseUndecodable(url);
  if (refusal === null) return NextResponse.next();
  if (refusal === "not-found") return NextResponse.rewrite(new URL(UNDECODABLE_PAGE_REWRITE, url));
  return refusal;
}

export const config = {
  // A path with a percent sign, outside Next.js's own files: no other address costs the proxy a call.
  matcher: ["/((?!_next/).*%.*)"],
};

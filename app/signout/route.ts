import { NextResponse, type NextRequest } from "next/server";
import { getDb, isDatabaseBusy } from "@/db/client";
import { getMessages } from "@/lib/i18n/request";
import { sameOrigin } from "@/lib/http/origin";
import { SESSION_COOKIE, expiredCookieOptions, isHttpsRequest, revokeSession } from "@/lib/auth/sessions";

export const dynamic = "force-dynamic";

/**
 * POST /signout: ends this browser's session, deletes the cookie, and goes to
 * the home page (303, so the browser follows with a GET). A form posted from
 * another site is refused: route handlers, unlike server actions, get no
 * Origin check from Next (and SameSite=Lax already keeps the cookie off such
 * a post).
 */
export async function POST(request: NextRequest): Promise<Response> {
  const messages = await getMessages();
  if (!sameOrigin(request)) return new Response(null, { status: 403 });
  try {
    revokeSession(getDb(), request.cookies.get(SESSION_COOKIE)?.value);
  } catch (err) {
    // An import held the write lock for longer than busy_timeout; the session is still open.
    if (!isDatabaseBusy(err)) throw err;
    return new Response(messages.auth.signOut.busy, {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
    });
  }
  const response = new NextResponse(null, { status: 303, headers: { location: "/", "cache-control": "no-store" } });
  response.cookies.set(SESSION_COOKIE, "", expiredCookieOptions(isHttpsRequest(request.headers)));
  return response;
}

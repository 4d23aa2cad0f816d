import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { sessionView } from "@/lib/auth/session-view";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/session: this browser's own account, or `{ signedIn: false }`. Never cached: it depends on the cookie. */
export function GET(request: NextRequest): Response {
  const view = sessionView(getDb(), request.cookies.get(SESSION_COOKIE)?.value);
  return Response.json(view, { headers: { "cache-control": "no-store", vary: "Cookie" } });
}

import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { getDb } from "@/db/client";
import { hasRole } from "@/lib/domain/roles";
import { SESSION_COOKIE, findSessionUser, type SessionUser } from "./sessions";
import { sessionTokenOverride } from "./session-token";
import { messagesFor } from "@/lib/i18n";

const { auth } = messagesFor("en");

/**
 * Authorization for pages, server actions and API routes. Every one of them
 * checks for itself, each time (never only a layout: layouts do not re-run on
 * client navigation, and server actions can be called directly).
 */

export type CurrentUser = SessionUser;

/** The user of the request's session cookie. Read once per request (React `cache`). */
const userOfCookie = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser(getDb(), token);
});

/**
 * The signed-in user of this request, or null. Code run through
 * `runWithSessionToken` (lib/auth/session-token.ts: tests, outside any
 * request) is checked against that token instead of the cookie.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const override = sessionTokenOverride();
  if (override) return findSessionUser(getDb(), override.token);
  return userOfCookie();
}

/**
 * A path of this site to return to after signing in, or null. Refuses
 * anything that leaves the site (other origins, `//host`, `/\host`, schemes)
 * and the sign-in and sign-out addresses themselves.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  try {
    const base = "http://tracker.invalid";
    const url = new URL(next, base);
    if (url.origin !== base) return null;
    // Never back to signing in or out (a signed-in visit to /signin would loop).
    if (/^\/sign(in|out)(\/|$)/.test(url.pathname)) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

export function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(next)}`;
}

/**
 * Whether `forbidden()` may be called: Next defines this at build time from
 * `experimental.authInterrupts` in next.config.mjs. Without it, `forbidden()`
 * throws an error (a 500), so pages render their own 403 message instead.
 */
const authInterrupts = !!process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;

/** The role was too low, and `forbidden()` is not enabled. */
export class AccessDeniedError extends Error {
  constructor(
    readonly user: CurrentUser,
    readonly minRole: Role,
  ) {
    super(`Role ${minRole} needed; user ${user.id} has ${user.role}`);
    this.name = "AccessDeniedError";
  }
}

export type PageAccess = { user: CurrentUser; allowed: true } | { user: CurrentUser; allowed: false; minRole: Role };

/**
 * For pages. Anonymous: redirects to the sign-in page, which returns to
 * `returnTo`. Signed in with too low a role: `forbidden()` (a 403 and
 * app/forbidden.tsx) when auth interrupts are enabled; otherwise returns
 * `allowed: false`, and the page renders its 403 message (<AccessDenied>).
 */
export async function checkPageAccess(minRole: Role, returnTo: string): Promise<PageAccess> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(returnTo));
  if (hasRole(user.role, minRole)) return { user, allowed: true };
  if (authInterrupts) forbidden();
  return { user, allowed: false, minRole };
}

/**
 * For server actions (and pages that let a refusal propagate). Anonymous:
 * redirects to sign-in, returning to `returnTo`. Too low a role: `forbidden()`
 * when enabled, else throws AccessDeniedError (the action turns it into its
 * own refusal).
 */
export async function requireUser(minRole: Role, returnTo: string = "/admin"): Promise<CurrentUser> {
  const access = await checkPageAccess(minRole, returnTo);
  if (!access.allowed) throw new AccessDeniedError(access.user, minRole);
  return access.user;
}

function jsonError(status: 401 | 403, error: string, reason: string): Response {
  return Response.json({ error, reason }, { status, headers: { "cache-control": "no-store" } });
}

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * For API route handlers: the user, or a JSON Response to return as is:
 * 401 `{ "error": "unauthenticated", "reason": … }` without a live session,
 * 403 `{ "error": "forbidden", "reason": … }` when the role is too low.
 */
export function authorizeRequest(request: Request, minRole: Role): CurrentUser | Response {
  const t = auth.api;
  const user = findSessionUser(getDb(), cookieValue(request, SESSION_COOKIE));
  if (!user) return jsonError(401, "unauthenticated", t.unauthenticated);
  if (!hasRole(user.role, minRole)) return jsonError(403, "forbidden", t.forbidden(minRole));
  return user;
}

"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb, isDatabaseBusy } from "@/db/client";
import { readConfig } from "@/lib/config";
import { safeNextPath } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { SESSION_COOKIE, createSession, isHttpsRequest, revokeSession, sessionCookieOptions } from "@/lib/auth/sessions";
import { THROTTLE, authenticate, clientAddress } from "@/lib/auth/sign-in";
import { userSchemas } from "@/lib/validation/user";
import { getMessages } from "@/lib/i18n/request";
import { flatValues } from "@/lib/validation/form-data";

export type SignInField = "email" | "password";
export type SignInState = {
  /** What was typed, to fill the form again (never the password). */
  values: { email: string };
  errors: Partial<Record<SignInField | "form", string>>;
};

/**
 * Checks the email and password (with throttling), opens a session, sets its
 * cookie and goes to `next` when it is a path of this site, else to /admin
 * (editors and admins) or the home page (viewers).
 */
export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const m = await getMessages();
  const { auth } = m;
  const typed = flatValues(formData);
  const email = typed.email ?? "";
  const values = { email: email.trim() };
  // The page's language: the field errors are said in it.
  const parsed = userSchemas(m.locale).signInInputSchema.safeParse({ email, password: typed.password ?? "" });
  if (!parsed.success) {
    const errors: SignInState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !errors[field]) errors[field] = issue.message;
    }
    return { values, errors };
  }

  const requestHeaders = await headers();
  const jar = await cookies();
  const db = getDb();
  let user;
  try {
    const result = await authenticate(db, {
      ...parsed.data,
      address: clientAddress(requestHeaders, readConfig().trustedProxyHeader),
    });
    if (!result.ok) {
      return result.reason === "locked"
        ? { values, errors: { form: auth.signIn.locked(Math.round(THROTTLE.lockMs / 60_000)) } }
        : { values, errors: { password: auth.signIn.invalidCredentials } };
    }
    user = result.user;
    // A new session on every sign-in; the one this browser had before ends.
    revokeSession(db, jar.get(SESSION_COOKIE)?.value);
    const { token, expiresAt } = createSession(db, user.id);
    jar.set(SESSION_COOKIE, token, sessionCookieOptions(isHttpsRequest(requestHeaders), expiresAt));
  } catch (err) {
    // An import held the write lock for longer than busy_timeout: say so, not a server error.
    if (isDatabaseBusy(err)) return { values, errors: { form: auth.signIn.busy } };
    throw err;
  }
  redirect(safeNextPath(formData.get("next")) ?? m.path(hasRole(user.role, "editor") ? "/admin" : "/"));
}

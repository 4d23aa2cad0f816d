"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb, isDatabaseBusy } from "@/db/client";
import { AccessDeniedError, requireUser, type CurrentUser } from "@/lib/auth/guard";
import { DomainError } from "@/lib/commands/context";
import { PermissionError, changeRole, createUser, disableUser, enableUser, revokeSessions } from "@/lib/commands/users";
import type { UsersNotice, UsersProblem } from "@/lib/i18n/en/admin";
import { changeRoleInputSchema, disableUserInputSchema, userRefInputSchema, userSchemas } from "@/lib/validation/user";
import { getMessages } from "@/lib/i18n/request";
import { flatValues } from "@/lib/validation/form-data";
import { issueMessage } from "../_lib/run-form";

/**
 * The account actions of /admin/users. Each checks the session and the role
 * itself, every time (a server action can be called without the page), and
 * the commands check the actor again.
 */

const PAGE = "/admin/users";

/** The signed-in admin, or null when the role is too low (anonymous: redirected to sign in). */
async function currentAdmin(): Promise<CurrentUser | null> {
  try {
    return await requireUser("admin", PAGE);
  } catch (err) {
    if (err instanceof AccessDeniedError) return null;
    throw err;
  }
}

const ctxOf = (user: CurrentUser) => ({ db: getDb(), actor: { name: `user:${user.id}`, userId: user.id } });

function problemOf(err: unknown): UsersProblem {
  if (err instanceof PermissionError) return "notAllowed";
  if (isDatabaseBusy(err)) return "busy";
  if (err instanceof DomainError) {
    if (err.kind === "not_found") return "notFound";
    if (err.kind === "conflict") return "lastAdmin";
    return "invalid";
  }
  throw err;
}

/** Back to the page, in the language the form was sent from. */
async function back(outcome: { done: UsersNotice } | { problem: UsersProblem }): Promise<never> {
  const m = await getMessages();
  redirect(m.path("done" in outcome ? `${PAGE}?done=${outcome.done}` : `${PAGE}?problem=${outcome.problem}`));
}

/**
 * Runs one row action (role, disable, enable, end sessions) on the form's
 * fields, read with the command's own schema, and goes back to the page with
 * its outcome.
 */
async function rowAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (ctx: ReturnType<typeof ctxOf>, input: z.output<S>) => boolean | number,
  done: UsersNotice,
): Promise<never> {
  const user = await currentAdmin();
  if (!user) return back({ problem: "notAllowed" });
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return back({ problem: "invalid" });
  let outcome: { done: UsersNotice } | { problem: UsersProblem };
  try {
    outcome = { done: run(ctxOf(user), parsed.data) ? done : "unchanged" };
  } catch (err) {
    outcome = { problem: problemOf(err) };
  }
  return back(outcome);
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  await rowAction(formData, changeRoleInputSchema, changeRole, "role");
}

export async function disableUserAction(formData: FormData): Promise<void> {
  await rowAction(formData, disableUserInputSchema, disableUser, "disabled");
}

export async function enableUserAction(formData: FormData): Promise<void> {
  await rowAction(formData, userRefInputSchema, enableUser, "enabled");
}

export async function revokeSessionsAction(formData: FormData): Promise<void> {
  await rowAction(formData, userRefInputSchema, revokeSessions, "revoked");
}

export type CreateUserField = "email" | "name" | "role" | "password";
export type CreateUserState = {
  values: { email: string; name: string; role: string };
  errors: Partial<Record<CreateUserField | "form", string>>;
};

/** The create-account form: field errors next to the fields, the typed values kept (never the password). */
export async function createUserAction(_prev: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const { admin, auth, errors: refusals, locale } = await getMessages();
  const typed = flatValues(formData);
  const raw = { email: typed.email ?? "", name: typed.name ?? "", role: typed.role ?? "", password: typed.password ?? "" };
  const values = { email: raw.email.trim(), name: raw.name.trim(), role: raw.role };
  const user = await currentAdmin();
  if (!user) return { values, errors: { form: admin.users.problems.notAllowed } };

  const errors: CreateUserState["errors"] = {};
  // The form's language: its field errors are said in it.
  const parsed = userSchemas(locale).createUserInputSchema.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  if (parsed.success) {
    try {
      await createUser(ctxOf(user), parsed.data);
    } catch (err) {
      if (err instanceof DomainError && err.issues.length > 0)
        issues.push(...err.issues.map((i) => ({ ...i, message: issueMessage(refusals, err.code, err.params, i) })));
      else if (err instanceof DomainError) errors.form = refusals.refusal(err.code, err.params);
      // The command's refusal in English; the page's words for it.
      else if (err instanceof PermissionError) errors.form = auth.rules.notAllowed;
      else if (isDatabaseBusy(err)) errors.form = admin.users.problems.busy;
      else throw err;
    }
  }
  for (const issue of issues) {
    const field = issue.path as CreateUserField;
    if (["email", "name", "role", "password"].includes(field)) errors[field] ??= issue.message;
    else errors.form ??= issue.message;
  }
  if (Object.keys(errors).length > 0) return { values, errors };
  return back({ done: "created" });
}

import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb, isDatabaseBusy } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/guard";
import { DomainError, type CommandContext } from "@/lib/commands/context";
import { isVersionConflict } from "@/lib/commands/concurrency";
import { PermissionError } from "@/lib/commands/users";
import { rescreenAfterChange } from "@/lib/commands/watchlists";
import { listChangesSince } from "@/lib/read/audit";
import { errorsOf, flatValues, nestValues, type FlatValues } from "@/lib/validation/form-data";
import { getLocale, getMessages } from "@/lib/i18n/request";
import type { Messages } from "@/lib/i18n";
import type { RefusalCode, RefusalParams } from "@/lib/commands/refusals";
import { localePath } from "@/lib/i18n/locales";
import type { FormState } from "./form-state";

/**
 * The body of every data-entry server action, after the action has checked
 * the session and role itself (`requireUser`): reads the form with its zod
 * schema (the one the browser used, in the page's language), runs the domain command as the user, and
 * on success goes to the page the command's result names. A refusal comes
 * back as field errors next to their fields, the form keeping what was typed;
 * a version conflict comes back as the list of what changed since the form was
 * opened (from the change log), and nothing is written.
 */
export async function runForm<S extends z.ZodType>(
  user: CurrentUser,
  formData: FormData,
  schema: S,
  run: (ctx: CommandContext, input: z.output<S>) => string | Promise<string>,
  fieldOf: (path: string) => string | undefined = () => undefined,
): Promise<FormState> {
  const values = flatValues(formData);
  const parsed = schema.safeParse(nestValues(values));
  if (!parsed.success) return { values, errors: errorsOf(parsed.error.issues) };
  let target: string;
  try {
    target = await run(commandContext(user), parsed.data);
  } catch (err) {
    return refusal(err, values, fieldOf);
  }
  rescreenAfterChange(getDb());
  // Back to the page in the language the form was sent from.
  redirect(localePath(await getLocale(), target));
}

export function commandContext(user: CurrentUser): CommandContext {
  return { db: getDb(), actor: { name: `user:${user.id}`, userId: user.id } };
}

/** A unique enough value for the URL after a change, so the page's forms start afresh. */
export const nonce = () => Date.now().toString(36);

async function refusal(err: unknown, values: FlatValues, fieldOf: (path: string) => string | undefined): Promise<FormState> {
  const { admin, errors: refusals } = await getMessages();
  if (isVersionConflict(err)) {
    const { subjectType, subjectId, currentVersion } = err.params;
    const since = values.openedAt && /^\d{4}-\d{2}-\d{2}T/.test(values.openedAt) ? values.openedAt : "";
    const changes = listChangesSince({ subjectType, subjectId }, since);
    const lines = changes.flatMap((c) => {
      const by = admin.who(c.by);
      const diff = c.changes.filter((d) => d.key !== "updatedAt");
      return diff.length && c.action !== "entity.create" && c.action !== "designation.create"
        ? diff.map((d) => admin.form.conflictChange(d.key, d.before, d.after, by, c.recordedAt))
        : [admin.form.conflictAction(c.action, by, c.recordedAt)];
    });
    const openedAt = new Date().toISOString();
    return {
      values: { ...values, version: String(currentVersion), openedAt },
      errors: { form: admin.form.conflict(subjectType) },
      conflict: lines.length ? lines : [admin.form.conflictUnknown(currentVersion)],
      version: currentVersion,
      openedAt,
    };
  }
  // A refusal like any other, not a server error: the form keeps what was typed.
  if (isDatabaseBusy(err)) return { values, errors: { form: admin.form.busy } };
  if (err instanceof PermissionError) return { values, errors: { form: admin.form.notAllowed } };
  if (err instanceof DomainError) {
    if (err.kind === "not_found" && err.issues.length === 0) return { values, errors: { form: admin.form.notFound } };
    const errors: Record<string, string> = {};
    for (const issue of err.issues) {
      const field = fieldOf(issue.path) ?? (issue.path in values ? issue.path : "form");
      errors[field] ??= issueMessage(refusals, err.code, err.params, issue);
    }
    if (Object.keys(errors).length === 0) errors.form = refusals.refusal(err.code, err.params);
    return { values, errors };
  }
  throw err;
}

/**
 * A command's refusal about one field, in the page's language: a domain rule's
 * words are the catalog's (the command made them in English); only zod's own
 * issues of a command schema (`input.invalid`, which the form's schema
 * catches first) keep the command's words.
 */
export function issueMessage<C extends RefusalCode>(
  refusals: Messages["errors"],
  code: C,
  params: RefusalParams[C],
  issue: { message: string },
): string {
  return code === "input.invalid" ? issue.message : refusals.refusalField(code, params);
}

/** A refusal of one of a command's sources (`sources.N…`) belongs to the form's one sources field (one source per line). */
export const sourcesField = (path: string): string | undefined => (/^sources\.\d+/.test(path) ? "sources" : undefined);

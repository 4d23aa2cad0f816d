"use server";

import { requireUser } from "@/lib/auth/guard";
import { createRevision } from "@/lib/commands/control-lists";
import type { FormState } from "../../../../_lib/form-state";
import { nonce, runForm, sourcesField } from "../../../../_lib/run-form";
import { getLocale } from "@/lib/i18n/request";
import { revisionFormSchemas } from "./schema";

const keyIn = (formData: FormData) => {
  const key = formData.get("listKey");
  return typeof key === "string" && /^[a-z0-9][a-z0-9-]{2,99}$/.test(key) ? key : undefined;
};

/**
 * A new revision of a control list. The action checks the session and role
 * itself; the command refuses figures that do not add up unless the form's
 * discrepancy note is given.
 */
export async function createRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const key = keyIn(formData);
  const user = await requireUser("editor", key ? `/admin/export-controls/${key}/revisions/new` : "/admin/export-controls");
  return runForm(
    user,
    formData,
    revisionFormSchemas(await getLocale()).revisionFormSchema,
    (ctx, input) => {
      createRevision(ctx, input);
      return `/admin/export-controls?done=recorded&list=${encodeURIComponent(input.listKey)}&n=${nonce()}`;
    },
    // The form's fields are the command's, but for the sources, one per line.
    sourcesField,
  );
}

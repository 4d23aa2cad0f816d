"use client";

import { EMPTY_FORM } from "../../_lib/form-state";
import { FormAlert, Hidden, useAdminForm } from "../../_components/form";
import { useClientWords } from "@/components/ClientWords";
import { attachDesignationAction } from "../actions";
import { announcementFormSchemas } from "../schema";
import styles from "../../admin.module.css";
import { getFormMessages } from "@/lib/i18n/forms";

/** The "Attach" button of one search result: designates that entity under the announcement. */
export function AttachForm({ announcementId, entityId, label }: { announcementId: string; entityId: number; label: string }) {
  const { locale } = useClientWords();
  const { admin } = getFormMessages(locale);
  const { state, formAction, pending, errors, onSubmit, formRef } = useAdminForm(
    attachDesignationAction,
    EMPTY_FORM,
    announcementFormSchemas(locale).attachDesignationFormSchema,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className={styles.resultForm}>
      <Hidden state={state} fields={{ announcementId, entityId }} />
      <button type="submit" className="button-secondary" disabled={pending} aria-label={label}>
        {pending ? admin.form.saving : admin.announcements.attach.button}
      </button>
      <FormAlert state={state} errors={errors} />
    </form>
  );
}

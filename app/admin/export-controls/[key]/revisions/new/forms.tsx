"use client";

import { useState } from "react";
import { isPartialDate } from "@/lib/domain/partial-date";
import { checkRevision } from "@/lib/domain/revision-check";
import { formatNumber } from "@/lib/format";
import { EMPTY_FORM } from "../../../../_lib/form-state";
import { FormAlert, Hidden, Submit, TextAreaField, TextField, useAdminForm, type FormApi } from "../../../../_components/form";
import styles from "../../../../admin.module.css";
import { createRevisionAction } from "./actions";
import { revisionFormSchemas } from "./schema";
import { useClientWords } from "@/components/ClientWords";
import { getFormMessages, type FormMessages } from "@/lib/i18n/forms";

const count = (s: string | undefined) => (s !== undefined && /^\s*\d{1,9}\s*$/.test(s) ? Number(s) : null);

type Earlier = { effectiveOn: string; total: number; countBasis: string };

/** The revision in force just before `effectiveOn` (the last one before it), else the latest. */
export function previousOf(revisions: Earlier[], effectiveOn: string | undefined) {
  const sorted = [...revisions].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  if (!effectiveOn || !isPartialDate(effectiveOn.trim())) return sorted.at(-1) ?? null;
  return sorted.filter((r) => r.effectiveOn < effectiveOn.trim()).at(-1) ?? null;
}

/** Each field's label, for the summary of the form's problems. */
const labelsOf = (t: FormMessages["admin"]["revisions"]): Record<string, string> => ({
  effectiveOn: t.effectiveOn,
  announcedOn: t.announcedOn,
  proposedOn: t.proposedOn,
  added: t.added,
  removed: t.removed,
  total: t.total,
  countBasis: t.countBasis,
  discrepancyNote: t.discrepancyNote,
  sources: t.sources,
  note: t.note,
  reportedPreviousTotal: t.reportedPreviousTotal,
  reportedSource: t.reportedSource,
});

/**
 * A new revision of a control list. The arithmetic is checked as the admin
 * types: the previous total (of the revision before the typed effective date)
 * + added − removed against the typed total, said in words in a live region.
 * A new count basis makes the revision a restatement, which the check says
 * instead of "does not add up". The server checks it again (`recordRevision`);
 * a discrepancy recorded on purpose needs its note.
 */
export function RevisionForm({ listKey, revisions }: { listKey: string; revisions: Earlier[] }) {
  const { locale } = useClientWords();
  const { admin, exportControls } = getFormMessages(locale);
  const t = admin.revisions;
  const f = admin.form;
  const labels = labelsOf(t);
  const { state, formAction, pending, errors, onSubmit, formRef } = useAdminForm(
    createRevisionAction,
    EMPTY_FORM,
    revisionFormSchemas(locale).revisionFormSchema,
  );
  const api: FormApi = { id: "revision", values: state.values, errors };
  const [typed, setTyped] = useState<Record<string, string>>({});
  const value = (name: string) => typed[name] ?? state.values[name];
  const on = (name: string) => (v: string) => setTyped((cur) => ({ ...cur, [name]: v }));

  const previous = previousOf(revisions, value("effectiveOn"));
  const added = count(value("added"));
  const removed = count(value("removed"));
  const total = count(value("total"));
  let live: { text: string; ok: boolean | null };
  if (added === null || removed === null || total === null) live = { text: t.checkWaiting, ok: null };
  else {
    const check = checkRevision({
      previousTotal: previous?.total ?? 0,
      added,
      removed,
      total,
      previousBasis: previous?.countBasis ?? null,
      countBasis: value("countBasis"),
    });
    const sum = `${formatNumber(check.previousTotal)} + ${formatNumber(added)} − ${formatNumber(removed)}`;
    const b = check.restatement;
    live = b
      ? { text: t.checkRestated(exportControls.restated(check.previousTotal, b.previousBasis, added, removed, total, b.basis)), ok: null }
      : check.addsUp
        ? { text: t.checkOk(sum, formatNumber(total)), ok: true }
        : { text: t.checkBad(sum, formatNumber(check.expectedTotal), formatNumber(total)), ok: false };
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form} aria-labelledby="revision-heading">
      <FormAlert state={state} errors={errors} formId={api.id} hidden={["listKey"]} labelOf={(name) => labels[name]} />
      <Hidden state={state} fields={{ listKey }} />
      <div className={styles.row}>
        <TextField api={api} name="effectiveOn" label={t.effectiveOn} hint={f.dateHint} required size="short" onValue={on("effectiveOn")} />
        <TextField api={api} name="announcedOn" label={t.announcedOn} size="short" />
        <TextField api={api} name="proposedOn" label={t.proposedOn} size="short" />
      </div>
      <div className={styles.row}>
        <TextField api={api} name="added" label={t.added} inputMode="numeric" required size="short" onValue={on("added")} />
        <TextField api={api} name="removed" label={t.removed} inputMode="numeric" required size="short" onValue={on("removed")} />
        <TextField api={api} name="total" label={t.total} inputMode="numeric" required size="short" onValue={on("total")} />
      </div>
      <TextField
        api={api}
        name="countBasis"
        label={t.countBasis}
        hint={t.countBasisHint(previous?.countBasis ?? null)}
        onValue={on("countBasis")}
      />
      <div>
        <p className="small">
          <strong>{t.check}:</strong> {t.checkPrevious(previous?.effectiveOn ?? null, formatNumber(previous?.total ?? 0))}
        </p>
        <p
          id="revision-check"
          className={`${styles.live} ${live.ok === false ? styles.liveBad : live.ok ? styles.liveOk : ""}`}
          aria-live="polite"
        >
          {live.text}
        </p>
      </div>
      <TextAreaField api={api} name="discrepancyNote" label={t.discrepancyNote} hint={t.discrepancyHint} rows={2} />
      <TextAreaField api={api} name="sources" label={t.sources} hint={f.sourcesHint} required />
      <TextAreaField api={api} name="note" label={t.note} rows={2} />
      <fieldset className={styles.group}>
        <legend>{t.reported}</legend>
        <p className={styles.hint}>{t.reportedHint}</p>
        <div className={styles.row}>
          <TextField api={api} name="reportedPreviousTotal" label={t.reportedPreviousTotal} inputMode="numeric" size="short" />
          <TextField api={api} name="reportedSource" label={t.reportedSource} />
        </div>
      </fieldset>
      <Submit pending={pending} label={t.submit} />
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { errorsOf, formObject, type FlatValues } from "@/lib/validation/form-data";
import { identifierRules } from "@/lib/validation/identifier-rules";
import { useClientWords } from "@/components/ClientWords";
import type { FormState } from "../_lib/form-state";
import styles from "../admin.module.css";
import fieldStyles from "./fields.module.css";
import { getFormMessages, type FormMessages } from "@/lib/i18n/forms";

/** The admin forms' words in the page's language (the root layout's `ClientWords` name it). */
export function useFormWords(): FormMessages {
  return getFormMessages(useClientWords().locale);
}

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/** What the field components need to know about their form. */
export type FormApi = {
  id: string;
  values: FlatValues;
  errors: Record<string, string>;
};

/**
 * An admin form: its server action through `useActionState`, and its zod
 * schema run in the browser on submit (a form with problems is not sent; each
 * problem is shown next to its field). The server action validates again with
 * the same schema. After a refusal the form shows what was typed.
 */
export function useAdminForm(action: FormAction, initial: FormState, schema: z.ZodType) {
  const [state, formAction, pending] = useActionState(action, initial);
  // The browser's own findings, kept with the server answer they were made after:
  // a new answer from the server replaces them.
  const [clientErrors, setClientErrors] = useState<{ after: FormState; errors: Record<string, string> } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = clientErrors?.after === state ? clientErrors.errors : state.errors;
  // After a refused submit, the focus goes to the first field with a problem (or the form's message).
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-form-alert]");
    target?.focus();
  }, [errors]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const parsed = schema.safeParse(formObject(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors({ after: state, errors: {} });
      return;
    }
    event.preventDefault();
    setClientErrors({ after: state, errors: errorsOf(parsed.error.issues) });
  };

  return { state, formAction, pending, errors, onSubmit, formRef };
}

export const fieldId = (api: FormApi, name: string) => `${api.id}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** aria-invalid and aria-describedby of a field: its hint and its error. */
function describe(api: FormApi, name: string, hint?: ReactNode) {
  const id = fieldId(api, name);
  const error = api.errors[name];
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": error ? (true as const) : undefined, "aria-describedby": ids || undefined };
}

function Hint({ api, name, hint }: { api: FormApi; name: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${fieldId(api, name)}-hint`} className={styles.hint}>
      {hint}
    </p>
  ) : null;
}

/**
 * A field's error, under it. `reserve`: the line is always there (empty when
 * there is no error), so an error found as the value is typed moves nothing
 * below it; being a live region from the start, what appears in it is read out.
 */
export function FieldError({ api, name, reserve }: { api: FormApi; name: string; reserve?: boolean }) {
  const error = api.errors[name];
  if (!error && !reserve) return null;
  return (
    <p id={`${fieldId(api, name)}-error`} className={`${styles.error} ${reserve ? fieldStyles.reserved : ""}`} role="alert">
      {error ?? ""}
    </p>
  );
}

function Label({ api, name, label, required }: { api: FormApi; name: string; label: ReactNode; required?: boolean }) {
  const { admin } = useFormWords();
  return (
    <label htmlFor={fieldId(api, name)}>
      {label}
      {required ? <span className={styles.req}> ({admin.form.required})</span> : null}
    </label>
  );
}

type InputProps = {
  api: FormApi;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  defaultValue?: string;
  inputMode?: "numeric" | "text" | "url";
  autoComplete?: string;
  lang?: string;
  size?: "short" | "wide";
  /** Called as the value changes (the revision form's live arithmetic). */
  onValue?: (value: string) => void;
  /** An identifier checked as it is typed: its type, or the form field that holds its type. */
  check?: IdentifierCheck;
};

export type IdentifierCheck = { type: string } | { typeField: string };

/**
 * The as-you-type check of an identifier field: nothing while its first
 * digits are typed; once the value is complete, or the field is left, the
 * same rule as on submit. What it finds replaces the last submit's error for
 * the field until the form is submitted again.
 */
function useIdentifierCheck(api: FormApi, name: string, check: IdentifierCheck | undefined) {
  const { identifierProblemAsTyped } = identifierRules(useClientWords().locale);
  const [live, setLive] = useState<{ after: Record<string, string>; error: string | null } | null>(null);
  const [left, setLeft] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const judge = (input: HTMLInputElement, done: boolean) => {
    if (!check) return;
    const typeField = "typeField" in check ? input.form?.elements.namedItem(check.typeField) : null;
    const type = "type" in check ? check.type : typeField instanceof HTMLSelectElement ? typeField.value : "";
    setLive({ after: api.errors, error: identifierProblemAsTyped(type, input.value, done) });
  };
  // A value already typed is judged again by the rule of the type chosen after it.
  const typeFieldName = check && "typeField" in check ? check.typeField : undefined;
  useEffect(() => {
    const input = ref.current;
    const select = typeFieldName ? input?.form?.elements.namedItem(typeFieldName) : null;
    if (!input || !(select instanceof HTMLSelectElement)) return;
    const onType = () => {
      if (input.value.trim()) judge(input, true);
    };
    select.addEventListener("change", onType);
    return () => select.removeEventListener("change", onType);
  });
  if (!check) return { api, handlers: {}, ref: undefined };
  const errors = { ...api.errors };
  if (live && live.after === api.errors) {
    if (live.error) errors[name] = live.error;
    else delete errors[name];
  }
  return {
    api: { ...api, errors },
    ref,
    handlers: {
      onInput: (e: FormEvent<HTMLInputElement>) => judge(e.currentTarget, left),
      onBlur: (e: FormEvent<HTMLInputElement>) => {
        setLeft(true);
        judge(e.currentTarget, true);
      },
    },
  };
}

const valueOf = (api: FormApi, name: string, fallback?: string) => api.values[name] ?? fallback ?? "";

export function TextField({
  api: form,
  name,
  label,
  hint,
  required,
  defaultValue,
  inputMode,
  autoComplete,
  lang,
  size,
  onValue,
  check,
}: InputProps) {
  const { api, handlers, ref } = useIdentifierCheck(form, name, check);
  return (
    <div className={`field ${size === "short" ? styles.short : ""} ${check ? fieldStyles.checked : ""}`}>
      <Label api={api} name={name} label={label} required={required} />
      <input
        ref={ref}
        id={fieldId(api, name)}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        lang={lang}
        aria-required={required || undefined}
        defaultValue={valueOf(api, name, defaultValue)}
        onChange={onValue ? (e) => onValue(e.currentTarget.value) : undefined}
        {...handlers}
        {...describe(api, name, hint)}
      />
      <Hint api={api} name={name} hint={hint} />
      <FieldError api={api} name={name} reserve={!!check} />
    </div>
  );
}

export function TextAreaField({ api, name, label, hint, required, defaultValue, rows = 3 }: InputProps & { rows?: number }) {
  return (
    <div className="field">
      <Label api={api} name={name} label={label} required={required} />
      <textarea
        id={fieldId(api, name)}
        name={name}
        rows={rows}
        aria-required={required || undefined}
        defaultValue={valueOf(api, name, defaultValue)}
        {...describe(api, name, hint)}
      />
      <Hint api={api} name={name} hint={hint} />
      <FieldError api={api} name={name} />
    </div>
  );
}

export function SelectField({
  api,
  name,
  label,
  hint,
  required,
  defaultValue,
  options,
  onValue,
}: InputProps & { options: { value: string; label: string }[] }) {
  const value = valueOf(api, name, defaultValue);
  return (
    <div className="field">
      <Label api={api} name={name} label={label} required={required} />
      <select
        id={fieldId(api, name)}
        name={name}
        // A new key when the value comes back from the server: a form reset then shows it.
        key={value}
        defaultValue={value}
        aria-required={required || undefined}
        onChange={onValue ? (e) => onValue(e.currentTarget.value) : undefined}
        {...describe(api, name, hint)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint api={api} name={name} hint={hint} />
      <FieldError api={api} name={name} />
    </div>
  );
}

export function CheckboxField({ api, name, label, hint, defaultChecked }: Omit<InputProps, "defaultValue"> & { defaultChecked?: boolean }) {
  // Once the form holds values (typed, or given to open it with), an absent box is unchecked.
  const checked = Object.keys(api.values).length > 0 ? api.values[name] === "on" : !!defaultChecked;
  return (
    <div className={`field ${styles.check}`}>
      <input
        id={fieldId(api, name)}
        name={name}
        type="checkbox"
        key={String(checked)}
        defaultChecked={checked}
        {...describe(api, name, hint)}
      />
      <label htmlFor={fieldId(api, name)}>{label}</label>
      <Hint api={api} name={name} hint={hint} />
      <FieldError api={api} name={name} />
    </div>
  );
}

/**
 * The form's message at its top: a refusal that belongs to no one field, or a
 * version conflict; and, when fields have problems, a summary of them, each a
 * link to its field (an error on a hidden field, which has no place of its
 * own, is said here in words). The focus goes to the first field with a
 * problem, whose own error is read out; the summary is announced only when it
 * says something no field does.
 */
export function FormAlert({
  state,
  errors,
  formId,
  hidden = [],
  labelOf,
}: {
  state: FormState;
  errors: Record<string, string>;
  /** The `FormApi` id the form's field ids start with (`fieldId`). */
  formId?: string;
  /** The names of the form's hidden fields. */
  hidden?: string[];
  /** A field's label, to name it in the summary. */
  labelOf?: (name: string) => string | undefined;
}) {
  const { admin } = useFormWords();
  const message = errors.form;
  const fields = Object.entries(errors).filter(([name]) => name !== "form");
  if (!message && fields.length === 0) return null;
  const conflict = message && state.errors.form === message ? state.conflict : undefined;
  const unplaced = fields.some(([name]) => hidden.includes(name) || !formId);
  return (
    <div className="notice notice-bad" role={message || unplaced ? "alert" : undefined} tabIndex={-1} data-form-alert>
      <p className={styles.alertTitle}>{message ?? admin.form.problems}</p>
      {conflict?.length ? (
        <>
          <ul className={styles.changes}>
            {conflict.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p className={styles.alertTitle}>{admin.form.conflictAgain}</p>
        </>
      ) : null}
      {fields.length ? (
        <ul className={styles.changes}>
          {fields.map(([name, error]) => {
            const label = labelOf?.(name);
            const text = label ? admin.form.problemOf(label, error) : error;
            return (
              <li key={name}>
                {formId && !hidden.includes(name) ? <a href={`#${fieldId({ id: formId, values: {}, errors: {} }, name)}`}>{text}</a> : text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** Hidden fields: ids, and the version and time the form was opened at (updated after a conflict). */
export function Hidden({ state, fields }: { state: FormState; fields: Record<string, string | number | undefined> }) {
  return (
    <>
      {Object.entries(fields).map(([name, v]) => {
        const value =
          name === "version" && state.version ? String(state.version) : name === "openedAt" && state.openedAt ? state.openedAt : v;
        return value === undefined ? null : <input key={name} type="hidden" name={name} value={String(value)} />;
      })}
    </>
  );
}

export function Submit({ pending, label }: { pending: boolean; label: string }) {
  const { admin } = useFormWords();
  return (
    <div>
      <button type="submit" disabled={pending}>
        {pending ? admin.form.saving : label}
      </button>
    </div>
  );
}

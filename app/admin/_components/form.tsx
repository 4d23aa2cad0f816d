"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { errorsOf, formObject, type FlatValues } from "@/lib/validation/form-data";
import type { FormState } from "../_lib/form-state";
import styles from "../admin.module.css";
import { getMessages } from "@/lib/i18n";

const { admin } = getMessages();

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

export function FieldError({ api, name }: { api: FormApi; name: string }) {
  const error = api.errors[name];
  return error ? (
    <p id={`${fieldId(api, name)}-error`} className={styles.error} role="alert">
      {error}
    </p>
  ) : null;
}

function Label({ api, name, label, required }: { api: FormApi; name: string; label: ReactNode; required?: boolean }) {
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
};

const valueOf = (api: FormApi, name: string, fallback?: string) => api.values[name] ?? fallback ?? "";

export function TextField({ api, name, label, hint, required, defaultValue, inputMode, autoComplete, lang, size, onValue }: InputProps) {
  return (
    <div className={`field ${size === "short" ? styles.short : ""}`}>
      <Label api={api} name={name} label={label} required={required} />
      <input
        id={fieldId(api, name)}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        lang={lang}
        aria-required={required || undefined}
        defaultValue={valueOf(api, name, defaultValue)}
        onChange={onValue ? (e) => onValue(e.currentTarget.value) : undefined}
        {...describe(api, name, hint)}
      />
      <Hint api={api} name={name} hint={hint} />
      <FieldError api={api} name={name} />
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

/** The form's own message (a refusal that belongs to no one field, or a version conflict). */
export function FormAlert({ state, errors }: { state: FormState; errors: Record<string, string> }) {
  const message = errors.form;
  if (!message) return null;
  const conflict = state.errors.form === message ? state.conflict : undefined;
  return (
    <div className="notice notice-bad" role="alert" tabIndex={-1} data-form-alert>
      <p className={styles.alertTitle}>{message}</p>
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
  return (
    <div>
      <button type="submit" disabled={pending}>
        {pending ? admin.form.saving : label}
      </button>
    </div>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { ROLES } from "@/lib/domain/vocabulary";
import { createUserAction, type CreateUserField, type CreateUserState } from "./actions";
import styles from "@/app/signin/signin.module.css";
import { useClientWords } from "@/components/ClientWords";
import { getFormMessages } from "@/lib/i18n/forms";

const INITIAL: CreateUserState = { values: { email: "", name: "", role: "editor" }, errors: {} };
const FIELDS: CreateUserField[] = ["email", "name", "role", "password"];

export function CreateUserForm() {
  const { admin, auth } = getFormMessages(useClientWords().locale);
  const t = admin.users.create;
  const [state, action, pending] = useActionState(createUserAction, INITIAL);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const first = FIELDS.find((f) => state.errors[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [state]);

  const a11y = (field: CreateUserField, hint?: string) => {
    const ids = [hint, state.errors[field] ? `new-${field}-error` : undefined].filter(Boolean).join(" ");
    return { "aria-invalid": state.errors[field] ? true : undefined, "aria-describedby": ids || undefined };
  };
  const error = (field: CreateUserField) =>
    state.errors[field] ? (
      <p id={`new-${field}-error`} className={styles.error} role="alert">
        {state.errors[field]}
      </p>
    ) : null;

  return (
    <form ref={formRef} action={action} noValidate className={styles.form} aria-labelledby="create-user-heading">
      {state.errors.form ? (
        <p className="notice notice-bad" role="alert">
          {state.errors.form}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="new-email">{t.email}</label>
        <input id="new-email" name="email" type="email" autoComplete="off" required defaultValue={state.values.email} {...a11y("email")} />
        {error("email")}
      </div>
      <div className="field">
        <label htmlFor="new-name">{t.name}</label>
        <input id="new-name" name="name" type="text" autoComplete="off" defaultValue={state.values.name} {...a11y("name")} />
        {error("name")}
      </div>
      <div className="field">
        <label htmlFor="new-role">{t.role}</label>
        <select id="new-role" name="role" defaultValue={state.values.role} key={state.values.role} {...a11y("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {auth.roles[r]}
            </option>
          ))}
        </select>
        {error("role")}
      </div>
      <div className="field">
        <label htmlFor="new-password">{t.password}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          {...a11y("password", "new-password-hint")}
        />
        <p id="new-password-hint" className={styles.hint}>
          {t.passwordHint}
        </p>
        {error("password")}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}

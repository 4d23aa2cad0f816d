"use client";

import { useActionState, useEffect, useRef } from "react";
import { signIn, type SignInField, type SignInState } from "./actions";
import type { Messages } from "@/lib/i18n";
import styles from "./signin.module.css";

const INITIAL: SignInState = { values: { email: "" }, errors: {} };

/** The form's words, from its page (a client module importing the catalog would ship all of it). */
export type SignInFormWords = Pick<Messages["auth"]["signIn"], "email" | "password" | "submit" | "submitting">;

export function SignInForm({ next, t }: { next: string | null; t: SignInFormWords }) {
  const [state, action, pending] = useActionState(signIn, INITIAL);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused try, put the focus on the first field with an error.
  useEffect(() => {
    const first = (["email", "password"] as const).find((f) => state.errors[f]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }, [state]);

  const describedBy = (field: SignInField) => (state.errors[field] ? `${field}-error` : undefined);

  return (
    <form ref={formRef} action={action} noValidate className={styles.form}>
      {state.errors.form ? (
        <p className="notice notice-bad" role="alert" id="form-error">
          {state.errors.form}
        </p>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="field">
        <label htmlFor="email">{t.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values.email}
          aria-invalid={state.errors.email ? true : undefined}
          aria-describedby={describedBy("email")}
        />
        {state.errors.email ? (
          <p id="email-error" className={styles.error} role="alert">
            {state.errors.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">{t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.errors.password ? true : undefined}
          aria-describedby={describedBy("password")}
        />
        {state.errors.password ? (
          <p id="password-error" className={styles.error} role="alert">
            {state.errors.password}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}

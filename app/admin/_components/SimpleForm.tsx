"use client";

import type { FlatValues } from "@/lib/validation/form-data";
import { EMPTY_FORM } from "../_lib/form-state";
import {
  CheckboxField,
  FormAlert,
  Hidden,
  SelectField,
  Submit,
  TextAreaField,
  TextField,
  useAdminForm,
  type FormAction,
  type FormApi,
} from "./form";
import { FORM_SCHEMAS, type FormSchemaName } from "./schemas";
import styles from "../admin.module.css";

export type FieldSpec =
  | {
      kind: "text" | "textarea";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      inputMode?: "numeric" | "text" | "url";
      size?: "short" | "wide";
      lang?: string;
    }
  | { kind: "select"; name: string; label: string; hint?: string; required?: boolean; options: { value: string; label: string }[] }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  | { kind: "group"; legend: string; hint?: string; fields: FieldSpec[] };

function Field({ api, spec }: { api: FormApi; spec: FieldSpec }) {
  switch (spec.kind) {
    case "text":
      return <TextField api={api} {...spec} />;
    case "textarea":
      return <TextAreaField api={api} {...spec} />;
    case "select":
      return <SelectField api={api} {...spec} />;
    case "checkbox":
      return <CheckboxField api={api} {...spec} />;
    case "group":
      return (
        <fieldset className={styles.group}>
          <legend>{spec.legend}</legend>
          {spec.hint ? <p className={styles.hint}>{spec.hint}</p> : null}
          <div className={styles.row}>
            {spec.fields.map((f) => (
              <Field key={"name" in f ? f.name : f.legend} api={api} spec={f} />
            ))}
          </div>
        </fieldset>
      );
  }
}

/**
 * A form of plain fields, described by the server page: its schema (by name),
 * its action, its fields and hidden fields, the values it opens with.
 */
export function SimpleForm({
  id,
  action,
  schema,
  fields,
  hidden,
  values,
  submit,
  labelledBy,
}: {
  id: string;
  action: FormAction;
  schema: FormSchemaName;
  fields: FieldSpec[];
  hidden: Record<string, string | number | undefined>;
  values?: FlatValues;
  submit: string;
  labelledBy?: string;
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useAdminForm(action, EMPTY_FORM, FORM_SCHEMAS[schema]);
  const api: FormApi = { id, values: Object.keys(state.values).length ? state.values : (values ?? {}), errors };
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form} id={id} aria-labelledby={labelledBy}>
      <FormAlert state={state} errors={errors} />
      <Hidden state={state} fields={hidden} />
      {fields.map((f) => (
        <Field key={"name" in f ? f.name : f.legend} api={api} spec={f} />
      ))}
      <Submit pending={pending} label={submit} />
    </form>
  );
}

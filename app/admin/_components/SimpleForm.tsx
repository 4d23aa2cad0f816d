"use client";

import type { z } from "zod";
import type { EntityKind } from "@/lib/domain/vocabulary";
import type { FlatValues } from "@/lib/validation/form-data";
import { EMPTY_FORM } from "../_lib/form-state";
import { EntityCombobox } from "./EntityCombobox";
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
  type IdentifierCheck,
} from "./form";
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
      /** An identifier checked as it is typed. */
      check?: IdentifierCheck;
    }
  | { kind: "select"; name: string; label: string; hint?: string; required?: boolean; options: { value: string; label: string }[] }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  /** An entity chosen with the search picker; its id is sent under `name`. */
  | { kind: "entity"; name: string; label: string; hint?: string; required?: boolean; entityKind?: EntityKind; exclude?: number }
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
    case "entity":
      return (
        <EntityCombobox
          api={api}
          name={spec.name}
          label={spec.label}
          hint={spec.hint}
          required={spec.required}
          kind={spec.entityKind}
          exclude={spec.exclude}
        />
      );
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

/** Each field's label by name, groups opened. */
function labelsOf(fields: FieldSpec[], into: Record<string, string> = {}): Record<string, string> {
  for (const f of fields) {
    if (f.kind === "group") labelsOf(f.fields, into);
    else into[f.name] = f.label;
  }
  return into;
}

/** What the server page says about a form: its fields and hidden fields, the values it opens with. */
export type SimpleFormProps = {
  id: string;
  fields: FieldSpec[];
  hidden: Record<string, string | number | undefined>;
  values?: FlatValues;
  submit: string;
  labelledBy?: string;
};

/**
 * A form of plain fields. Its action and schema are bound in the feature's
 * `forms.tsx` (a client module, since a schema cannot cross from a server page
 * to the browser); the fields come from the server page.
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
}: SimpleFormProps & { action: FormAction; schema: z.ZodType }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useAdminForm(action, EMPTY_FORM, schema);
  const labels = labelsOf(fields);
  const api: FormApi = { id, values: Object.keys(state.values).length ? state.values : (values ?? {}), errors };
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form} id={id} aria-labelledby={labelledBy}>
      <FormAlert state={state} errors={errors} formId={id} hidden={Object.keys(hidden)} labelOf={(name) => labels[name]} />
      <Hidden state={state} fields={hidden} />
      {fields.map((f) => (
        <Field key={"name" in f ? f.name : f.legend} api={api} spec={f} />
      ))}
      <Submit pending={pending} label={submit} />
    </form>
  );
}

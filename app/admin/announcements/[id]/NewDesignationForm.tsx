"use client";

import { useState } from "react";
import { EMPTY_FORM } from "../../_lib/form-state";
import { NAME_LANGUAGES } from "../../_lib/languages";
import {
  CheckboxField,
  FieldError,
  FormAlert,
  Hidden,
  SelectField,
  Submit,
  TextAreaField,
  TextField,
  useAdminForm,
  useFormWords,
  type FormApi,
} from "../../_components/form";
import { ENTRY_KINDS, ENTRY_NAME_TYPES, ORGANIZATION_IDENTIFIER_TYPES, announcementFormSchemas, type EntryKind } from "../schema";
import { enterDesignationAction } from "../actions";
import { EntityCombobox } from "../../_components/EntityCombobox";
import type { ListingDateBasis } from "@/lib/domain/listing-date";
import styles from "../../admin.module.css";
import fieldStyles from "../../_components/fields.module.css";
import { useClientWords } from "@/components/ClientWords";
import { getFormMessages, type FormMessages } from "@/lib/i18n/forms";

type EntryWords = FormMessages["admin"]["announcements"]["entry"];

/** How many rows of a repeated group the typed values hold (at least `min`). */
function rowCount(values: Record<string, string>, group: string, min: number): number {
  let n = min;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${group}\\.(\\d+)\\.`).exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

function Names({ api }: { api: FormApi }) {
  const { admin, entities } = useFormWords();
  const t = admin.announcements.entry;
  const [rows, setRows] = useState(() => rowCount(api.values, "names", 2));
  return (
    <fieldset className={styles.group}>
      <legend>{t.names}</legend>
      <p className={styles.hint}>{t.namesHint}</p>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>
          <TextField api={api} name={`names.${i}.value`} label={t.nameValue(i + 1)} />
          <SelectField
            api={api}
            name={`names.${i}.type`}
            label={t.nameType(i + 1)}
            options={ENTRY_NAME_TYPES.map((v) => ({ value: v, label: entities.detail.nameType[v] }))}
          />
          <SelectField
            api={api}
            name={`names.${i}.lang`}
            label={t.nameLang(i + 1)}
            options={[
              { value: "", label: t.langUnknown },
              ...NAME_LANGUAGES.map((v) => ({ value: v, label: entities.detail.language[v] ?? v })),
            ]}
          />
          <CheckboxField api={api} name={`names.${i}.official`} label={t.nameOfficial(i + 1)} defaultChecked />
        </div>
      ))}
      <div>
        <button type="button" className="button-secondary" onClick={() => setRows((n) => n + 1)}>
          {t.addName}
        </button>
      </div>
    </fieldset>
  );
}

function Identifiers({ api }: { api: FormApi }) {
  const { admin, entities } = useFormWords();
  const t = admin.announcements.entry;
  const [rows, setRows] = useState(() => rowCount(api.values, "identifiers", 1));
  return (
    <fieldset className={styles.group}>
      <legend>{t.identifiers}</legend>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>
          <SelectField
            api={api}
            name={`identifiers.${i}.type`}
            label={t.identifierType(i + 1)}
            options={ORGANIZATION_IDENTIFIER_TYPES.map((v) => ({ value: v, label: entities.detail.identifierType[v] }))}
          />
          <TextField
            api={api}
            name={`identifiers.${i}.value`}
            label={t.identifierValue(i + 1)}
            check={{ typeField: `identifiers.${i}.type` }}
          />
        </div>
      ))}
      <div>
        <button type="button" className="button-secondary" onClick={() => setRows((n) => n + 1)}>
          {t.addIdentifier}
        </button>
      </div>
    </fieldset>
  );
}

function Link({ api, name, label }: { api: FormApi; name: "ownerId" | "operatorId"; label: string }) {
  const t = useFormWords().admin.announcements.entry;
  return <EntityCombobox api={api} name={name} label={label} hint={t.linkHint} kind="organization" />;
}

const labelsOf = (t: EntryWords): Record<string, string> => ({
  kind: t.kind,
  name: t.name,
  imo: t.imo,
  flag: t.flag,
  vesselType: t.vesselType,
  ownerId: t.owner,
  operatorId: t.operator,
  birthDate: t.birthDate,
  nationality: t.nationality,
  position: t.position,
  country: t.country,
  remarks: t.remarks,
  reason: t.reason,
  listedOn: t.listedOn,
  legalBasis: t.legalBasis,
});

/** A field's label, for the summary of the form's problems (rows of names and identifiers by number). */
function labelOf(t: EntryWords, name: string): string | undefined {
  const row = /^(names|identifiers)\.(\d+)\.(value|type|lang)$/.exec(name);
  if (!row) return labelsOf(t)[name];
  const n = Number(row[2]) + 1;
  if (row[1] === "identifiers") return row[3] === "type" ? t.identifierType(n) : t.identifierValue(n);
  return row[3] === "type" ? t.nameType(n) : row[3] === "lang" ? t.nameLang(n) : t.nameValue(n);
}

/**
 * "A new entity" on an announcement's admin page: the fields of its kind
 * (a vessel's IMO number, flag, type, owner and operator; a person's names in
 * several scripts, birth date, nationality and position; an organization's
 * names, country and identifiers), then the designation's own reason and,
 * if it differs from the announcement's, its listing date.
 */
export function NewDesignationForm({
  announcementId,
  initialKind,
  listingDefault,
}: {
  announcementId: string;
  initialKind?: EntryKind;
  /** The listing date stored when the field is left empty (`defaultListingDate`). */
  listingDefault: { date: string; basis: ListingDateBasis };
}) {
  const { locale } = useClientWords();
  const { admin, common } = getFormMessages(locale);
  const t = admin.announcements.entry;
  const f = admin.form;
  const { state, formAction, pending, errors, onSubmit, formRef } = useAdminForm(
    enterDesignationAction,
    EMPTY_FORM,
    announcementFormSchemas(locale).newDesignationFormSchema,
  );
  const api: FormApi = { id: "entry", values: state.values, errors };
  const [kind, setKind] = useState<EntryKind>(() => (state.values.kind as EntryKind) || initialKind || "vessel");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={styles.form} aria-labelledby="entry-heading">
      <FormAlert state={state} errors={errors} formId={api.id} hidden={["announcementId"]} labelOf={(name) => labelOf(t, name)} />
      <Hidden state={state} fields={{ announcementId }} />
      <fieldset className={styles.group}>
        <legend>{t.kind}</legend>
        <div className={styles.row}>
          {ENTRY_KINDS.map((k) => (
            <label key={k} className={styles.check}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {common.kind[k]}
            </label>
          ))}
        </div>
        <FieldError api={api} name="kind" />
      </fieldset>

      <TextField api={api} name="name" label={t.name} hint={t.nameHint} required />

      {kind === "vessel" ? (
        <fieldset className={styles.group}>
          <legend>{t.vessel}</legend>
          <div className={styles.row}>
            <TextField api={api} name="imo" label={t.imo} hint={t.imoHint} inputMode="numeric" size="short" check={{ type: "imo" }} />
            <TextField api={api} name="flag" label={t.flag} hint={f.countryHint} size="short" />
            <TextField api={api} name="vesselType" label={t.vesselType} />
          </div>
          <div className={fieldStyles.stack}>
            <Link api={api} name="ownerId" label={t.owner} />
            <Link api={api} name="operatorId" label={t.operator} />
          </div>
        </fieldset>
      ) : null}

      {kind === "individual" ? (
        <>
          <Names api={api} />
          <div className={styles.row}>
            <TextField api={api} name="birthDate" label={t.birthDate} hint={f.dateHint} size="short" />
            <TextField api={api} name="nationality" label={t.nationality} hint={f.countryHint} size="short" />
          </div>
          <TextField api={api} name="position" label={t.position} />
        </>
      ) : null}

      {kind === "organization" ? (
        <>
          <Names api={api} />
          <TextField api={api} name="country" label={t.country} hint={f.countryHint} size="short" />
          <Identifiers api={api} />
        </>
      ) : null}

      <TextAreaField api={api} name="remarks" label={t.remarks} rows={2} />

      <fieldset className={styles.group}>
        <legend>{t.designation}</legend>
        <TextAreaField api={api} name="reason" label={t.reason} rows={2} />
        <div className={styles.row}>
          <TextField
            api={api}
            name="listedOn"
            label={t.listedOn}
            hint={t.listedOnHint(listingDefault.date, listingDefault.basis)}
            size="short"
          />
          <TextField api={api} name="legalBasis" label={t.legalBasis} hint={t.legalBasisHint} />
        </div>
      </fieldset>
      <Submit pending={pending} label={t.submit} />
    </form>
  );
}

"use client";

import { SimpleForm, type FieldSpec, type SimpleFormProps } from "../_components/SimpleForm";
import { createAnnouncementAction, updateAnnouncementAction } from "./actions";
import { announcementFormSchemas } from "./schema";
import { useClientWords } from "@/components/ClientWords";
import { getFormMessages, type FormMessages } from "@/lib/i18n/forms";

/** The fields the new-announcement and edit-announcement forms share. */
function announcementFields({ admin }: FormMessages, mode: "create" | "edit"): FieldSpec[] {
  const t = admin.announcements.form;
  const f = admin.form;
  return [
    { kind: "text", name: "title", label: t.title, required: true },
    { kind: "text", name: "program", label: t.program, hint: t.programHint },
    {
      kind: "group",
      legend: t.dates,
      fields: [
        { kind: "text", name: "announcedOn", label: t.announcedOn, hint: f.dateHint, required: true, size: "short" },
        { kind: "text", name: "effectiveOn", label: t.effectiveOn, hint: f.dateHint, size: "short" },
      ],
    },
    {
      kind: "group",
      legend: t.declared,
      hint: t.declaredHint,
      fields: [
        { kind: "text", name: "declaredVessels", label: t.declaredVessels, inputMode: "numeric", size: "short" },
        { kind: "text", name: "declaredOrganizations", label: t.declaredOrganizations, inputMode: "numeric", size: "short" },
        { kind: "text", name: "declaredIndividuals", label: t.declaredIndividuals, inputMode: "numeric", size: "short" },
      ],
    },
    { kind: "textarea", name: "summary", label: t.summary },
    mode === "create"
      ? { kind: "textarea", name: "sources", label: t.sources, hint: f.sourcesHint, required: true }
      : { kind: "textarea", name: "sources", label: t.addSources, hint: f.sourcesHint },
  ];
}

/** /admin/announcements/new: the page gives the fields that name the round (id, authority), the rest are shared. */
export function AnnouncementCreateForm({
  authorityFields,
  ...p
}: Omit<SimpleFormProps, "fields" | "submit"> & { authorityFields: FieldSpec[] }) {
  const { locale } = useClientWords();
  const words = getFormMessages(locale);
  return (
    <SimpleForm
      {...p}
      fields={[...authorityFields, ...announcementFields(words, "create")]}
      submit={words.admin.announcements.form.create}
      action={createAnnouncementAction}
      schema={announcementFormSchemas(locale).announcementCreateFormSchema}
    />
  );
}

export function AnnouncementEditForm(p: Omit<SimpleFormProps, "fields" | "submit">) {
  const { locale } = useClientWords();
  const words = getFormMessages(locale);
  return (
    <SimpleForm
      {...p}
      fields={announcementFields(words, "edit")}
      submit={words.admin.announcements.form.save}
      action={updateAnnouncementAction}
      schema={announcementFormSchemas(locale).announcementEditFormSchema}
    />
  );
}

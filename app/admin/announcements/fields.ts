import type { FieldSpec } from "../_components/SimpleForm";
import { getMessages } from "@/lib/i18n";

const { admin } = getMessages();

/** The fields the new-announcement and edit-announcement forms share. */
export function announcementFields(mode: "create" | "edit"): FieldSpec[] {
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

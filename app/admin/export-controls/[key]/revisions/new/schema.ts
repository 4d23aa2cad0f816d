import { z } from "zod";
import type { RevisionInput } from "@/lib/validation/control-list";
import { formFields } from "@/lib/validation/form-data";
import { perLocale } from "@/lib/i18n/forms";

/** The revision form's schema, with its messages in one language (`revisionFormSchemas(locale)`). */
export const revisionFormSchemas = perLocale(({ admin }, locale) => {
  const v = admin.validation;
  const { lines, optionalCount, optionalDate, optionalFormText, requiredCount, requiredDate } = formFields(locale);

  /**
   * /admin/export-controls/[key]/revisions/new. Output: the `createRevision`
   * command's input. Whether the figures add up depends on the previous
   * revision, so the form shows it as the admin types and the command checks it.
   */
  const revisionFormSchema = z
    .object({
      listKey: z.string().trim().min(1, v.reload),
      effectiveOn: requiredDate(v.effectiveOn),
      announcedOn: optionalDate(),
      proposedOn: optionalDate(),
      added: requiredCount(v.added),
      removed: requiredCount(v.removed),
      total: requiredCount(v.total),
      note: optionalFormText(4000),
      countBasis: optionalFormText(200),
      sources: lines(2000).refine((l) => l.length > 0, v.sourcesNeeded),
      reportedPreviousTotal: optionalCount(),
      reportedSource: optionalFormText(2000),
      discrepancyNote: optionalFormText(4000),
    })
    .superRefine((f, ctx) => {
      if (f.reportedPreviousTotal !== undefined && !f.reportedSource) {
        ctx.addIssue({ code: "custom", path: ["reportedSource"], message: v.reportedSource });
      }
    })
    .transform((f): RevisionInput => ({
      listKey: f.listKey,
      effectiveOn: f.effectiveOn,
      announcedOn: f.announcedOn,
      proposedOn: f.proposedOn,
      added: f.added,
      removed: f.removed,
      total: f.total,
      note: f.note,
      countBasis: f.countBasis,
      sources: f.sources,
      reportedPreviousTotal: f.reportedPreviousTotal,
      reportedSource: f.reportedSource,
      discrepancyNote: f.discrepancyNote,
    }));

  return { revisionFormSchema };
});

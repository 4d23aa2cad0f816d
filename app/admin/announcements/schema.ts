import { z } from "zod";
import { authorityCodeSchema } from "@/lib/validation/common";
import { filledRows, formFields } from "@/lib/validation/form-data";
import type { AnnouncementInput, AnnouncementUpdateInput } from "@/lib/validation/announcement";
import type { EnterDesignationInput } from "@/lib/validation/designation";
import { identifierRules } from "@/lib/validation/identifier-rules";
import { NAME_LANGUAGES } from "../_lib/languages";
import { pickedEntityFields } from "../_lib/picked-entity";
import { perLocale } from "@/lib/i18n/forms";

/** The kinds a form can enter (aircraft are left to the importers). */
export const ENTRY_KINDS = ["vessel", "organization", "individual"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Name types an editor picks for a further name. */
export const ENTRY_NAME_TYPES = ["alias", "romanization", "former_name", "new_name"] as const;
/** Identifier types of an organization's form. */
export const ORGANIZATION_IDENTIFIER_TYPES = ["registration", "tax_id", "imo_company", "other"] as const;

/**
 * The announcement forms' schemas, with their messages in one language: the
 * page's form and its server action take the same language's
 * (`announcementFormSchemas(locale)`).
 */
export const announcementFormSchemas = perLocale(({ admin }, locale) => {
  const v = admin.validation;
  const {
    checkbox,
    clearableText,
    hiddenInt,
    lines,
    optionalCount,
    optionalCountry,
    optionalDate,
    optionalFormText,
    requiredDate,
    requiredText,
  } = formFields(locale);
  const { detailProblem, identifierProblem } = identifierRules(locale);
  const { pickedEntityId, pickerQuery, unpickedProblem } = pickedEntityFields(locale);

  /** The fields both announcement forms share, as typed. */
  const shared = {
    title: requiredText(1000, v.title),
    program: optionalFormText(300),
    announcedOn: requiredDate(v.announcedOn),
    effectiveOn: optionalDate(),
    declaredVessels: optionalCount(),
    declaredOrganizations: optionalCount(),
    declaredIndividuals: optionalCount(),
    summary: optionalFormText(4000),
  };

  /** /admin/announcements/new: a new round. Output: the `createAnnouncement` command's input. */
  const announcementCreateFormSchema = z
    .object({
      id: z
        .string({ error: v.announcementId })
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{2,99}$/, v.announcementId),
      authorityCode: authorityCodeSchema.catch("").pipe(z.string().min(1, v.authority)),
      ...shared,
      sources: lines(2000).refine((l) => l.length > 0, v.sourcesNeeded),
    })
    .transform((f): AnnouncementInput => ({
      id: f.id,
      authorityCode: f.authorityCode,
      program: f.program,
      title: f.title,
      summary: f.summary,
      announcedOn: f.announcedOn,
      effectiveOn: f.effectiveOn,
      declared: { vessel: f.declaredVessels, organization: f.declaredOrganizations, individual: f.declaredIndividuals },
      sources: f.sources,
    }));

  /** The announcement's edit form on /admin/announcements/[id]: output the `updateAnnouncement` command's input. */
  const announcementEditFormSchema = z
    .object({
      id: z.string().trim().min(1, v.reload),
      version: hiddenInt(),
      ...shared,
      summary: clearableText(4000),
      sources: lines(2000),
    })
    .transform((f): AnnouncementUpdateInput => ({
      id: f.id,
      expectedVersion: f.version,
      program: f.program,
      title: f.title,
      summary: f.summary,
      announcedOn: f.announcedOn,
      effectiveOn: f.effectiveOn ?? null,
      declared: {
        vessel: f.declaredVessels ?? null,
        organization: f.declaredOrganizations ?? null,
        individual: f.declaredIndividuals ?? null,
      },
      sources: f.sources,
    }));

  const nameRow = z.object({
    value: requiredText(1000, v.name),
    type: z.enum(ENTRY_NAME_TYPES, { error: v.choose }).catch("alias"),
    official: checkbox(),
    lang: z
      .enum(["", ...NAME_LANGUAGES])
      .catch("")
      .optional(),
  });

  const identifierRow = z
    .object({
      type: z.enum(ORGANIZATION_IDENTIFIER_TYPES, { error: v.choose }),
      value: requiredText(100, v.identifierValue),
    })
    .superRefine((row, ctx) => {
      const problem = identifierProblem(row.type, row.value);
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
    });

  /**
   * "Add a designation" on /admin/announcements/[id], for a new entity: a form
   * fitted to its kind. Output: the `enterDesignation` command's input.
   */
  const newDesignationFormSchema = z
    .object({
      announcementId: z.string().trim().min(1, v.reload),
      kind: z.enum(ENTRY_KINDS, { error: v.kind }),
      name: requiredText(1000, v.name),
      remarks: optionalFormText(4000),
      reason: optionalFormText(4000),
      legalBasis: optionalFormText(500),
      listedOn: optionalDate(),
      // Vessel
      imo: optionalFormText(20),
      flag: optionalCountry(),
      vesselType: optionalFormText(200),
      ownerId: pickedEntityId(),
      "ownerId:q": pickerQuery(),
      operatorId: pickedEntityId(),
      "operatorId:q": pickerQuery(),
      // Individual and organization
      names: filledRows(nameRow, "value"),
      birthDate: optionalFormText(10),
      nationality: optionalCountry(),
      position: optionalFormText(1000),
      country: optionalCountry(),
      identifiers: filledRows(identifierRow, "value"),
    })
    .superRefine((f, ctx) => {
      if (f.kind === "vessel" && f.imo) {
        const problem = identifierProblem("imo", f.imo);
        if (problem) ctx.addIssue({ code: "custom", path: ["imo"], message: problem });
      }
      if (f.kind === "vessel") {
        for (const name of ["ownerId", "operatorId"]) {
          const problem = unpickedProblem(f, name);
          if (problem) ctx.addIssue({ code: "custom", path: [name], message: problem });
        }
      }
      if (f.kind === "individual" && f.birthDate) {
        const problem = detailProblem("birth_date", f.birthDate);
        if (problem) ctx.addIssue({ code: "custom", path: ["birthDate"], message: problem });
      }
    })
    .transform((f): EnterDesignationInput => {
      const attributes: { key: "flag" | "vessel_type" | "birth_date" | "nationality" | "position" | "country"; value: string }[] = [];
      const add = (key: (typeof attributes)[number]["key"], value: string | undefined) => {
        if (value) attributes.push({ key, value });
      };
      const names =
        f.kind === "vessel" ? [] : f.names.map((n) => ({ value: n.value, type: n.type, official: n.official, lang: n.lang || undefined }));
      const identifiers: { type: "imo" | (typeof ORGANIZATION_IDENTIFIER_TYPES)[number]; value: string }[] = [];
      if (f.kind === "vessel") {
        if (f.imo) identifiers.push({ type: "imo", value: f.imo });
        add("flag", f.flag);
        add("vessel_type", f.vesselType);
      } else if (f.kind === "individual") {
        add("birth_date", f.birthDate);
        add("nationality", f.nationality);
        add("position", f.position);
      } else {
        add("country", f.country);
        identifiers.push(...f.identifiers);
      }
      const links: { type: "owned_by" | "operated_by"; toEntityId: number }[] = [];
      if (f.kind === "vessel" && f.ownerId) links.push({ type: "owned_by", toEntityId: f.ownerId });
      if (f.kind === "vessel" && f.operatorId) links.push({ type: "operated_by", toEntityId: f.operatorId });
      return {
        announcementId: f.announcementId,
        entity: { kind: f.kind, name: f.name, remarks: f.remarks, names, identifiers, attributes },
        links,
        listedOn: f.listedOn,
        reason: f.reason,
        legalBasis: f.legalBasis,
      };
    });

  /** "Attach" next to a search result: an existing entity designated under the announcement. */
  const attachDesignationFormSchema = z
    .object({
      announcementId: z.string().trim().min(1, v.reload),
      entityId: hiddenInt(),
    })
    .transform((f): EnterDesignationInput => ({ announcementId: f.announcementId, entityId: f.entityId }));

  return { announcementCreateFormSchema, announcementEditFormSchema, newDesignationFormSchema, attachDesignationFormSchema };
});

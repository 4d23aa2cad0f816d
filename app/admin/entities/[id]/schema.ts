import { z } from "zod";
import { ATTRIBUTE_KEYS, IDENTIFIER_TYPES, NAME_TYPES, RELATIONSHIP_TYPES } from "@/lib/domain/vocabulary";
import type { DelistInput, DesignationUpdateInput, WithdrawDesignationInput } from "@/lib/validation/designation";
import type {
  AttributeInput,
  EntityUpdateInput,
  IdentifierInput,
  NameInput,
  RelationshipInput,
  WithdrawEntityInput,
} from "@/lib/validation/entity";
import { ATTRIBUTES_BY_KIND } from "@/lib/validation/entity";
import { formFields } from "@/lib/validation/form-data";
import { identifierRules } from "@/lib/validation/identifier-rules";
import { pickedEntityFields } from "../../_lib/picked-entity";
import { perLocale } from "@/lib/i18n/forms";

const STATUSES = ["confirmed", "reported"] as const;

/**
 * The forms of /admin/entities/[id], with their messages in one language: the
 * page's form and its server action take the same language's
 * (`entityFormSchemas(locale)`).
 */
export const entityFormSchemas = perLocale(({ admin }, locale) => {
  const v = admin.validation;
  const { checkbox, clearableText, hiddenInt, optionalCountry, optionalDate, optionalFormText, requiredDate, requiredText } =
    formFields(locale);
  const { detailProblem, identifierProblem } = identifierRules(locale);
  const { pickedEntityId, pickerQuery, unpickedProblem } = pickedEntityFields(locale);

  /** The record's name and remarks on /admin/entities/[id]. Output: the `updateEntity` command's input. */
  const entityEditFormSchema = z
    .object({
      entityId: hiddenInt(),
      version: hiddenInt(),
      name: requiredText(1000, v.name),
      remarks: clearableText(4000),
    })
    .transform((f): EntityUpdateInput => ({ entityId: f.entityId, expectedVersion: f.version, name: f.name, remarks: f.remarks }));

  /** One more name. Output: `{ entityId, name }` for the `addName` command. */
  const addNameFormSchema = z
    .object({
      entityId: hiddenInt(),
      value: requiredText(1000, v.name),
      type: z.enum(NAME_TYPES.filter((t) => t !== "primary") as ["alias", ...string[]], { error: v.choose }),
      official: checkbox(),
      lang: optionalFormText(20),
      source: optionalFormText(2000),
    })
    .transform((f): { entityId: number; name: NameInput } => ({
      entityId: f.entityId,
      name: { value: f.value, type: f.type as NameInput["type"], official: f.official, lang: f.lang, source: f.source },
    }));

  /** One more identifier (an IMO number's check digit is checked). Output: `{ entityId, identifier }` for `addIdentifier`. */
  const addIdentifierFormSchema = z
    .object({
      entityId: hiddenInt(),
      type: z.enum(IDENTIFIER_TYPES, { error: v.choose }),
      value: requiredText(100, v.identifierValue),
      country: optionalCountry(),
      source: optionalFormText(2000),
    })
    .superRefine((f, ctx) => {
      const problem = identifierProblem(f.type, f.value);
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
    })
    .transform((f): { entityId: number; identifier: IdentifierInput } => ({
      entityId: f.entityId,
      identifier: { type: f.type, value: f.value, country: f.country, source: f.source },
    }));

  /** One more detail, of those the entity's kind has. Output: `{ entityId, attribute }` for `addAttribute`. */
  const addDetailFormSchema = z
    .object({
      entityId: hiddenInt(),
      kind: z.enum(["vessel", "organization", "individual", "aircraft"], { error: v.reload }),
      key: z.enum(ATTRIBUTE_KEYS, { error: v.choose }),
      value: requiredText(4000, v.detailValue),
      source: optionalFormText(2000),
    })
    .superRefine((f, ctx) => {
      if (!ATTRIBUTES_BY_KIND[f.kind].includes(f.key)) ctx.addIssue({ code: "custom", path: ["key"], message: v.choose });
      const value = f.key === "flag" || f.key === "country" || f.key === "nationality" ? f.value.toUpperCase() : f.value;
      const problem = detailProblem(f.key, value);
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
    })
    .transform((f): { entityId: number; attribute: AttributeInput } => ({
      entityId: f.entityId,
      attribute: {
        key: f.key,
        value: f.key === "flag" || f.key === "country" || f.key === "nationality" ? f.value.toUpperCase() : f.value,
        source: f.source,
      },
    }));

  /**
   * A related entity, chosen with the search picker: this entity is `type` the
   * other (owned by it, its director…). Output: the `addRelationship` command's
   * input, its field named as the command's (`toEntityId`), so a refusal about
   * it lands next to it.
   */
  const addRelationshipFormSchema = z
    .object({
      entityId: hiddenInt(),
      type: z.enum(RELATIONSHIP_TYPES, { error: v.choose }),
      toEntityId: pickedEntityId(),
      "toEntityId:q": pickerQuery(),
      status: z.enum(["confirmed", "reported"], { error: v.choose }).catch("confirmed"),
      source: optionalFormText(2000),
    })
    .superRefine((f, ctx) => {
      if (f.toEntityId === undefined) {
        ctx.addIssue({ code: "custom", path: ["toEntityId"], message: unpickedProblem(f, "toEntityId") ?? v.relatedEntity });
      }
    })
    .transform((f): RelationshipInput => ({
      fromEntityId: f.entityId,
      toEntityId: f.toEntityId ?? 0,
      type: f.type,
      status: f.status,
      source: f.source,
    }));

  /** Withdrawing a record made by mistake. Output: the `withdrawEntity` command's input. */
  const withdrawEntityFormSchema = z
    .object({
      entityId: hiddenInt(),
      version: hiddenInt(),
      reason: requiredText(4000, v.withdrawReason),
    })
    .transform((f): WithdrawEntityInput => ({ entityId: f.entityId, expectedVersion: f.version, reason: f.reason }));

  /** A designation's edit form on /admin/entities/[id]. Output: the `updateDesignation` command's input. */
  const designationEditFormSchema = z
    .object({
      designationId: hiddenInt(),
      version: hiddenInt(),
      reason: clearableText(4000),
      legalBasis: clearableText(500),
      listedOn: optionalDate(),
      effectiveOn: optionalDate(),
      status: z.enum(STATUSES, { error: v.choose }),
    })
    .transform((f): DesignationUpdateInput => ({
      designationId: f.designationId,
      expectedVersion: f.version,
      reason: f.reason,
      legalBasis: f.legalBasis,
      listedOn: f.listedOn ?? null,
      effectiveOn: f.effectiveOn ?? null,
      status: f.status,
    }));

  /** Delisting a designation: date, reason and source, all required. Output: the `delist` command's input. */
  const delistFormSchema = z
    .object({
      designationId: hiddenInt(),
      version: hiddenInt(),
      delistedOn: requiredDate(v.delistedOn),
      reason: requiredText(4000, v.delistingReason),
      source: requiredText(2000, v.delistingSource),
    })
    .transform((f): DelistInput => ({
      designationId: f.designationId,
      expectedVersion: f.version,
      delistedOn: f.delistedOn,
      reason: f.reason,
      source: f.source,
    }));

  /** Withdrawing a designation recorded by mistake. Output: the `withdrawDesignation` command's input. */
  const withdrawDesignationFormSchema = z
    .object({
      designationId: hiddenInt(),
      version: hiddenInt(),
      reason: requiredText(4000, v.withdrawReason),
    })
    .transform((f): WithdrawDesignationInput => ({ designationId: f.designationId, expectedVersion: f.version, reason: f.reason }));

  return {
    entityEditFormSchema,
    addNameFormSchema,
    addIdentifierFormSchema,
    addDetailFormSchema,
    addRelationshipFormSchema,
    withdrawEntityFormSchema,
    designationEditFormSchema,
    delistFormSchema,
    withdrawDesignationFormSchema,
  };
});

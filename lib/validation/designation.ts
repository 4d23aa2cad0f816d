import { z } from "zod";
import { authorityCodeSchema, citationSchema, factStatusSchema, optionalText, partialDateSchema } from "./common";
import { entityInputSchema } from "./entity";
import { getFormMessages } from "@/lib/i18n/forms";

/** A command's refusal speaks English (the JSON API, the command line, the logs); the forms say it first in the page's language. */
const en = getFormMessages("en");

export const designationInputSchema = z.object({
  entityId: z.number().int().positive(),
  authorityCode: authorityCodeSchema,
  /** The program as the source names it; normalized to a code. Omitted: "not stated". */
  program: optionalText(300),
  announcementId: optionalText(100),
  listedOn: partialDateSchema.optional(),
  effectiveOn: partialDateSchema.optional(),
  reason: optionalText(),
  legalBasis: optionalText(500),
  status: factStatusSchema.default("confirmed"),
  listRecordId: optionalText(100),
  /** The publication date of the list in which the tracker first saw this designation. */
  firstSeenOn: partialDateSchema.optional(),
  sources: z.array(citationSchema).default([]),
  /** Reopens a delisted designation as of this date (a record back on its list). */
  reopenOn: partialDateSchema.optional(),
});
export type DesignationInput = z.input<typeof designationInputSchema>;

export const delistInputSchema = z.object({
  designationId: z.number().int().positive(),
  delistedOn: partialDateSchema,
  reason: z.string().trim().min(1, "Give the reason for the delisting").max(4000),
  source: citationSchema,
  /** The version the editor saw; a newer one means someone else changed it first. */
  expectedVersion: z.number().int().positive().optional(),
});
export type DelistInput = z.input<typeof delistInputSchema>;

const version = z.number().int().positive();
/** A text field of an edit: undefined leaves it as it is; null or empty clears it. */
const editableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v ? v : null));
const editableDate = partialDateSchema.nullish().or(z.literal("").transform(() => null));

/** A correction of a designation's own fields, made against the version the editor saw. */
export const designationUpdateInputSchema = z.object({
  designationId: z.number().int().positive(),
  expectedVersion: version,
  reason: editableText(4000),
  legalBasis: editableText(500),
  listedOn: editableDate,
  effectiveOn: editableDate,
  status: factStatusSchema.optional(),
});
export type DesignationUpdateInput = z.input<typeof designationUpdateInputSchema>;

/** A mistaken designation taken back (never deleted: it stays in the history). */
export const withdrawDesignationInputSchema = z.object({
  designationId: z.number().int().positive(),
  expectedVersion: version,
  reason: z.string().trim().min(1, en.admin.validation.withdrawReason).max(4000),
});
export type WithdrawDesignationInput = z.input<typeof withdrawDesignationInputSchema>;

/** Links a new vessel (or organization) to an existing entity: its owner, its operator. */
export const entryLinkSchema = z.object({
  type: z.enum(["owned_by", "operated_by", "linked_to", "subsidiary_of", "director_of"]),
  toEntityId: z.number().int().positive(),
});

/**
 * One designation of an announcement, entered by an editor: an existing entity
 * (`entityId`) or a new one (`entity`), designated with the announcement's
 * authority, program, effective date and sources.
 */
export const enterDesignationInputSchema = z
  .object({
    announcementId: z.string().trim().min(1).max(100),
    entityId: z.number().int().positive().optional(),
    entity: entityInputSchema.optional(),
    links: z.array(entryLinkSchema).default([]),
    listedOn: partialDateSchema.optional(),
    reason: optionalText(),
    legalBasis: optionalText(500),
    status: factStatusSchema.default("confirmed"),
  })
  .superRefine((d, ctx) => {
    if ((d.entityId === undefined) === (d.entity === undefined)) {
      ctx.addIssue({ code: "custom", path: ["entityId"], message: en.admin.rules.eitherEntity });
    }
  });
export type EnterDesignationInput = z.input<typeof enterDesignationInputSchema>;

import { z } from "zod";
import { authorityCodeSchema, citationSchema, factStatusSchema, optionalText, partialDateSchema } from "./common";

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

import { z } from "zod";
import { authorityCodeSchema, citationSchema, factStatusSchema, optionalText, partialDateSchema } from "./common";

export const controlListInputSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{2,99}$/, "Use lower-case letters, digits and hyphens"),
  authorityCode: authorityCodeSchema,
  name: z.string().trim().min(1).max(1000),
  unit: z.string().trim().min(1).max(200),
  authorityNote: optionalText(),
});
export type ControlListInput = z.input<typeof controlListInputSchema>;

const count = z.number().int("Use a whole number").min(0, "Cannot be negative");

export const revisionInputSchema = z.object({
  listKey: z.string().trim().min(1),
  effectiveOn: partialDateSchema,
  announcedOn: partialDateSchema.optional(),
  proposedOn: partialDateSchema.optional(),
  added: count,
  removed: count,
  total: count,
  note: optionalText(),
  /** What the total counts, when the revision says so ("HS 6-digit codes"); omitted: as the revision before. */
  countBasis: optionalText(200),
  status: factStatusSchema.default("confirmed"),
  sources: z.array(citationSchema).default([]),
  /** A previous total reported by another source that conflicts with the official one. */
  reportedPreviousTotal: count.optional(),
  reportedSource: citationSchema.optional(),
  /** Required when the total does not add up: the admin records the discrepancy on purpose. */
  discrepancyNote: optionalText(),
});
export type RevisionInput = z.input<typeof revisionInputSchema>;

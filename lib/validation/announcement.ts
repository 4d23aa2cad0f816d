import { z } from "zod";
import { authorityCodeSchema, citationSchema, factStatusSchema, optionalText, partialDateSchema } from "./common";

const declaredCount = z.number().int().min(0).max(100000).optional();

export const announcementInputSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{2,99}$/, "Use lower-case letters, digits and hyphens, such as kr-2024-06-27"),
  authorityCode: authorityCodeSchema,
  program: optionalText(300),
  title: z.string().trim().min(1, "Enter a title").max(1000),
  summary: optionalText(),
  effects: optionalText(),
  note: optionalText(),
  announcedOn: partialDateSchema,
  effectiveOn: partialDateSchema.optional(),
  declared: z.object({ vessel: declaredCount, organization: declaredCount, individual: declaredCount }).default({}),
  status: factStatusSchema.default("confirmed"),
  fulfilledById: optionalText(100),
  sources: z.array(citationSchema).default([]),
});
export type AnnouncementInput = z.input<typeof announcementInputSchema>;

/**
 * A correction of an announcement, made against the version the editor saw.
 * Fields left undefined stay as they are; sources given are added (none is
 * ever taken away).
 */
export const announcementUpdateInputSchema = z.object({
  id: z.string().trim().min(1).max(100),
  expectedVersion: z.number().int().positive(),
  program: optionalText(300),
  title: z.string().trim().min(1, "Enter a title").max(1000).optional(),
  summary: z.string().trim().max(4000).nullish(),
  effects: z.string().trim().max(4000).nullish(),
  note: z.string().trim().max(4000).nullish(),
  announcedOn: partialDateSchema.optional(),
  effectiveOn: partialDateSchema.nullish(),
  declared: z
    .object({
      vessel: z.number().int().min(0).max(100000).nullish(),
      organization: z.number().int().min(0).max(100000).nullish(),
      individual: z.number().int().min(0).max(100000).nullish(),
    })
    .optional(),
  status: factStatusSchema.optional(),
  sources: z.array(citationSchema).default([]),
});
export type AnnouncementUpdateInput = z.input<typeof announcementUpdateInputSchema>;

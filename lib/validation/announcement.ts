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
  declared: z
    .object({ vessel: declaredCount, organization: declaredCount, individual: declaredCount })
    .default({}),
  status: factStatusSchema.default("confirmed"),
  fulfilledById: optionalText(100),
  sources: z.array(citationSchema).default([]),
});
export type AnnouncementInput = z.input<typeof announcementInputSchema>;

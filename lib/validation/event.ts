import { z } from "zod";
import { citationSchema, factStatusSchema, partialDateSchema } from "./common";

export const eventInputSchema = z.object({
  occurredOn: partialDateSchema,
  title: z.string().trim().min(1, "Describe the event").max(2000),
  status: factStatusSchema.default("confirmed"),
  sources: z.array(citationSchema).default([]),
});
export type EventInput = z.input<typeof eventInputSchema>;

import { z } from "zod";
import { FACT_STATUSES } from "@/lib/domain/vocabulary";

export { partialDateSchema, fullDateSchema } from "@/lib/domain/partial-date";

export const factStatusSchema = z.enum(FACT_STATUSES);

/** A source as cited: a URL, or a reference to a document or article. */
export const citationSchema = z.string().trim().min(1, "Name a source (a link or a reference)").max(2000);

export const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const authorityCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{2,20}$/, "Use an authority code such as KR-MOFA or US-OFAC");

import { z } from "zod";
import { ENTITY_KINDS } from "@/lib/domain/vocabulary";
import { fullDateSchema } from "@/lib/domain/partial-date";
import { wholeNumber } from "./number";
import { hasUnreadableCharacters } from "./text";

const UNREADABLE = "Holds control characters or characters that could not be read";
const readable = (s: string) => !hasUnreadableCharacters(s);

/** The search query, shared by the /search page and GET /api/search. */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: "Enter a name or an identifier" })
    .trim()
    .min(1, "Enter a name or an identifier")
    .max(200, "At most 200 characters")
    .refine(readable, UNREADABLE),
  kind: z.enum(ENTITY_KINDS).optional(),
  authority: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,20}$/, "An authority code such as US-OFAC or KR-MOFA")
    .optional(),
  program: z.string().trim().max(100).refine(readable, UNREADABLE).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "A two-letter country code such as KP")
    .optional(),
  status: z.enum(["active", "delisted", "unknown"]).optional(),
  asOf: fullDateSchema.optional(),
  limit: wholeNumber(1, 100, { tooBig: "At most 100 results a page", default: 20 }),
  offset: wholeNumber(0, 10000, { default: 0 }),
});
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export const entityIdSchema = z.object({
  id: z.coerce
    .number({ error: "An entity id is a whole number" })
    .int("An entity id is a whole number")
    .positive("An entity id is a whole number"),
});

/** GET /api/entities/:id's query: `asOf` reads the designations as of that day. */
export const entityQuerySchema = z.object({ asOf: fullDateSchema.optional() });

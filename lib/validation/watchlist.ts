import { LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import { ENTITY_KINDS, IDENTIFIER_TYPES, MATCH_DECISIONS } from "@/lib/domain/vocabulary";
import { partialDateSchema } from "./common";
import { hasUnreadableCharacters } from "./text";

const UNREADABLE = "Holds control characters or characters that could not be read";
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((s) => !hasUnreadableCharacters(s), UNREADABLE);

/** A counterparty to screen (lib/screening/types.ts ScreeningQuery). */
export const screeningQuerySchema = z
  .object({
    kind: z.enum(ENTITY_KINDS).optional(),
    names: z.array(text(300).pipe(z.string().min(1, "A name cannot be empty"))).max(20, "At most 20 names"),
    birthDates: z.array(partialDateSchema).max(10).default([]),
    countries: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, "A two-letter country code such as KP"),
      )
      .max(10)
      .default([]),
    identifiers: z
      .array(
        z.object({ type: z.enum(IDENTIFIER_TYPES).optional(), value: text(100).pipe(z.string().min(1)), country: z.string().optional() }),
      )
      .max(10)
      .default([]),
  })
  .refine((q) => q.names.length > 0 || q.identifiers.length > 0, { message: "A name or an identifier is needed", path: ["names"] });

export const WATCHLIST_MAX_ITEMS = 10_000;

/** A screening saved as a watchlist. */
export const watchlistInputSchema = z.object({
  name: text(200).pipe(z.string().min(1, "Name the watchlist")),
  threshold: z.number().min(0.5, "At least 0.5").max(1, "At most 1"),
  items: z
    .array(z.object({ label: text(300).pipe(z.string().min(1)), query: screeningQuerySchema }))
    .min(1, "A watchlist needs at least one counterparty")
    .max(WATCHLIST_MAX_ITEMS, `At most ${WATCHLIST_MAX_ITEMS} counterparties`),
  /** The language its screenings explain their results in, now and at every re-screen: the page's it was saved from. */
  lang: z.enum(LOCALES).default("en"),
});
export type WatchlistInput = z.input<typeof watchlistInputSchema>;

/** A reviewer's decision on one match of a watchlist. */
export const matchDecisionInputSchema = z.object({
  itemId: z.number().int().positive(),
  entityId: z.number().int().positive(),
  decision: z.enum(MATCH_DECISIONS),
  note: text(2000).optional(),
});
export type MatchDecisionInput = z.input<typeof matchDecisionInputSchema>;

import { LOCALES } from "@/lib/i18n/locales";
import { z } from "zod";
import type { IdentifierType } from "@/lib/domain/vocabulary";
import { fullDateSchema } from "@/lib/domain/partial-date";
import { wholeNumber } from "./number";
import { hasUnreadableCharacters } from "./text";

/**
 * POST /api/match: the body and query of OpenSanctions' yente `/match`
 * endpoint, so that a client written for yente works unchanged. Only what the
 * tracker can screen against is given meaning; yente's other fields
 * (`weights`, `config`, properties the tracker has no use for, query
 * parameters such as `algorithm`) are accepted and ignored rather than refused.
 */

/** The FtM schemas a query may name (yente takes any; these are the ones the tracker holds, with the two abstract ones). */
export const MATCH_SCHEMAS = ["Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane", "Thing"] as const;
export type MatchSchema = (typeof MATCH_SCHEMAS)[number];

export const MAX_MATCH_QUERIES = 1000;
export const MAX_MATCH_LIMIT = 100;
/** Values of one property; a counterparty has a few names, not hundreds, and each name is a search. */
export const MAX_PROPERTY_VALUES = 20;
export const MAX_VALUE_LENGTH = 500;
export const MAX_QUERY_KEY_LENGTH = 200;

const UNREADABLE = "Holds control characters or characters that could not be read";

const value = z.union([z.string(), z.number().transform(String)], { error: "A property value is a string" }).pipe(
  z
    .string()
    .max(MAX_VALUE_LENGTH, `At most ${MAX_VALUE_LENGTH} characters`)
    .refine((s) => !hasUnreadableCharacters(s), UNREADABLE),
);

/** yente takes a single value or a list of them; both come out as a list. */
const propertyValues = z
  .union([value.transform((v) => [v]), z.array(value, { error: "A list of strings" })], {
    error: "A string or a list of strings",
  })
  .pipe(z.array(z.string()).max(MAX_PROPERTY_VALUES, `At most ${MAX_PROPERTY_VALUES} values a property`));

/** FtM properties that hold a name of the counterparty. */
export const NAME_PROPERTIES = ["name", "alias", "previousName", "weakAlias", "abbreviation"] as const;
/** Parts of a person's name, joined in this order into one name (as yente's `combine_names`). */
export const NAME_PART_PROPERTIES = ["firstName", "secondName", "middleName", "fatherName", "lastName"] as const;
/** FtM properties that hold a country (code or name). */
export const COUNTRY_PROPERTIES = ["nationality", "citizenship", "country", "jurisdiction", "flag", "mainCountry"] as const;
/** FtM identifier properties, with the tracker's identifier type (null: tried as any type; `imoNumber` depends on the schema). */
export const IDENTIFIER_PROPERTIES: Record<string, IdentifierType | null> = {
  imoNumber: "imo",
  mmsi: "mmsi",
  callSign: "call_sign",
  passportNumber: "passport",
  registrationNumber: "registration",
  ogrnCode: "registration",
  taxNumber: "tax_id",
  innCode: "tax_id",
  idNumber: "national_id",
  vatCode: null,
  leiCode: null,
  swiftBic: null,
  dunsCode: null,
  uniqueEntityId: null,
  okpoCode: null,
};
const SCREENABLE = [...NAME_PROPERTIES, ...NAME_PART_PROPERTIES, ...Object.keys(IDENTIFIER_PROPERTIES)];

export const matchExampleSchema = z
  .object(
    {
      id: z.string().max(MAX_QUERY_KEY_LENGTH).optional(),
      schema: z.enum(MATCH_SCHEMAS, { error: `One of ${MATCH_SCHEMAS.join(", ")}` }),
      properties: z.record(z.string().max(100, "A property name of at most 100 characters"), propertyValues, {
        error: "An object of FtM properties, each a list of strings",
      }),
    },
    { error: "An object with `schema` and `properties`" },
  )
  .refine((e) => SCREENABLE.some((p) => e.properties[p]?.some((v) => v.trim() !== "")), {
    message: "Give a name (`name`, `alias`, `firstName`/`lastName` …) or an identifier (`imoNumber`, `passportNumber` …)",
    path: ["properties"],
  });
export type MatchExample = z.output<typeof matchExampleSchema>;

/** zod drops a record's "__proto__" key; a query under it would go unanswered, so it is refused by name. */
function keepsEveryKey(v: unknown, ctx: { addIssue: (issue: { code: "custom"; message: string; path: string[] }) => void }) {
  if (v !== null && typeof v === "object" && Object.hasOwn(v, "__proto__")) {
    ctx.addIssue({ code: "custom", message: "A query key other than __proto__", path: ["__proto__"] });
  }
  return v;
}

export const matchBodySchema = z.object(
  {
    queries: z.preprocess(
      keepsEveryKey,
      z
        .record(z.string().min(1, "A query key is not empty").max(MAX_QUERY_KEY_LENGTH), matchExampleSchema, {
          error: "An object of queries, each under a key of your choosing",
        })
        .refine((q) => Object.keys(q).length > 0, "No queries provided")
        .refine((q) => Object.keys(q).length <= MAX_MATCH_QUERIES, `At most ${MAX_MATCH_QUERIES} queries a request`)
        .meta({ minProperties: 1, maxProperties: MAX_MATCH_QUERIES }),
    ),
    weights: z.record(z.string(), z.number()).optional(),
    config: z.record(z.string(), z.unknown()).optional(),
  },
  { error: "A JSON object with `queries`" },
);
export type MatchBody = z.output<typeof matchBodySchema>;

/** A score as an address writes it: digits and one point, nothing `Number()` would also read (`0x1`, `1e0`, a blank). */
const score = z.preprocess(
  (v) => (typeof v === "string" ? (/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : Number.NaN) : v),
  z.number({ error: "A number from 0 to 1" }).min(0, "A number from 0 to 1").max(1, "A number from 0 to 1").optional(),
);

/** The query parameters yente's `/match` takes that mean something here; unknown ones are dropped. */
export const matchParamsSchema = z.object({
  threshold: score.describe("Score at or above which a result is a match (`match: true`); default the screening threshold"),
  limit: wholeNumber(1, MAX_MATCH_LIMIT, { tooBig: `At most ${MAX_MATCH_LIMIT} results a query`, default: 5 }).describe(
    "Results per query, best first, matches or not",
  ),
  asOf: fullDateSchema.optional().describe("Screen against what was in force on that day (default today)"),
  algorithm: z.string().max(100).optional().describe("Accepted for yente's clients and ignored: the tracker has one scoring"),
  lang: z
    .enum(LOCALES)
    .default("en")
    .describe("Language of the `explanation` sentences: en or ko (Korean). Scores, features and field names do not change."),
});
export type MatchParams = z.output<typeof matchParamsSchema>;

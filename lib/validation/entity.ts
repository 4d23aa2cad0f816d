import { z } from "zod";
import {
  ATTRIBUTE_KEYS,
  ENTITY_KINDS,
  IDENTIFIER_TYPES,
  NAME_TYPES,
  RELATIONSHIP_TYPES,
  type AttributeKey,
  type EntityKind,
} from "@/lib/domain/vocabulary";
import { imoCheckDigitValid } from "@/lib/domain/imo";
import { isPartialDate } from "@/lib/domain/partial-date";
import { citationSchema, factStatusSchema, optionalText } from "./common";
import { getFormMessages } from "@/lib/i18n/forms";

/** A command's refusal speaks English (the JSON API, the command line, the logs); the forms say it first in the page's language. */
const en = getFormMessages("en");

export const nameInputSchema = z.object({
  value: z.string().trim().min(1, "Enter the name").max(1000),
  type: z.enum(NAME_TYPES).default("alias"),
  lang: optionalText(20),
  official: z.boolean().default(true),
  status: factStatusSchema.default("confirmed"),
  note: optionalText(),
  source: citationSchema.optional(),
  /** The announcement that named the entity so, for a name with no source of its own. */
  announcementId: optionalText(200),
});
export type NameInput = z.input<typeof nameInputSchema>;

export const identifierInputSchema = z
  .object({
    type: z.enum(IDENTIFIER_TYPES),
    value: z.string().trim().min(1, "Enter the identifier").max(100),
    country: optionalText(2),
    note: optionalText(),
    source: citationSchema.optional(),
    /**
     * Recorded as an official list publishes it: a list's number with a wrong
     * check digit is still what the list says, and is kept (the entity page flags it).
     */
    asPublished: z.boolean().default(false),
  })
  .superRefine((id, ctx) => {
    if (id.type === "imo" || id.type === "imo_company") {
      if (!/^\d{7}$/.test(id.value)) {
        ctx.addIssue({ code: "custom", path: ["value"], message: "An IMO number has seven digits" });
      } else if (id.type === "imo" && !id.asPublished && !imoCheckDigitValid(id.value)) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `IMO ${id.value} fails its check digit: check the number`,
        });
      }
    }
    if (id.type === "mmsi" && !/^\d{9}$/.test(id.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "An MMSI has nine digits" });
    }
  });
export type IdentifierInput = z.input<typeof identifierInputSchema>;

/** Which details belong to which kind of entity. */
export const ATTRIBUTES_BY_KIND: Record<EntityKind, readonly AttributeKey[]> = {
  vessel: ["flag", "vessel_type", "tonnage", "gross_tonnage", "build_year"],
  organization: ["country", "address"],
  individual: ["birth_date", "birth_place", "nationality", "gender", "position", "address"],
  aircraft: ["flag", "aircraft_model", "build_year", "country"],
};

export const attributeInputSchema = z
  .object({
    key: z.enum(ATTRIBUTE_KEYS),
    value: z.string().trim().min(1, "Enter a value").max(4000),
    status: factStatusSchema.default("confirmed"),
    note: optionalText(),
    source: citationSchema.optional(),
    /** Recorded as an official list publishes it (a country the list names but no code stands for). */
    asPublished: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    if (a.key === "birth_date" && !isPartialDate(a.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Use a birth date as YYYY-MM-DD, YYYY-MM or YYYY" });
    }
    const isCountry = a.key === "flag" || a.key === "country" || a.key === "nationality";
    if (isCountry && !a.asPublished && !/^[A-Z]{2}$/.test(a.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Use a two-letter country code, such as RU" });
    }
  });
export type AttributeInput = z.input<typeof attributeInputSchema>;

export const refSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]*:[^\s]+$/, "A reference reads like seed:patriot or ofac:24508");

export const sameAsInputSchema = z.object({
  ref: refSchema,
  basis: optionalText(500),
  status: factStatusSchema.default("confirmed"),
});

export const entityInputSchema = z
  .object({
    kind: z.enum(ENTITY_KINDS),
    name: z.string().trim().min(1, "Enter the entity's name").max(1000),
    remarks: optionalText(),
    /** The record this entity comes from; finding it again makes the command idempotent. */
    ref: refSchema.optional(),
    names: z.array(nameInputSchema).default([]),
    identifiers: z.array(identifierInputSchema).default([]),
    attributes: z.array(attributeInputSchema).default([]),
    sameAs: z.array(sameAsInputSchema).default([]),
    source: citationSchema.optional(),
    /** The announcement that named the entity so: where its name comes from when it has no source. */
    announcementId: optionalText(200),
  })
  .superRefine((e, ctx) => {
    const allowed = ATTRIBUTES_BY_KIND[e.kind];
    e.attributes.forEach((a, i) => {
      if (!allowed.includes(a.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["attributes", i, "key"],
          message: `A ${e.kind} has no ${a.key.replace("_", " ")}`,
        });
      }
    });
  });
export type EntityInput = z.input<typeof entityInputSchema>;

export const relationshipInputSchema = z
  .object({
    fromEntityId: z.number().int().positive(),
    toEntityId: z.number().int().positive(),
    type: z.enum(RELATIONSHIP_TYPES),
    status: factStatusSchema.default("confirmed"),
    source: citationSchema.optional(),
  })
  .refine((r) => r.fromEntityId !== r.toEntityId, { message: "An entity cannot be related to itself", path: ["toEntityId"] });
export type RelationshipInput = z.input<typeof relationshipInputSchema>;

/** A correction of an entity's name or remarks, made against the version the editor saw. */
export const entityUpdateInputSchema = z.object({
  entityId: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  name: z.string().trim().min(1, "Enter the entity's name").max(1000).optional(),
  /** undefined: leave as is; null or empty: clear. */
  remarks: z
    .string()
    .trim()
    .max(4000)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v ? v : null)),
});
export type EntityUpdateInput = z.input<typeof entityUpdateInputSchema>;

/** A mistaken record taken back (never deleted), with its designations. */
export const withdrawEntityInputSchema = z.object({
  entityId: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  reason: z.string().trim().min(1, en.admin.validation.withdrawReason).max(4000),
});
export type WithdrawEntityInput = z.input<typeof withdrawEntityInputSchema>;

/** Two entities found to be one real thing: `from` is merged into `into` by `rule` (docs/decisions/0009). */
export const mergeEntitiesInputSchema = z
  .object({
    from: z.number().int().positive(),
    into: z.number().int().positive(),
    rule: z.string().trim().min(1, "Name the rule that merges them").max(500),
  })
  .refine((m) => m.from !== m.into, { message: "An entity cannot be merged into itself", path: ["into"] });
export type MergeEntitiesInput = z.input<typeof mergeEntitiesInputSchema>;

import { z } from "zod";

/**
 * The shape of data/seed/seed-facts.json, the tracker's default facts.
 * Parsed strictly enough that a typo in the file is an error, not a silent gap.
 */
const status = z.enum(["confirmed", "reported"]);

const seedName = z.object({
  value: z.string(),
  lang: z.string().optional(),
  type: z.enum(["romanization", "former_name", "new_name", "alias"]).optional(),
  status: z.enum(["unofficial"]).optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

const seedIdentifier = z.object({
  type: z.enum(["imo", "imo_company", "tax_id", "mmsi", "call_sign", "registration", "passport", "national_id"]),
  value: z.string(),
  note: z.string().optional(),
  source: z.string().optional(),
  country: z.string().optional(),
});

const seedEntity = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["vessel", "organization", "individual"]),
  name: z.string(),
  names: z.array(seedName).optional(),
  flag: z.string().optional(),
  country: z.string().optional(),
  country_status: status.optional(),
  nationality: z.string().optional(),
  position: z.string().optional(),
  remarks: z.string().optional(),
  identifiers: z.array(seedIdentifier).optional(),
  links: z
    .array(
      z.object({
        rel: z.enum(["linked_to", "operated_by", "owned_by"]),
        to: z.string(),
        status: status.optional(),
        source: z.string().optional(),
      }),
    )
    .optional(),
  same_as: z.array(z.object({ ref: z.string(), basis: z.string(), status })).optional(),
});

const declared = z.object({ vessel: z.number(), organization: z.number(), individual: z.number() });

export const seedFileSchema = z.object({
  about: z.string(),
  discrepancies: z.array(z.object({ topic: z.string(), sources: z.array(z.string()) }).passthrough()),
  authorities: z.array(z.object({ code: z.string(), name: z.string(), country: z.string().nullable() })),
  announcements: z.array(
    z.object({
      id: z.string(),
      authority: z.string(),
      announced_on: z.string(),
      effective_on: z.string().optional(),
      program: z.string().optional(),
      title: z.string(),
      summary: z.string().optional(),
      effects: z.string().optional(),
      note: z.string().optional(),
      declared,
      status,
      sources: z.array(z.string()),
      fulfilled_by: z.string().optional(),
    }),
  ),
  entities: z.array(seedEntity),
  designations: z.array(
    z.object({
      entity: z.string(),
      authority: z.string(),
      announcement: z.string().optional(),
      program: z.string().optional(),
      listed_on: z.string(),
      reason: z.string().optional(),
      legal_basis: z.string().optional(),
      status,
      sources: z.array(z.string()).optional(),
    }),
  ),
  control_lists: z.array(
    z.object({
      key: z.string(),
      authority: z.string(),
      authority_note: z.string().optional(),
      name: z.string(),
      unit: z.string(),
      revisions: z.array(
        z.object({
          effective_on: z.string(),
          announced_on: z.string().optional(),
          proposed_on: z.string().optional(),
          added: z.number(),
          removed: z.number(),
          total: z.number(),
          note: z.string().optional(),
          /** What the total counts from this revision on; omitted: as the revision before. */
          count_basis: z.string().optional(),
          status,
          sources: z.array(z.string()),
          date_precision: z.enum(["year", "month", "day"]).optional(),
          reported_previous_total: z.object({ value: z.number(), source: z.string(), conflicts_with: z.number() }).optional(),
        }),
      ),
    }),
  ),
  events: z.array(z.object({ on: z.string(), title: z.string(), status, sources: z.array(z.string()) })),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedEntity = z.infer<typeof seedEntity>;

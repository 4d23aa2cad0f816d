/**
 * The closed lists of values the data uses: entity kinds, fact statuses, name,
 * identifier, attribute and relationship types, roles, official lists. The
 * database schema declares its columns' enums from these (db/schema/), and
 * the forms and schemas that run in the browser read them here: this module
 * imports nothing, so a client module that needs a list does not bring the
 * tables (or the database driver) with it.
 */

/** Aircraft are a kind of their own: they have registration marks and operators, not birth dates or flags of convenience. */
export const ENTITY_KINDS = ["vessel", "organization", "individual", "aircraft"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const FACT_STATUSES = ["confirmed", "reported"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const NAME_TYPES = ["primary", "alias", "former_name", "new_name", "romanization"] as const;
export type NameType = (typeof NAME_TYPES)[number];

export const IDENTIFIER_TYPES = [
  "imo",
  "mmsi",
  "call_sign",
  "imo_company",
  "registration",
  "tax_id",
  "passport",
  "national_id",
  "other",
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export const ATTRIBUTE_KEYS = [
  "flag",
  "vessel_type",
  "tonnage",
  "gross_tonnage",
  "build_year",
  "aircraft_model",
  "birth_date",
  "birth_place",
  "nationality",
  "gender",
  "position",
  "country",
  "address",
] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

export const RELATIONSHIP_TYPES = ["owned_by", "operated_by", "linked_to", "director_of", "subsidiary_of"] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LOGIN_OUTCOMES = ["success", "failure", "refused"] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

/** The lists the tracker has a parser of its own for (lib/importers/lists.ts). */
export const LIST_KEYS = ["ofac-sdn", "ofac-consolidated", "un-consolidated", "bis-dpl"] as const;
export type BuiltInListKey = (typeof LIST_KEYS)[number];
/**
 * A list's key: a built-in one, or a name a FollowTheMoney import created
 * (`import ftm --list <name>`, kept in the `lists` table), which matches LIST_NAME_PATTERN.
 */
export type ListKey = string;
/** A created list's name: a lowercase slug of 2 to 20 characters ("acme-blocked"); it is also its records' ref prefix. */
export const LIST_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const LIST_NAME_MAX = 20;
export const isBuiltInList = (key: string): key is BuiltInListKey => (LIST_KEYS as readonly string[]).includes(key);

export const RUN_STATUSES = ["running", "succeeded", "failed"] as const;

/** What a watchlist is told: a counterparty newly matches, its match changed, or the matched entity was delisted. */
export const ALERT_KINDS = ["new_match", "changed_match", "delisted"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A reviewer's verdict on a screening match. */
export const MATCH_DECISIONS = ["true_match", "false_positive"] as const;
export type MatchDecision = (typeof MATCH_DECISIONS)[number];

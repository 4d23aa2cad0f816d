import "server-only";
import { sqliteTable, text, integer, uniqueIndex, index, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { sources } from "./reference";
import { ATTRIBUTE_KEYS, ENTITY_KINDS, FACT_STATUSES, IDENTIFIER_TYPES, NAME_TYPES, RELATIONSHIP_TYPES } from "../../lib/domain/vocabulary";

// The lists live with the rest of the vocabulary (lib/domain/vocabulary.ts), which the browser may load; the tables stay here.
export {
  ATTRIBUTE_KEYS,
  ENTITY_KINDS,
  FACT_STATUSES,
  IDENTIFIER_TYPES,
  NAME_TYPES,
  RELATIONSHIP_TYPES,
  type AttributeKey,
  type EntityKind,
  type FactStatus,
  type IdentifierType,
  type NameType,
  type RelationshipType,
} from "../../lib/domain/vocabulary";

/** A sanctioned vessel, organization or individual: one row per real thing. */
export const entities = sqliteTable(
  "entities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ENTITY_KINDS }).notNull(),
    name: text("name").notNull(),
    /**
     * Derived from `name` by `nameSortKey` (lib/domain/name-sort-key.ts) in the
     * same write: the list sorts by it in SQL, a page at a time.
     */
    nameSort: text("name_sort").notNull().default(""),
    remarks: text("remarks"),
    /** Optimistic concurrency: every change to the row or its parts bumps it. */
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    withdrawnAt: text("withdrawn_at"),
    withdrawnReason: text("withdrawn_reason"),
    /**
     * Set when the entity was found to be the same real thing as another and
     * merged into it (lib/commands/merge.ts): its parts moved to the survivor,
     * and the row stays so that its id keeps answering (a redirect).
     */
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => entities.id),
  },
  (t) => [
    index("entities_kind").on(t.kind),
    index("entities_name").on(t.name),
    index("entities_name_sort").on(t.nameSort, t.id),
    index("entities_merged_into").on(t.mergedIntoId),
  ],
);

/** Every name of an entity in every script, each marked official or not. */
export const entityNames = sqliteTable(
  "entity_names",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    value: text("value").notNull(),
    type: text("type", { enum: NAME_TYPES }).notNull(),
    /** ISO 15924 script code detected from the value: Latn, Hang, Cyrl, ... */
    script: text("script").notNull(),
    /** BCP 47 language when the source gives it (ko, ru). */
    lang: text("lang"),
    official: integer("official", { mode: "boolean" }).notNull(),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id),
    /**
     * The announcement that named the entity so, when the name came with an
     * authority's announcement rather than a source of its own (the default
     * facts' Hangul names, as the Korean foreign ministry gave them). No
     * foreign key: designations.ts imports this module, so referencing its
     * table here would make the two modules need each other to load; the
     * command that writes it checks the announcement exists.
     */
    announcementId: text("announcement_id"),
  },
  (t) => [uniqueIndex("entity_names_value").on(t.entityId, t.value)],
);

export const entityIdentifiers = sqliteTable(
  "entity_identifiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    type: text("type", { enum: IDENTIFIER_TYPES }).notNull(),
    value: text("value").notNull(),
    country: text("country"),
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [uniqueIndex("entity_identifiers_value").on(t.entityId, t.type, t.value), index("entity_identifiers_lookup").on(t.type, t.value)],
);

/**
 * Kind-specific details (a vessel's flag, an individual's birth date, an
 * organization's country) as sourced facts. Several values may stand side by
 * side (an alternative date of birth), each with its own status and source.
 */
export const entityAttributes = sqliteTable(
  "entity_attributes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    key: text("key", { enum: ATTRIBUTE_KEYS }).notNull(),
    value: text("value").notNull(),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    note: text("note"),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [uniqueIndex("entity_attributes_value").on(t.entityId, t.key, t.value)],
);

/**
 * Stable external references: `seed:patriot`, `ofac:24508`, `un:KPi.066`.
 * `origin = record` is a record merged into the entity; `origin = same_as` is a
 * claim (from the default facts) that a record in another list is this entity,
 * which importers use to merge that record here.
 */
export const entityRefs = sqliteTable(
  "entity_refs",
  {
    ref: text("ref").primaryKey(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    origin: text("origin", { enum: ["record", "same_as"] }).notNull(),
    basis: text("basis"),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
  },
  (t) => [index("entity_refs_entity").on(t.entityId)],
);

export const relationships = sqliteTable(
  "relationships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromEntityId: integer("from_entity_id")
      .notNull()
      .references(() => entities.id),
    toEntityId: integer("to_entity_id")
      .notNull()
      .references(() => entities.id),
    type: text("type", { enum: RELATIONSHIP_TYPES }).notNull(),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    sourceId: integer("source_id").references(() => sources.id),
  },
  (t) => [uniqueIndex("relationships_pair").on(t.fromEntityId, t.toEntityId, t.type), index("relationships_to").on(t.toEntityId)],
);

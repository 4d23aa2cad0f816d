import "server-only";
import { sqliteTable, text, integer, uniqueIndex, index, primaryKey } from "drizzle-orm/sqlite-core";
import { authorities, programs, sources } from "./reference";
import { entities, FACT_STATUSES } from "./entities";

/**
 * One act of an authority on one date (a round of designations), with the
 * counts it declared per kind so "declared vs entered" can be checked.
 * Dates are ISO and may be partial (YYYY, YYYY-MM, YYYY-MM-DD).
 */
export const announcements = sqliteTable(
  "announcements",
  {
    id: text("id").primaryKey(),
    authorityCode: text("authority_code")
      .notNull()
      .references(() => authorities.code),
    programId: integer("program_id").references(() => programs.id),
    title: text("title").notNull(),
    summary: text("summary"),
    effects: text("effects"),
    note: text("note"),
    announcedOn: text("announced_on").notNull(),
    effectiveOn: text("effective_on"),
    declaredVessels: integer("declared_vessels"),
    declaredOrganizations: integer("declared_organizations"),
    declaredIndividuals: integer("declared_individuals"),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    /** A plan announced here was carried out by that later announcement. */
    fulfilledById: text("fulfilled_by_id"),
    version: integer("version").notNull().default(1),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [index("announcements_announced_on").on(t.announcedOn)],
);

export const announcementSources = sqliteTable(
  "announcement_sources",
  {
    announcementId: text("announcement_id")
      .notNull()
      .references(() => announcements.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.sourceId] })],
);

/**
 * An entity listed by an authority under a program. Identified by
 * (entity, authority, program); every source that asserts it is kept in
 * designation_sources. World time (listed / effective / delisted on) is kept
 * apart from tracker time (recorded_at, and the change log).
 */
export const designations = sqliteTable(
  "designations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    authorityCode: text("authority_code")
      .notNull()
      .references(() => authorities.code),
    programId: integer("program_id")
      .notNull()
      .references(() => programs.id),
    announcementId: text("announcement_id").references(() => announcements.id),
    listedOn: text("listed_on"),
    effectiveOn: text("effective_on"),
    delistedOn: text("delisted_on"),
    delistingReason: text("delisting_reason"),
    delistingSourceId: integer("delisting_source_id").references(() => sources.id),
    reason: text("reason"),
    legalBasis: text("legal_basis"),
    status: text("status", { enum: FACT_STATUSES }).notNull(),
    /** The record's id in the list it was imported from (OFAC ent_num, UN reference number). */
    listRecordId: text("list_record_id"),
    /** Tracker time: the publication date of the list in which the tracker first saw it. */
    firstSeenOn: text("first_seen_on"),
    version: integer("version").notNull().default(1),
    recordedAt: text("recorded_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    withdrawnAt: text("withdrawn_at"),
    withdrawnReason: text("withdrawn_reason"),
  },
  (t) => [
    uniqueIndex("designations_identity").on(t.entityId, t.authorityCode, t.programId),
    index("designations_authority").on(t.authorityCode),
    index("designations_announcement").on(t.announcementId),
  ],
);

export const designationSources = sqliteTable(
  "designation_sources",
  {
    designationId: integer("designation_id")
      .notNull()
      .references(() => designations.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.designationId, t.sourceId] })],
);

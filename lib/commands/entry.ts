import "server-only";
import { and, eq } from "drizzle-orm";
import { announcements, designations, entities, programs } from "@/db/schema";
import { enterDesignationInputSchema, type EnterDesignationInput } from "@/lib/validation/designation";
import { type CommandContext, DomainError, inTransaction, parseInput } from "./context";
import { designate } from "./designations";
import { addRelationship, upsertEntity } from "./entities";
import { ensureProgram } from "./reference";
import { defaultListingDate } from "@/lib/domain/listing-date";

/**
 * Entering one designation of an announcement, as an editor does it from the
 * announcement's admin page: an existing entity (found with the search) or a
 * new one (created with its names, identifiers, details and links to its owner
 * or operator), designated with the announcement's authority, program,
 * effective date and sources. One transaction: if the designation is refused,
 * no new entity is left behind.
 *
 * The listing date, unless the editor gives one, is the announcement's
 * (`defaultListingDate`), stored on the designation: correcting the
 * announcement later does not silently move the dates of what was entered.
 *
 * An entity the authority already designates under the same program is
 * refused rather than moved onto this announcement, so entering a round never
 * rewrites an earlier one.
 */
export function enterDesignation(
  ctx: CommandContext,
  input: EnterDesignationInput,
): { entityId: number; designationId: number; createdEntity: boolean } {
  const d = parseInput(enterDesignationInputSchema, input, "designation");
  return inTransaction(ctx, (ctx) => {
    const announcement = ctx.db.select().from(announcements).where(eq(announcements.id, d.announcementId)).get();
    if (!announcement) {
      throw new DomainError("entry.announcement_unknown", { id: d.announcementId }, ["announcementId"]);
    }
    let entityId: number;
    let createdEntity = false;
    if (d.entityId !== undefined) {
      const entity = ctx.db.select().from(entities).where(eq(entities.id, d.entityId)).get();
      if (!entity) {
        throw new DomainError("entry.entity_unknown", { id: d.entityId }, ["entityId"]);
      }
      if (entity.withdrawnAt) {
        throw new DomainError("entry.entity_withdrawn", { name: entity.name }, ["entityId"]);
      }
      if (entity.mergedIntoId !== null) {
        throw new DomainError("entry.entity_merged", { name: entity.name, into: entity.mergedIntoId }, ["entityId"]);
      }
      entityId = entity.id;
      refuseExisting(ctx, entity.id, entity.name, announcement);
    } else {
      // A new record: no ref, so it is always created (never merged by a ref).
      const created = upsertEntity(ctx, { ...d.entity!, ref: undefined });
      entityId = created.id;
      createdEntity = true;
    }
    for (const link of d.links) {
      if (link.toEntityId === entityId) {
        throw new DomainError("entry.self_link", {}, [`links.${link.type}`]);
      }
      const other = ctx.db.select({ id: entities.id }).from(entities).where(eq(entities.id, link.toEntityId)).get();
      if (!other) {
        throw new DomainError("entry.entity_unknown", { id: link.toEntityId }, [`links.${link.type}`]);
      }
      addRelationship(ctx, { fromEntityId: entityId, toEntityId: link.toEntityId, type: link.type, status: d.status });
    }
    const { id, created } = designate(ctx, {
      entityId,
      authorityCode: announcement.authorityCode,
      announcementId: announcement.id,
      listedOn: d.listedOn ?? defaultListingDate(announcement).date,
      reason: d.reason,
      legalBasis: d.legalBasis,
      status: d.status,
    });
    if (!created) {
      // designate() found one by identity (possible only for an existing entity, checked above): never reached.
      throw new DomainError("entry.entered_already", { name: String(entityId) });
    }
    return { entityId, designationId: id, createdEntity };
  });
}

function refuseExisting(ctx: CommandContext, entityId: number, name: string, announcement: typeof announcements.$inferSelect): void {
  // The program designate() will file it under: the announcement's, else "not stated".
  const programId = announcement.programId ?? ensureProgram(ctx, { authorityCode: announcement.authorityCode });
  const clash = ctx.db
    .select({ d: designations, programName: programs.name })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(
      and(
        eq(designations.entityId, entityId),
        eq(designations.authorityCode, announcement.authorityCode),
        eq(designations.programId, programId),
      ),
    )
    .get();
  if (!clash) return;
  const { d } = clash;
  if (d.announcementId === announcement.id) throw new DomainError("entry.entered_already", { name }, ["entityId"]);
  const designation = { name, authority: announcement.authorityCode, program: clash.programName };
  if (d.withdrawnAt) throw new DomainError("entry.designation_withdrawn", designation, ["entityId"]);
  throw new DomainError("entry.designated_already", { ...designation, announcementId: d.announcementId, delistedOn: d.delistedOn }, [
    "entityId",
  ]);
}

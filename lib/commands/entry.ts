import { and, eq } from "drizzle-orm";
import { announcements, designations, entities, programs } from "@/db/schema";
import { enterDesignationInputSchema, type EnterDesignationInput } from "@/lib/validation/designation";
import { type CommandContext, DomainError, inTransaction, parseInput } from "./context";
import { designate } from "./designations";
import { addRelationship, upsertEntity } from "./entities";
import { ensureProgram } from "./reference";
import { defaultListingDate } from "@/lib/domain/listing-date";
import { getMessages } from "@/lib/i18n";

const { rules } = getMessages().admin;

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
export function enterDesignation(ctx: CommandContext, input: EnterDesignationInput): { entityId: number; designationId: number; createdEntity: boolean } {
  const d = parseInput(enterDesignationInputSchema, input, "designation");
  return inTransaction(ctx, (ctx) => {
    const announcement = ctx.db.select().from(announcements).where(eq(announcements.id, d.announcementId)).get();
    if (!announcement) {
      const message = rules.unknownAnnouncement(d.announcementId);
      throw new DomainError("not_found", message, [{ path: "announcementId", message }]);
    }
    let entityId: number;
    let createdEntity = false;
    if (d.entityId !== undefined) {
      const entity = ctx.db.select().from(entities).where(eq(entities.id, d.entityId)).get();
      if (!entity) {
        const message = rules.unknownEntity(d.entityId);
        throw new DomainError("invalid", message, [{ path: "entityId", message }]);
      }
      if (entity.withdrawnAt) {
        const message = rules.entityWithdrawn(entity.name);
        throw new DomainError("invalid", message, [{ path: "entityId", message }]);
      }
      if (entity.mergedIntoId !== null) {
        const message = rules.entityMerged(entity.name, entity.mergedIntoId);
        throw new DomainError("invalid", message, [{ path: "entityId", message }]);
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
        throw new DomainError("invalid", rules.selfLink, [{ path: `links.${link.type}`, message: rules.selfLink }]);
      }
      const other = ctx.db.select({ id: entities.id }).from(entities).where(eq(entities.id, link.toEntityId)).get();
      if (!other) {
        const message = rules.unknownEntity(link.toEntityId);
        throw new DomainError("invalid", message, [{ path: `links.${link.type}`, message }]);
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
      throw new DomainError("conflict", rules.enteredAlready(String(entityId)));
    }
    return { entityId, designationId: id, createdEntity };
  });
}

function refuseExisting(
  ctx: CommandContext,
  entityId: number,
  name: string,
  announcement: typeof announcements.$inferSelect,
): void {
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
  const message =
    d.announcementId === announcement.id
      ? rules.enteredAlready(name)
      : d.withdrawnAt
        ? rules.withdrawnDesignation(name, announcement.authorityCode, clash.programName)
        : rules.designatedAlready(name, announcement.authorityCode, clash.programName, d.announcementId, d.delistedOn);
  throw new DomainError("conflict", message, [{ path: "entityId", message }]);
}

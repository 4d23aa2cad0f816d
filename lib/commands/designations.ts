import { and, eq } from "drizzle-orm";
import { announcementSources, announcements, designationSources, designations, entities } from "@/db/schema";
import {
  delistInputSchema,
  designationInputSchema,
  type DelistInput,
  type DesignationInput,
} from "@/lib/validation/designation";
import { type CommandContext, DomainError, changedFields, inTransaction, logChange, nowOf, parseInput, pick } from "./context";
import { touchEntity } from "./entities";
import { ensureProgram, requireAuthority } from "./reference";
import { ensureSource, ensureSources } from "./sources";

const TRACKED = ["announcementId", "listedOn", "effectiveOn", "reason", "legalBasis", "status", "listRecordId"] as const;

/**
 * Records that an authority lists an entity under a program. A designation is
 * identified by (entity, authority, program): asserting it again adds the new
 * sources and fills or corrects its fields, each change in the change log.
 * A designation made by an announcement takes the announcement's program,
 * effective date and sources unless the input gives its own.
 */
export function designate(ctx: CommandContext, input: DesignationInput): { id: number; created: boolean } {
  const d = parseInput(designationInputSchema, input, "designation");
  return inTransaction(ctx, (ctx) => {
    requireAuthority(ctx, d.authorityCode);
    const entity = ctx.db.select({ id: entities.id }).from(entities).where(eq(entities.id, d.entityId)).get();
    if (!entity) throw new DomainError("invalid", `No entity ${d.entityId}`, [{ path: "entityId", message: "Unknown entity" }]);

    const announcement = d.announcementId
      ? ctx.db.select().from(announcements).where(eq(announcements.id, d.announcementId)).get()
      : undefined;
    if (d.announcementId && !announcement) {
      throw new DomainError("invalid", `No announcement ${d.announcementId}`, [
        { path: "announcementId", message: "Unknown announcement" },
      ]);
    }
    if (announcement && announcement.authorityCode !== d.authorityCode) {
      throw new DomainError("invalid", `Announcement ${announcement.id} is by ${announcement.authorityCode}, not ${d.authorityCode}`, [
        { path: "announcementId", message: "The announcement is by another authority" },
      ]);
    }

    const programId =
      d.program || !announcement?.programId
        ? ensureProgram(ctx, { authorityCode: d.authorityCode, label: d.program, legalBasis: d.legalBasis })
        : announcement.programId;
    const sourceIds = d.sources.length
      ? ensureSources(ctx, d.sources)
      : announcement
        ? ctx.db
            .select({ id: announcementSources.sourceId })
            .from(announcementSources)
            .where(eq(announcementSources.announcementId, announcement.id))
            .all()
            .map((r) => r.id)
        : [];

    const fields = {
      announcementId: d.announcementId,
      listedOn: d.listedOn,
      effectiveOn: d.effectiveOn ?? announcement?.effectiveOn ?? undefined,
      reason: d.reason,
      legalBasis: d.legalBasis,
      status: d.status,
      listRecordId: d.listRecordId,
    };
    const identity = and(
      eq(designations.entityId, d.entityId),
      eq(designations.authorityCode, d.authorityCode),
      eq(designations.programId, programId),
    );
    const current = ctx.db.select().from(designations).where(identity).get();
    let id: number;
    if (!current) {
      const now = nowOf(ctx);
      const row = {
        entityId: d.entityId,
        authorityCode: d.authorityCode,
        programId,
        announcementId: fields.announcementId ?? null,
        listedOn: fields.listedOn ?? null,
        effectiveOn: fields.effectiveOn ?? null,
        reason: fields.reason ?? null,
        legalBasis: fields.legalBasis ?? null,
        status: fields.status,
        listRecordId: fields.listRecordId ?? null,
        recordedAt: now,
        updatedAt: now,
      };
      id = ctx.db.insert(designations).values(row).returning({ id: designations.id }).get().id;
      touchEntity(ctx, d.entityId);
      logChange(ctx, {
        action: "designation.create",
        subjectType: "designation",
        subjectId: id,
        entityId: d.entityId,
        occurredOn: row.effectiveOn ?? row.listedOn,
        after: row,
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      id = current.id;
      const diff = changedFields(pick(current, [...TRACKED]), fields);
      if (Object.keys(diff).length > 0) {
        ctx.db
          .update(designations)
          .set({ ...diff, version: current.version + 1, updatedAt: nowOf(ctx) })
          .where(eq(designations.id, id))
          .run();
        touchEntity(ctx, d.entityId);
        logChange(ctx, {
          action: "designation.update",
          subjectType: "designation",
          subjectId: id,
          entityId: d.entityId,
          before: pick(current, Object.keys(diff) as (typeof TRACKED)[number][]),
          after: diff,
          sourceId: sourceIds[0] ?? null,
        });
      }
    }
    for (const sourceId of sourceIds) {
      const linked = ctx.db
        .select()
        .from(designationSources)
        .where(and(eq(designationSources.designationId, id), eq(designationSources.sourceId, sourceId)))
        .get();
      if (linked) continue;
      ctx.db.insert(designationSources).values({ designationId: id, sourceId }).run();
      if (current) {
        logChange(ctx, {
          action: "designation.source.add",
          subjectType: "designation",
          subjectId: id,
          entityId: d.entityId,
          after: { sourceId },
          sourceId,
        });
      }
    }
    return { id, created: !current };
  });
}

/** Ends a designation as of a date, with the reason and the source that says so. */
export function delist(ctx: CommandContext, input: DelistInput): void {
  const d = parseInput(delistInputSchema, input, "delisting");
  inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(designations).where(eq(designations.id, d.designationId)).get();
    if (!current) throw new DomainError("not_found", `No designation ${d.designationId}`);
    if (d.expectedVersion !== undefined && d.expectedVersion !== current.version) {
      throw new DomainError(
        "conflict",
        "This designation was changed by someone else since you opened it; nothing was saved.",
        [],
        { current },
      );
    }
    if (current.delistedOn) {
      throw new DomainError("conflict", `Already delisted on ${current.delistedOn}`, [
        { path: "delistedOn", message: `Already delisted on ${current.delistedOn}` },
      ]);
    }
    const start = current.effectiveOn ?? current.listedOn;
    if (start && d.delistedOn < start) {
      throw new DomainError("invalid", `The delisting date is before the listing (${start})`, [
        { path: "delistedOn", message: `Must not be before ${start}` },
      ]);
    }
    const sourceId = ensureSource(ctx, d.source);
    const after = { delistedOn: d.delistedOn, delistingReason: d.reason, delistingSourceId: sourceId };
    ctx.db
      .update(designations)
      .set({ ...after, version: current.version + 1, updatedAt: nowOf(ctx) })
      .where(eq(designations.id, current.id))
      .run();
    touchEntity(ctx, current.entityId);
    logChange(ctx, {
      action: "designation.delist",
      subjectType: "designation",
      subjectId: current.id,
      entityId: current.entityId,
      occurredOn: d.delistedOn,
      before: pick(current, ["delistedOn", "delistingReason", "delistingSourceId"]),
      after,
      reason: d.reason,
      sourceId,
    });
  });
}

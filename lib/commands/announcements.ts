import "server-only";
import { and, eq } from "drizzle-orm";
import { announcementSources, announcements } from "@/db/schema";
import {
  announcementInputSchema,
  announcementUpdateInputSchema,
  type AnnouncementInput,
  type AnnouncementUpdateInput,
} from "@/lib/validation/announcement";
import { assertVersion } from "./concurrency";
import { type CommandContext, DomainError, inTransaction, logChange, nowOf, parseInput } from "./context";
import { ensureProgram, requireAuthority } from "./reference";
import { ensureSources } from "./sources";
import { updateVersioned } from "./versioned";

const TRACKED = [
  "authorityCode",
  "programId",
  "title",
  "summary",
  "effects",
  "note",
  "announcedOn",
  "effectiveOn",
  "declaredVessels",
  "declaredOrganizations",
  "declaredIndividuals",
  "status",
  "fulfilledById",
] as const;

/** Records an announcement (a round of designations), or brings a recorded one up to date. */
export function upsertAnnouncement(ctx: CommandContext, input: AnnouncementInput): string {
  const a = parseInput(announcementInputSchema, input, "announcement");
  return inTransaction(ctx, (ctx) => {
    requireAuthority(ctx, a.authorityCode);
    if (a.fulfilledById) {
      const target = ctx.db.select({ id: announcements.id }).from(announcements).where(eq(announcements.id, a.fulfilledById)).get();
      if (!target) {
        throw new DomainError("announcement.fulfilled_by_unknown", { id: a.fulfilledById }, ["fulfilledById"]);
      }
    }
    const next = {
      authorityCode: a.authorityCode,
      programId: a.program ? ensureProgram(ctx, { authorityCode: a.authorityCode, label: a.program }) : null,
      title: a.title,
      summary: a.summary ?? null,
      effects: a.effects ?? null,
      note: a.note ?? null,
      announcedOn: a.announcedOn,
      effectiveOn: a.effectiveOn ?? null,
      declaredVessels: a.declared.vessel ?? null,
      declaredOrganizations: a.declared.organization ?? null,
      declaredIndividuals: a.declared.individual ?? null,
      status: a.status,
      fulfilledById: a.fulfilledById ?? null,
    };
    const sourceIds = ensureSources(ctx, a.sources);
    const current = ctx.db.select().from(announcements).where(eq(announcements.id, a.id)).get();
    if (!current) {
      ctx.db
        .insert(announcements)
        .values({ id: a.id, ...next, recordedAt: nowOf(ctx) })
        .run();
      logChange(ctx, {
        action: "announcement.create",
        subjectType: "announcement",
        subjectId: a.id,
        occurredOn: a.announcedOn,
        after: next,
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      updateVersioned(ctx, {
        table: announcements,
        row: current,
        fields: TRACKED,
        changes: next,
        log: { action: "announcement.update", subjectType: "announcement" },
      });
    }
    linkSources(ctx, a.id, sourceIds);
    return a.id;
  });
}

/** Links the sources an announcement lacks; returns how many were new. */
function linkSources(ctx: CommandContext, announcementId: string, sourceIds: number[]): number {
  let added = 0;
  for (const sourceId of sourceIds) {
    const linked = ctx.db
      .select()
      .from(announcementSources)
      .where(and(eq(announcementSources.announcementId, announcementId), eq(announcementSources.sourceId, sourceId)))
      .get();
    if (linked) continue;
    ctx.db.insert(announcementSources).values({ announcementId, sourceId }).run();
    added++;
  }
  return added;
}

/**
 * Records a new announcement entered by an editor. Unlike `upsertAnnouncement`
 * (the loaders' idempotent write), an id already in use is refused, so a form
 * can never overwrite another round.
 */
export function createAnnouncement(ctx: CommandContext, input: AnnouncementInput): string {
  const a = parseInput(announcementInputSchema, input, "announcement");
  return inTransaction(ctx, (ctx) => {
    const taken = ctx.db.select({ id: announcements.id }).from(announcements).where(eq(announcements.id, a.id)).get();
    if (taken) {
      throw new DomainError("announcement.id_taken", { id: a.id }, ["id"]);
    }
    return upsertAnnouncement(ctx, input);
  });
}

/**
 * Corrects an announcement against the version the editor opened (a stale
 * version: `conflict`, nothing written). Only the fields given change; sources
 * given are added. Returns whether anything changed.
 */
export function updateAnnouncement(ctx: CommandContext, input: AnnouncementUpdateInput): boolean {
  const a = parseInput(announcementUpdateInputSchema, input, "announcement");
  return inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(announcements).where(eq(announcements.id, a.id)).get();
    if (!current) throw new DomainError("announcement.not_found", { id: a.id });
    assertVersion("announcement", current, current.id, a.expectedVersion);
    const blank = (v: string | null | undefined) => (v === undefined ? undefined : v ? v : null);
    const next = {
      programId: a.program !== undefined ? ensureProgram(ctx, { authorityCode: current.authorityCode, label: a.program }) : undefined,
      title: a.title,
      summary: blank(a.summary),
      effects: blank(a.effects),
      note: blank(a.note),
      announcedOn: a.announcedOn,
      effectiveOn: a.effectiveOn === undefined ? undefined : a.effectiveOn || null,
      declaredVessels: a.declared?.vessel,
      declaredOrganizations: a.declared?.organization,
      declaredIndividuals: a.declared?.individual,
      status: a.status,
    };
    const sourceIds = ensureSources(ctx, a.sources);
    const added = linkSources(ctx, a.id, sourceIds);
    // A corrected announcement is an amendment; sources attached to it are record keeping.
    const diff = updateVersioned(ctx, {
      table: announcements,
      row: current,
      fields: TRACKED,
      changes: next,
      force: added > 0,
      log: { action: "announcement.update", subjectType: "announcement", sourceId: sourceIds[0] ?? null },
    });
    if (!diff) return false;
    if (added > 0) {
      logChange(ctx, {
        action: "announcement.source.add",
        subjectType: "announcement",
        subjectId: a.id,
        after: { sourcesAdded: added },
        sourceId: sourceIds[0] ?? null,
      });
    }
    return true;
  });
}

import { and, eq } from "drizzle-orm";
import { announcementSources, announcements } from "@/db/schema";
import { announcementInputSchema, type AnnouncementInput } from "@/lib/validation/announcement";
import { type CommandContext, DomainError, changedFields, inTransaction, logChange, nowOf, parseInput, pick } from "./context";
import { ensureProgram, requireAuthority } from "./reference";
import { ensureSources } from "./sources";

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
        throw new DomainError("invalid", `Unknown announcement ${a.fulfilledById}`, [
          { path: "fulfilledById", message: `No announcement ${a.fulfilledById}` },
        ]);
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
      ctx.db.insert(announcements).values({ id: a.id, ...next, recordedAt: nowOf(ctx) }).run();
      logChange(ctx, {
        action: "announcement.create",
        subjectType: "announcement",
        subjectId: a.id,
        occurredOn: a.announcedOn,
        after: next,
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      const diff = changedFields(pick(current, [...TRACKED]), next);
      if (Object.keys(diff).length > 0) {
        ctx.db
          .update(announcements)
          .set({ ...diff, version: current.version + 1 })
          .where(eq(announcements.id, a.id))
          .run();
        logChange(ctx, {
          action: "announcement.update",
          subjectType: "announcement",
          subjectId: a.id,
          before: pick(current, Object.keys(diff) as (typeof TRACKED)[number][]),
          after: diff,
        });
      }
    }
    for (const sourceId of sourceIds) {
      const linked = ctx.db
        .select()
        .from(announcementSources)
        .where(and(eq(announcementSources.announcementId, a.id), eq(announcementSources.sourceId, sourceId)))
        .get();
      if (!linked) ctx.db.insert(announcementSources).values({ announcementId: a.id, sourceId }).run();
    }
    return a.id;
  });
}

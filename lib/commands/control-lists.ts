import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import { controlListRevisions, controlLists, revisionSources } from "@/db/schema";
import { checkRevision } from "@/lib/domain/revision-check";
import { controlListInputSchema, revisionInputSchema, type ControlListInput, type RevisionInput } from "@/lib/validation/control-list";
import { type CommandContext, DomainError, changedFields, inTransaction, logChange, nowOf, parseInput } from "./context";
import { requireAuthority } from "./reference";
import { ensureSource, ensureSources } from "./sources";
import { updateVersioned } from "./versioned";

export function upsertControlList(ctx: CommandContext, input: ControlListInput): string {
  const l = parseInput(controlListInputSchema, input, "control list");
  return inTransaction(ctx, (ctx) => {
    requireAuthority(ctx, l.authorityCode);
    const next = { authorityCode: l.authorityCode, name: l.name, unit: l.unit, authorityNote: l.authorityNote ?? null };
    const current = ctx.db.select().from(controlLists).where(eq(controlLists.key, l.key)).get();
    if (!current) {
      ctx.db
        .insert(controlLists)
        .values({ key: l.key, ...next })
        .run();
      logChange(ctx, { action: "control_list.create", subjectType: "control_list", subjectId: l.key, after: next });
    } else {
      const diff = changedFields(current, next);
      if (Object.keys(diff).length > 0) {
        ctx.db.update(controlLists).set(diff).where(eq(controlLists.key, l.key)).run();
        logChange(ctx, { action: "control_list.update", subjectType: "control_list", subjectId: l.key, before: current, after: diff });
      }
    }
    return l.key;
  });
}

/**
 * Records a revision of a control list. The arithmetic must hold (previous
 * total + added − removed = total) unless the revision counts on a new basis
 * (a restatement) or the caller records the discrepancy on purpose with a
 * note; a conflicting figure reported elsewhere is kept with its source beside
 * the official one.
 */
export function recordRevision(ctx: CommandContext, input: RevisionInput): number {
  const r = parseInput(revisionInputSchema, input, "revision");
  return inTransaction(ctx, (ctx) => {
    const list = ctx.db.select().from(controlLists).where(eq(controlLists.key, r.listKey)).get();
    if (!list) throw new DomainError("control_list.unknown", { key: r.listKey }, ["listKey"]);

    const earlier = ctx.db
      .select({ total: controlListRevisions.total, countBasis: controlListRevisions.countBasis })
      .from(controlListRevisions)
      .where(and(eq(controlListRevisions.listKey, r.listKey), lt(controlListRevisions.effectiveOn, r.effectiveOn)))
      .orderBy(desc(controlListRevisions.effectiveOn))
      .all();
    const previous = earlier[0];
    // The basis in force before this revision: the latest one named, else the list's unit.
    const previousBasis = previous ? (earlier.find((e) => e.countBasis)?.countBasis ?? list.unit) : null;
    const check = checkRevision({
      previousTotal: previous?.total ?? 0,
      added: r.added,
      removed: r.removed,
      total: r.total,
      previousBasis,
      countBasis: r.countBasis,
    });
    if (check.mismatch && !r.discrepancyNote) {
      const figures = {
        previousTotal: check.previousTotal,
        added: r.added,
        removed: r.removed,
        expectedTotal: check.expectedTotal,
        total: r.total,
      };
      throw new DomainError("revision.mismatch", figures, ["total"]);
    }
    if (r.reportedPreviousTotal !== undefined && !r.reportedSource) {
      throw new DomainError("revision.reported_source_missing", {}, ["reportedSource"]);
    }

    const next = {
      announcedOn: r.announcedOn ?? null,
      proposedOn: r.proposedOn ?? null,
      added: r.added,
      removed: r.removed,
      total: r.total,
      note: r.note ?? null,
      countBasis: r.countBasis ?? null,
      status: r.status,
      reportedPreviousTotal: r.reportedPreviousTotal ?? null,
      reportedSourceId: r.reportedSource ? ensureSource(ctx, r.reportedSource) : null,
      discrepancyNote: r.discrepancyNote ?? null,
    };
    const sourceIds = ensureSources(ctx, r.sources);
    const current = ctx.db
      .select()
      .from(controlListRevisions)
      .where(and(eq(controlListRevisions.listKey, r.listKey), eq(controlListRevisions.effectiveOn, r.effectiveOn)))
      .get();
    let id: number;
    if (!current) {
      id = ctx.db
        .insert(controlListRevisions)
        .values({ listKey: r.listKey, effectiveOn: r.effectiveOn, ...next, recordedAt: nowOf(ctx) })
        .returning({ id: controlListRevisions.id })
        .get().id;
      logChange(ctx, {
        action: "revision.create",
        subjectType: "control_list_revision",
        subjectId: id,
        occurredOn: r.effectiveOn,
        after: { listKey: r.listKey, effectiveOn: r.effectiveOn, ...next },
        reason: r.discrepancyNote ?? null,
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      id = current.id;
      updateVersioned(ctx, {
        table: controlListRevisions,
        row: current,
        changes: next,
        log: {
          action: "revision.update",
          subjectType: "control_list_revision",
          occurredOn: r.effectiveOn,
          reason: r.discrepancyNote ?? null,
        },
      });
    }
    for (const sourceId of sourceIds) {
      const linked = ctx.db
        .select()
        .from(revisionSources)
        .where(and(eq(revisionSources.revisionId, id), eq(revisionSources.sourceId, sourceId)))
        .get();
      if (!linked) ctx.db.insert(revisionSources).values({ revisionId: id, sourceId }).run();
    }
    return id;
  });
}

/**
 * Records a new revision entered by an editor. Unlike `recordRevision` (the
 * loaders' idempotent write, which corrects a revision of the same effective
 * date), a date that has a revision already is refused, so the form never
 * overwrites one.
 */
export function createRevision(ctx: CommandContext, input: RevisionInput): number {
  const r = parseInput(revisionInputSchema, input, "revision");
  return inTransaction(ctx, (ctx) => {
    const taken = ctx.db
      .select({ id: controlListRevisions.id })
      .from(controlListRevisions)
      .where(and(eq(controlListRevisions.listKey, r.listKey), eq(controlListRevisions.effectiveOn, r.effectiveOn)))
      .get();
    if (taken) {
      throw new DomainError("revision.exists", { effectiveOn: r.effectiveOn }, ["effectiveOn"]);
    }
    return recordRevision(ctx, input);
  });
}

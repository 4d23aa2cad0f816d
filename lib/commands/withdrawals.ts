import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { designations, entities } from "@/db/schema";
import { withdrawDesignationInputSchema, type WithdrawDesignationInput } from "@/lib/validation/designation";
import { withdrawEntityInputSchema, type WithdrawEntityInput } from "@/lib/validation/entity";
import { assertNotWithdrawn, assertVersion } from "./concurrency";
import { type CommandContext, DomainError, inTransaction, nowOf, parseInput } from "./context";
import { updateVersioned } from "./versioned";
import { touchEntity } from "./entities";

/**
 * Withdrawing a record made by mistake. Nothing is ever deleted: the row gets
 * `withdrawn_at` and `withdrawn_reason`, stops counting anywhere (lists, "as of"
 * views, figures, announcements' counts), and stays in the change log with the
 * reason, so the history still shows what was recorded and why it was taken back.
 */

/** Withdraws one designation, against the version the editor opened. */
export function withdrawDesignation(ctx: CommandContext, input: WithdrawDesignationInput): void {
  const d = parseInput(withdrawDesignationInputSchema, input, "withdrawal");
  inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(designations).where(eq(designations.id, d.designationId)).get();
    if (!current) throw new DomainError("designation.not_found", { id: d.designationId });
    assertVersion("designation", current, current.id, d.expectedVersion);
    assertNotWithdrawn("designation", current);
    withdrawDesignationRow(ctx, current, d.reason);
  });
}

function withdrawDesignationRow(ctx: CommandContext, current: typeof designations.$inferSelect, reason: string): void {
  const at = nowOf(ctx);
  updateVersioned(ctx, {
    table: designations,
    row: current,
    changes: { withdrawnAt: at, withdrawnReason: reason },
    log: () => ({
      action: "designation.withdraw",
      subjectType: "designation",
      subjectId: current.id,
      entityId: current.entityId,
      before: { withdrawnAt: null, withdrawnReason: null },
      after: { withdrawnAt: at, withdrawnReason: reason },
      reason,
    }),
  });
  touchEntity(ctx, current.entityId);
}

/**
 * Withdraws an entity recorded by mistake, with its designations (a mistaken
 * record's designations were entered against it by the same mistake), in one
 * transaction, against the version the editor opened.
 */
export function withdrawEntity(ctx: CommandContext, input: WithdrawEntityInput): void {
  const e = parseInput(withdrawEntityInputSchema, input, "withdrawal");
  inTransaction(ctx, (ctx) => {
    const current = ctx.db.select().from(entities).where(eq(entities.id, e.entityId)).get();
    if (!current) throw new DomainError("entity.not_found", { id: e.entityId });
    assertVersion("entity", current, current.id, e.expectedVersion);
    assertNotWithdrawn("entity", current);
    const live = ctx.db
      .select()
      .from(designations)
      .where(and(eq(designations.entityId, current.id), isNull(designations.withdrawnAt)))
      .all();
    for (const d of live) withdrawDesignationRow(ctx, d, e.reason);
    const at = nowOf(ctx);
    // Read the version again: withdrawing its designations bumped it.
    const version = ctx.db.select({ version: entities.version }).from(entities).where(eq(entities.id, current.id)).get()!.version;
    updateVersioned(ctx, {
      table: entities,
      row: { ...current, version },
      changes: { withdrawnAt: at, withdrawnReason: e.reason },
      log: () => ({
        action: "entity.withdraw",
        subjectType: "entity",
        subjectId: current.id,
        entityId: current.id,
        before: { withdrawnAt: null, withdrawnReason: null },
        after: { withdrawnAt: at, withdrawnReason: e.reason, designationsWithdrawn: live.length },
        reason: e.reason,
      }),
    });
  });
}

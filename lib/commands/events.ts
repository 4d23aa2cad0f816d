import "server-only";
import { and, eq } from "drizzle-orm";
import { eventSources, events } from "@/db/schema";
import { eventInputSchema, type EventInput } from "@/lib/validation/event";
import { type CommandContext, inTransaction, logChange, nowOf, parseInput } from "./context";
import { ensureSources } from "./sources";

/** Records a dated event (identified by its date and title), with its sources. */
export function recordEvent(ctx: CommandContext, input: EventInput): number {
  const e = parseInput(eventInputSchema, input, "event");
  return inTransaction(ctx, (ctx) => {
    const sourceIds = ensureSources(ctx, e.sources);
    const current = ctx.db
      .select()
      .from(events)
      .where(and(eq(events.occurredOn, e.occurredOn), eq(events.title, e.title)))
      .get();
    let id: number;
    if (!current) {
      const row = { occurredOn: e.occurredOn, title: e.title, status: e.status, recordedAt: nowOf(ctx) };
      id = ctx.db.insert(events).values(row).returning({ id: events.id }).get().id;
      logChange(ctx, {
        action: "event.create",
        subjectType: "event",
        subjectId: id,
        occurredOn: e.occurredOn,
        after: row,
        sourceId: sourceIds[0] ?? null,
      });
    } else {
      id = current.id;
      if (current.status !== e.status) {
        ctx.db.update(events).set({ status: e.status }).where(eq(events.id, id)).run();
        logChange(ctx, {
          action: "event.update",
          subjectType: "event",
          subjectId: id,
          occurredOn: e.occurredOn,
          before: { status: current.status },
          after: { status: e.status },
        });
      }
    }
    for (const sourceId of sourceIds) {
      const linked = ctx.db
        .select()
        .from(eventSources)
        .where(and(eq(eventSources.eventId, id), eq(eventSources.sourceId, sourceId)))
        .get();
      if (!linked) ctx.db.insert(eventSources).values({ eventId: id, sourceId }).run();
    }
    return id;
  });
}

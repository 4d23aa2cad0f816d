import { getEntity } from "@/lib/read";
import { getEntityExport } from "@/lib/read/export";
import { entityIdSchema } from "@/lib/validation/search";
import { badRequest, json, notFound } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/entities/:id: the entity in the export shape, with its relationships
 * and its whole history: changes in the world and the tracker's record keeping,
 * each with its class.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = entityIdSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const { id } = parsed.data;
  const entity = getEntityExport(id);
  const detail = entity ? getEntity(id, undefined, { withRecordKeeping: true }) : null;
  if (!entity || !detail) return notFound(`No entity ${id}`);
  return json({
    ...entity,
    relationships: detail.relationships.map((r) => ({
      type: r.type,
      direction: r.direction,
      entity: { id: r.other.id, name: r.other.name, kind: r.other.kind },
    })),
    possibleMatches: detail.possibleMatches,
    history: detail.timeline.map((c) => ({
      id: c.id,
      action: c.action,
      class: c.class,
      occurredOn: c.occurredOn,
      recordedAt: c.recordedAt,
      actor: c.actor,
      before: c.before,
      after: c.after,
      reason: c.reason,
      source: c.source ? (c.source.url ?? c.source.citation) : null,
    })),
  });
}

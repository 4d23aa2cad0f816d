import { getEntity, mergedIntoOf } from "@/lib/read";
import { getEntityExport } from "@/lib/read/export";
import { entityIdSchema } from "@/lib/validation/search";
import { badRequest, json, notFound } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/entities/:id: the entity in the export shape, with its relationships and history.
 * An entity merged into another answers 200 with `{ id, mergedInto, href }`
 * (not a redirect: a client that follows redirects silently would get an
 * entity with another id than it asked for, and not know why), docs/decisions/0009.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = entityIdSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const { id } = parsed.data;
  const mergedInto = mergedIntoOf(id);
  if (mergedInto !== null) return json({ id, mergedInto, href: `/api/entities/${mergedInto}` });
  const entity = getEntityExport(id);
  const detail = entity ? getEntity(id) : null;
  if (!entity || !detail) return notFound(`No entity ${id}`);
  return json({
    ...entity,
    relationships: detail.relationships.map((r) => ({
      type: r.type,
      direction: r.direction,
      entity: { id: r.other.id, name: r.other.name, kind: r.other.kind },
    })),
    possibleMatches: detail.possibleMatches,
    merged: detail.merged,
    history: detail.timeline.map((c) => ({
      id: c.id,
      action: c.action,
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

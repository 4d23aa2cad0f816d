import { getEntity, mergedIntoOf } from "@/lib/read";
import { getEntityExport } from "@/lib/read/export";
import { entityIdSchema, entityQuerySchema } from "@/lib/validation/search";
import { dayState, entityDayState, rankOf, IN_FORCE_RANK } from "@/lib/read/in-force";
import { today } from "@/lib/domain/partial-date";
import { publicationsForApi } from "@/lib/read/publications";
import { badRequest, json, notFound, queryOf } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/entities/:id: the entity in the export shape, with its relationships
 * and its whole history: changes in the world and the tracker's record keeping,
 * each with its class. An entity merged into another answers 200 with
 * `{ id, mergedInto, href }` (not a redirect: a client that follows redirects
 * silently would get an entity with another id than it asked for, and not know
 * why), docs/decisions/0009.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = entityIdSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const query = entityQuerySchema.safeParse(queryOf(request));
  if (!query.success) return badRequest(query.error);
  const { id } = parsed.data;
  const mergedInto = mergedIntoOf(id);
  if (mergedInto !== null) return json({ id, mergedInto, href: `/api/entities/${mergedInto}` });
  const entity = getEntityExport(id);
  const detail = entity ? getEntity(id, undefined, { withRecordKeeping: true }) : null;
  if (!entity || !detail) return notFound(`No entity ${id}`);
  // Each designation as of the day: in force by its date, by a first-seen date, not known, ended, or not yet.
  const asOf = query.data.asOf ?? today();
  const designations = entity.designations.map((d) => ({ ...d, stateOn: dayState({ ...d, withdrawnAt: null }, asOf) }));
  const ranks = designations.map((d) => rankOf(d.stateOn));
  return json({
    ...entity,
    asOf,
    publications: publicationsForApi(),
    stateOn: entityDayState(Math.max(0, ...ranks)),
    counts: {
      inForce: ranks.filter((r) => r >= IN_FORCE_RANK).length,
      onFirstSeen: ranks.filter((r) => r === rankOf("seen")).length,
      unknown: ranks.filter((r) => r === rankOf("unknown")).length,
    },
    designations,
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

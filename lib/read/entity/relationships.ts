import "server-only";
import { cache } from "react";
import { asc, eq, inArray, or } from "drizzle-orm";
import { entities, relationships, type EntityKind, type FactStatus, type RelationshipType } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { loadSources, sourceOf, type SourceRef } from "../sources";
import { hangulNamesOf } from "../entities";

export type EntityRelationship = {
  id: number;
  type: RelationshipType;
  direction: "outgoing" | "incoming";
  /** `hangulName`: the name a Korean page shows it by, where it has one (see `nameShown`). */
  other: { id: number; name: string; hangulName: string | null; kind: EntityKind };
  status: FactStatus;
  source: SourceRef | null;
};

/** The entity's links to other entities, either way, each seen from this one. */
export const loadRelationships = cache((id: number, db: DbOrTx): EntityRelationship[] => {
  const rows = db
    .select({
      id: relationships.id,
      type: relationships.type,
      fromEntityId: relationships.fromEntityId,
      toEntityId: relationships.toEntityId,
      status: relationships.status,
      sourceId: relationships.sourceId,
    })
    .from(relationships)
    .where(or(eq(relationships.fromEntityId, id), eq(relationships.toEntityId, id)))
    .orderBy(asc(relationships.id))
    .all();
  const otherIds = rows.map((r) => (r.fromEntityId === id ? r.toEntityId : r.fromEntityId));
  const others = otherIds.length
    ? db.select({ id: entities.id, name: entities.name, kind: entities.kind }).from(entities).where(inArray(entities.id, otherIds)).all()
    : [];
  const hangulNames = hangulNamesOf(otherIds, db);
  const sources = loadSources(
    db,
    rows.map((r) => r.sourceId),
  );
  return rows.flatMap((r) => {
    const outgoing = r.fromEntityId === id;
    const other = others.find((o) => o.id === (outgoing ? r.toEntityId : r.fromEntityId));
    if (!other) return [];
    return [
      {
        id: r.id,
        type: r.type,
        direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
        other: { ...other, hangulName: hangulNames.get(other.id) ?? null },
        status: r.status,
        source: sourceOf(sources, r.sourceId),
      },
    ];
  });
});

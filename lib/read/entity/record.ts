import "server-only";
import { cache } from "react";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { changeLog, entities, possibleMatches, type EntityKind } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { entityListRecords } from "../list-records";

/*
 * The loaders of lib/read/entity/ each read one part of an entity page from
 * (id, db). They are wrapped in React's `cache()`, so within one server render
 * (generateMetadata and the page) each part is read once; outside a render
 * (tests, API routes, scripts) `cache()` calls straight through.
 */

/** The entity's own row, or undefined when there is none. */
export const loadEntityRecord = cache((id: number, db: DbOrTx) => db.select().from(entities).where(eq(entities.id, id)).get());

/** Entities merged into this one (docs/decisions/0009), with the rule that merged each. */
export const loadMerged = cache((id: number, db: DbOrTx): { id: number; name: string; rule: string | null }[] => {
  const rows = db
    .select({ id: entities.id, name: entities.name })
    .from(entities)
    .where(eq(entities.mergedIntoId, id))
    .orderBy(asc(entities.id))
    .all();
  if (rows.length === 0) return [];
  const rules = new Map(
    db
      .select({ subjectId: changeLog.subjectId, reason: changeLog.reason })
      .from(changeLog)
      .where(
        and(
          eq(changeLog.action, "entity.merge"),
          eq(changeLog.subjectType, "entity"),
          inArray(
            changeLog.subjectId,
            rows.map((m) => String(m.id)),
          ),
        ),
      )
      .all()
      .map((r) => [Number(r.subjectId), r.reason]),
  );
  return rows.map((m) => ({ ...m, rule: rules.get(m.id) ?? null }));
});

/** Entities that may be the same real thing but were not merged, with why, either way round, by name. */
export const loadPossibleMatches = cache((id: number, db: DbOrTx): { id: number; name: string; kind: EntityKind; basis: string }[] => {
  const rows = db
    .select({
      entityId: possibleMatches.entityId,
      otherEntityId: possibleMatches.otherEntityId,
      basis: possibleMatches.basis,
    })
    .from(possibleMatches)
    .where(or(eq(possibleMatches.entityId, id), eq(possibleMatches.otherEntityId, id)))
    .all();
  const otherOf = (r: (typeof rows)[number]) => (r.entityId === id ? r.otherEntityId : r.entityId);
  const otherIds = rows.map(otherOf);
  const others = otherIds.length
    ? db.select({ id: entities.id, name: entities.name, kind: entities.kind }).from(entities).where(inArray(entities.id, otherIds)).all()
    : [];
  return rows
    .flatMap((r) => {
      const other = others.find((e) => e.id === otherOf(r));
      return other ? [{ id: other.id, name: other.name, kind: other.kind, basis: r.basis }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
});

/** The entity's records in the imported lists (see `entityListRecords`). */
export const loadListRecords = cache((id: number, db: DbOrTx) => entityListRecords(db, id));

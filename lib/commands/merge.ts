import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import {
  designationSources,
  designations,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  listRecords,
  possibleMatches,
  relationships,
} from "@/db/schema";
import { conflictingIdentifier } from "@/lib/domain/entity-match";
import { reassignIndexedNames } from "@/lib/search/indexer";
import { mergeEntitiesInputSchema, type MergeEntitiesInput } from "@/lib/validation/entity";
import { type CommandContext, DomainError, inTransaction, parseInput } from "./context";
import { updateVersioned } from "./versioned";
import { touchEntity } from "./entities";
import { loadMatchFacts } from "./match-facts";

export type MergeResult = {
  /** How many of each part moved to the survivor (parts it already had stay where they were). */
  moved: {
    names: number;
    identifiers: number;
    attributes: number;
    refs: number;
    designations: number;
    relationships: number;
    listRecords: number;
    possibleMatches: number;
  };
};

/**
 * Merges an entity into another found to be the same real thing: its names,
 * identifiers, details, refs, designations, relationships, list records and
 * possible matches move to the survivor, and the merged-away entity is marked
 * `merged_into_id`, so its id keeps answering (the page redirects, the API
 * names the survivor). One transaction, one `entity.merge` entry naming the
 * rule. Refused when the two differ on a strong identifier (an IMO number, a
 * passport, a full birth date): that says they are two things.
 *
 * Nothing is deleted: a part the survivor already has (the same name, the
 * same identifier, a designation by the same authority under the same
 * program) stays on the merged-away entity, where the change log keeps it,
 * and a designation the survivor already has gains the other's sources.
 */
export function mergeEntities(ctx: CommandContext, input: MergeEntitiesInput): MergeResult {
  const m = parseInput(mergeEntitiesInputSchema, input, "merge");
  return inTransaction(ctx, (ctx) => {
    const db = ctx.db;
    const from = db.select().from(entities).where(eq(entities.id, m.from)).get();
    const into = db.select().from(entities).where(eq(entities.id, m.into)).get();
    if (!from) throw new DomainError("entity.not_found", { id: m.from }, ["from"]);
    if (!into) throw new DomainError("entity.not_found", { id: m.into }, ["into"]);
    for (const [e, path] of [
      [from, "from"],
      [into, "into"],
    ] as const) {
      if (e.mergedIntoId !== null) {
        throw new DomainError("merge.merged_already", { id: e.id, into: e.mergedIntoId }, [path]);
      }
      if (e.withdrawnAt !== null) throw new DomainError("merge.withdrawn", { id: e.id }, [path]);
    }
    if (from.kind !== into.kind) {
      throw new DomainError("merge.kind_mismatch", { from: from.id, fromKind: from.kind, into: into.id, intoKind: into.kind }, ["into"]);
    }
    const facts = loadMatchFacts(db, { ids: [from.id, into.id] });
    const conflict = conflictingIdentifier(facts.get(from.id)!, facts.get(into.id)!);
    if (conflict) {
      throw new DomainError("merge.identifier_conflict", { from: from.id, into: into.id, ...conflict }, ["into"]);
    }

    const refs = db
      .select({ ref: entityRefs.ref })
      .from(entityRefs)
      .where(eq(entityRefs.entityId, from.id))
      .all()
      .map((r) => r.ref);
    const moved: MergeResult["moved"] = {
      names: moveNames(ctx, from.id, into.id),
      identifiers: db.run(sql`
        update ${entityIdentifiers} set entity_id = ${into.id}
        where entity_id = ${from.id} and not exists (
          select 1 from ${entityIdentifiers} s where s.entity_id = ${into.id} and s.type = ${entityIdentifiers}.type and s.value = ${entityIdentifiers}.value)`)
        .changes,
      attributes: db.run(sql`
        update ${entityAttributes} set entity_id = ${into.id}
        where entity_id = ${from.id} and not exists (
          select 1 from ${entityAttributes} s where s.entity_id = ${into.id} and s.key = ${entityAttributes}.key and s.value = ${entityAttributes}.value)`)
        .changes,
      // The record the merged-away entity was made from becomes a record merged into the survivor, by this rule.
      refs: db.run(sql`
        update ${entityRefs} set entity_id = ${into.id},
          basis = case when origin = 'record' and basis is null then ${m.rule} else basis end
        where entity_id = ${from.id}`).changes,
      designations: moveDesignations(ctx, from.id, into.id),
      relationships: moveRelationships(ctx, from.id, into.id),
      listRecords: db.update(listRecords).set({ entityId: into.id }).where(eq(listRecords.entityId, from.id)).run().changes,
      possibleMatches: 0,
    };
    const matches = movePossibleMatches(ctx, from.id, into.id);
    moved.possibleMatches = matches.moved;

    updateVersioned(ctx, {
      table: entities,
      row: from,
      changes: { mergedIntoId: into.id },
      log: () => ({
        action: "entity.merge",
        subjectType: "entity",
        subjectId: from.id,
        entityId: into.id,
        before: { id: from.id, kind: from.kind, name: from.name, refs },
        after: { mergedInto: into.id, rule: m.rule, moved, ...(matches.settled.length ? { possibleMatchesSettled: matches.settled } : {}) },
        reason: m.rule,
      }),
    });
    // Entities merged into this one earlier now answer with the survivor in one step.
    db.update(entities).set({ mergedIntoId: into.id }).where(eq(entities.mergedIntoId, from.id)).run();
    touchEntity(ctx, into.id);
    return { moved };
  });
}

/**
 * Names the survivor lacks move to it (a primary name as an alias: the
 * survivor keeps its own), with their search index rows, so the survivor is
 * found by every name either had.
 */
function moveNames(ctx: CommandContext, from: number, into: number): number {
  const ids = ctx.db
    .select({ id: entityNames.id })
    .from(entityNames)
    .where(
      and(eq(entityNames.entityId, from), sql`${entityNames.value} not in (select value from ${entityNames} where entity_id = ${into})`),
    )
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  ctx.db
    .update(entityNames)
    .set({ entityId: into, type: sql`case when ${entityNames.type} = 'primary' then 'alias' else ${entityNames.type} end` })
    .where(inArray(entityNames.id, ids))
    .run();
  reassignIndexedNames(ctx.db, ids, into);
  return ids.length;
}

/**
 * Designations move, unless the survivor has one by the same authority under
 * the same program (a designation is identified so): then the survivor's gains
 * the other's sources, and the list entry and first-seen date where it has none.
 */
function moveDesignations(ctx: CommandContext, from: number, into: number): number {
  const db = ctx.db;
  const mine = db.select().from(designations).where(eq(designations.entityId, from)).all();
  const theirs = db.select().from(designations).where(eq(designations.entityId, into)).all();
  let moved = 0;
  for (const d of mine) {
    const same = theirs.find((t) => t.authorityCode === d.authorityCode && t.programId === d.programId);
    if (!same) {
      // Logged with the others moved, in the merge's one entry.
      updateVersioned(ctx, { table: designations, row: d, changes: { entityId: into }, log: () => [] });
      moved++;
      continue;
    }
    db.run(sql`
      insert or ignore into ${designationSources} (designation_id, source_id)
      select ${same.id}, source_id from ${designationSources} where designation_id = ${d.id}`);
    const fill = {
      ...(same.listRecordId === null && d.listRecordId !== null ? { listRecordId: d.listRecordId } : {}),
      ...(same.firstSeenOn === null && d.firstSeenOn !== null ? { firstSeenOn: d.firstSeenOn } : {}),
    };
    // Only fields the survivor's designation lacks: before, each is null.
    updateVersioned(ctx, {
      table: designations,
      row: same,
      changes: fill,
      log: {
        action: "designation.list_entry",
        subjectType: "designation",
        entityId: into,
        reason: `Joined with designation ${d.id} of entity ${from}, merged into this one`,
      },
    });
  }
  return moved;
}

/** Relationships follow the entity, except one with the survivor itself (it would relate the entity to itself) or one it already has. */
function moveRelationships(ctx: CommandContext, from: number, into: number): number {
  const rels = ctx.db
    .select()
    .from(relationships)
    .where(or(eq(relationships.fromEntityId, from), eq(relationships.toEntityId, from)))
    .all();
  let moved = 0;
  for (const r of rels) {
    const next = {
      fromEntityId: r.fromEntityId === from ? into : r.fromEntityId,
      toEntityId: r.toEntityId === from ? into : r.toEntityId,
    };
    if (next.fromEntityId === next.toEntityId) continue;
    const exists = ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(
        and(
          eq(relationships.fromEntityId, next.fromEntityId),
          eq(relationships.toEntityId, next.toEntityId),
          eq(relationships.type, r.type),
        ),
      )
      .get();
    if (exists) continue;
    ctx.db.update(relationships).set(next).where(eq(relationships.id, r.id)).run();
    touchEntity(ctx, r.fromEntityId === from ? r.toEntityId : r.fromEntityId);
    moved++;
  }
  return moved;
}

/**
 * Possible matches of the merged-away entity become the survivor's; the one
 * between the two is settled by the merge and goes, as does one the survivor
 * already has; the merge's change-log entry names them.
 */
function movePossibleMatches(ctx: CommandContext, from: number, into: number): { moved: number; settled: number[] } {
  const rows = ctx.db
    .select()
    .from(possibleMatches)
    .where(or(eq(possibleMatches.entityId, from), eq(possibleMatches.otherEntityId, from)))
    .all();
  let moved = 0;
  const settled: number[] = [];
  for (const r of rows) {
    const other = r.entityId === from ? r.otherEntityId : r.entityId;
    const pair = and(eq(possibleMatches.entityId, r.entityId), eq(possibleMatches.otherEntityId, r.otherEntityId));
    const [a, b] = [into, other].sort((x, y) => x - y) as [number, number];
    const taken =
      other === into ||
      ctx.db
        .select({ a: possibleMatches.entityId })
        .from(possibleMatches)
        .where(and(eq(possibleMatches.entityId, a), eq(possibleMatches.otherEntityId, b)))
        .get() !== undefined;
    if (taken) {
      ctx.db.delete(possibleMatches).where(pair).run();
      settled.push(other);
      continue;
    }
    ctx.db.update(possibleMatches).set({ entityId: a, otherEntityId: b }).where(pair).run();
    moved++;
  }
  return { moved, settled };
}

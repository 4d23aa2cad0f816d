import { and, eq, sql } from "drizzle-orm";
import {
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  relationships,
} from "@/db/schema";
import { detectScript } from "@/lib/domain/script";
import {
  attributeInputSchema,
  entityInputSchema,
  identifierInputSchema,
  nameInputSchema,
  relationshipInputSchema,
  sameAsInputSchema,
  type AttributeInput,
  type EntityInput,
  type IdentifierInput,
  type NameInput,
  type RelationshipInput,
} from "@/lib/validation/entity";
import { type CommandContext, DomainError, inTransaction, logChange, nowOf, parseInput } from "./context";
import { ensureSource } from "./sources";
import type { z } from "zod";

export function findEntityIdByRef(ctx: CommandContext, ref: string): number | null {
  const row = ctx.db.select({ entityId: entityRefs.entityId }).from(entityRefs).where(eq(entityRefs.ref, ref)).get();
  return row?.entityId ?? null;
}

function requireEntity(ctx: CommandContext, id: number) {
  const row = ctx.db.select().from(entities).where(eq(entities.id, id)).get();
  if (!row) throw new DomainError("not_found", `No entity ${id}`);
  return row;
}

/** Every change to an entity or its parts bumps its version (optimistic concurrency). */
export function touchEntity(ctx: CommandContext, id: number): void {
  ctx.db
    .update(entities)
    .set({ version: sql`${entities.version} + 1`, updatedAt: nowOf(ctx) })
    .where(eq(entities.id, id))
    .run();
}

const sourceId = (ctx: CommandContext, citation?: string) => (citation ? ensureSource(ctx, citation) : null);

/**
 * Creates an entity, or finds it again by its ref, and adds whatever names,
 * identifiers, details and same-as references it lacks. Running it twice with
 * the same input changes nothing.
 */
export function upsertEntity(ctx: CommandContext, input: EntityInput): { id: number; created: boolean } {
  const e = parseInput(entityInputSchema, input, "entity");
  return inTransaction(ctx, (ctx) => {
    let id = e.ref ? findEntityIdByRef(ctx, e.ref) : null;
    const created = id === null;
    if (id === null) {
      const now = nowOf(ctx);
      const row = { kind: e.kind, name: e.name, remarks: e.remarks ?? null, createdAt: now, updatedAt: now };
      id = ctx.db.insert(entities).values(row).returning({ id: entities.id }).get().id;
      if (e.ref) {
        ctx.db.insert(entityRefs).values({ ref: e.ref, entityId: id, origin: "record", status: "confirmed" }).run();
      }
      logChange(ctx, {
        action: "entity.create",
        subjectType: "entity",
        subjectId: id,
        entityId: id,
        after: { kind: e.kind, name: e.name, remarks: e.remarks ?? null, ref: e.ref ?? null },
        sourceId: sourceId(ctx, e.source),
      });
    } else {
      const current = requireEntity(ctx, id);
      if (current.kind !== e.kind) {
        throw new DomainError("conflict", `${e.ref} is a ${current.kind}, not a ${e.kind}`);
      }
    }
    addName(ctx, id, { value: e.name, type: "primary", source: e.source });
    for (const n of e.names) addName(ctx, id, n);
    for (const i of e.identifiers) addIdentifier(ctx, id, i);
    for (const a of e.attributes) addAttribute(ctx, id, a);
    for (const s of e.sameAs) addSameAs(ctx, id, s);
    return { id, created };
  });
}

export function addName(ctx: CommandContext, entityId: number, input: NameInput): void {
  const n = parseInput(nameInputSchema, input, "name");
  inTransaction(ctx, (ctx) => {
    const exists = ctx.db
      .select({ id: entityNames.id })
      .from(entityNames)
      .where(and(eq(entityNames.entityId, entityId), eq(entityNames.value, n.value)))
      .get();
    if (exists) return;
    const row = {
      entityId,
      value: n.value,
      type: n.type,
      script: detectScript(n.value),
      lang: n.lang ?? null,
      official: n.official,
      status: n.status,
      note: n.note ?? null,
      sourceId: sourceId(ctx, n.source),
    };
    const { id } = ctx.db.insert(entityNames).values(row).returning({ id: entityNames.id }).get();
    touchEntity(ctx, entityId);
    logChange(ctx, { action: "entity.name.add", subjectType: "entity_name", subjectId: id, entityId, after: row, sourceId: row.sourceId });
  });
}

export function addIdentifier(ctx: CommandContext, entityId: number, input: IdentifierInput): void {
  const i = parseInput(identifierInputSchema, input, "identifier");
  inTransaction(ctx, (ctx) => {
    const exists = ctx.db
      .select({ id: entityIdentifiers.id })
      .from(entityIdentifiers)
      .where(
        and(
          eq(entityIdentifiers.entityId, entityId),
          eq(entityIdentifiers.type, i.type),
          eq(entityIdentifiers.value, i.value),
        ),
      )
      .get();
    if (exists) return;
    const row = {
      entityId,
      type: i.type,
      value: i.value,
      country: i.country ?? null,
      note: i.note ?? null,
      sourceId: sourceId(ctx, i.source),
    };
    const { id } = ctx.db.insert(entityIdentifiers).values(row).returning({ id: entityIdentifiers.id }).get();
    touchEntity(ctx, entityId);
    logChange(ctx, { action: "entity.identifier.add", subjectType: "entity_identifier", subjectId: id, entityId, after: row, sourceId: row.sourceId });
  });
}

export function addAttribute(ctx: CommandContext, entityId: number, input: AttributeInput): void {
  const a = parseInput(attributeInputSchema, input, "detail");
  inTransaction(ctx, (ctx) => {
    const exists = ctx.db
      .select({ id: entityAttributes.id })
      .from(entityAttributes)
      .where(
        and(eq(entityAttributes.entityId, entityId), eq(entityAttributes.key, a.key), eq(entityAttributes.value, a.value)),
      )
      .get();
    if (exists) return;
    const row = {
      entityId,
      key: a.key,
      value: a.value,
      status: a.status,
      note: a.note ?? null,
      sourceId: sourceId(ctx, a.source),
    };
    const { id } = ctx.db.insert(entityAttributes).values(row).returning({ id: entityAttributes.id }).get();
    touchEntity(ctx, entityId);
    logChange(ctx, { action: "entity.attribute.add", subjectType: "entity_attribute", subjectId: id, entityId, after: row, sourceId: row.sourceId });
  });
}

/** Records that a record in another list (`ofac:24508`) is this entity, so importers merge it here. */
export function addSameAs(ctx: CommandContext, entityId: number, input: z.input<typeof sameAsInputSchema>): void {
  const s = parseInput(sameAsInputSchema, input, "same-as reference");
  inTransaction(ctx, (ctx) => {
    const owner = findEntityIdByRef(ctx, s.ref);
    if (owner === entityId) return;
    if (owner !== null) {
      throw new DomainError("conflict", `${s.ref} already belongs to entity ${owner}`, [
        { path: "ref", message: `${s.ref} already belongs to another entity` },
      ]);
    }
    const row = { ref: s.ref, entityId, origin: "same_as" as const, basis: s.basis ?? null, status: s.status };
    ctx.db.insert(entityRefs).values(row).run();
    touchEntity(ctx, entityId);
    logChange(ctx, { action: "entity.ref.add", subjectType: "entity_ref", subjectId: s.ref, entityId, after: row });
  });
}

export function addRelationship(ctx: CommandContext, input: RelationshipInput): void {
  const r = parseInput(relationshipInputSchema, input, "relationship");
  inTransaction(ctx, (ctx) => {
    requireEntity(ctx, r.fromEntityId);
    requireEntity(ctx, r.toEntityId);
    const exists = ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(
        and(
          eq(relationships.fromEntityId, r.fromEntityId),
          eq(relationships.toEntityId, r.toEntityId),
          eq(relationships.type, r.type),
        ),
      )
      .get();
    if (exists) return;
    const row = {
      fromEntityId: r.fromEntityId,
      toEntityId: r.toEntityId,
      type: r.type,
      status: r.status,
      sourceId: sourceId(ctx, r.source),
    };
    const { id } = ctx.db.insert(relationships).values(row).returning({ id: relationships.id }).get();
    touchEntity(ctx, r.fromEntityId);
    touchEntity(ctx, r.toEntityId);
    // One row on each side's timeline.
    for (const entityId of [r.fromEntityId, r.toEntityId]) {
      logChange(ctx, { action: "relationship.add", subjectType: "relationship", subjectId: id, entityId, after: row, sourceId: row.sourceId });
    }
  });
}

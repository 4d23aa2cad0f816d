import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import {
  announcements,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  possibleMatches,
  relationships,
  type NameType,
} from "@/db/schema";
import { detectScript } from "@/lib/domain/script";
import { nameSortKey } from "@/lib/domain/name-sort-key";
import {
  attributeInputSchema,
  entityInputSchema,
  entityUpdateInputSchema,
  type EntityUpdateInput,
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
import { type CommandContext, DomainError, createdHere, inTransaction, logChange, nowOf, parseInput } from "./context";
import { updateVersioned } from "./versioned";
import { assertNotWithdrawn, assertVersion } from "./concurrency";
import { preparedStatements, rowId } from "@/db/connection";
import { indexName } from "@/lib/search/indexer";
import { ensureSource } from "./sources";

const p = sql.placeholder;

const statements = preparedStatements((db) => ({
  entityById: db
    .select()
    .from(entities)
    .where(eq(entities.id, p("id")))
    .prepare(),
  entityExists: db
    .select({ id: entities.id })
    .from(entities)
    .where(eq(entities.id, p("id")))
    .prepare(),
  refByRef: db
    .select()
    .from(entityRefs)
    .where(eq(entityRefs.ref, p("ref")))
    .prepare(),
  insertEntity: db
    .insert(entities)
    .values({ kind: p("kind"), name: p("name"), nameSort: p("nameSort"), remarks: p("remarks"), createdAt: p("now"), updatedAt: p("now") })
    .prepare(),
  insertRef: db
    .insert(entityRefs)
    .values({ ref: p("ref"), entityId: p("entityId"), origin: p("origin"), basis: p("basis"), status: p("status") })
    .prepare(),
  touch: db
    .update(entities)
    .set({ version: sql`${entities.version} + 1`, updatedAt: sql`${p("now")}` })
    .where(eq(entities.id, p("id")))
    .prepare(),
  nameExists: db
    .select({ id: entityNames.id, sourceId: entityNames.sourceId, announcementId: entityNames.announcementId })
    .from(entityNames)
    .where(and(eq(entityNames.entityId, p("entityId")), eq(entityNames.value, p("value"))))
    .prepare(),
  insertName: db
    .insert(entityNames)
    .values({
      entityId: p("entityId"),
      value: p("value"),
      type: p("type"),
      script: p("script"),
      lang: p("lang"),
      official: p("official"),
      status: p("status"),
      note: p("note"),
      sourceId: p("sourceId"),
      announcementId: p("announcementId"),
    })
    .prepare(),
  setNameAnnouncement: db
    .update(entityNames)
    .set({ announcementId: sql`${p("announcementId")}` })
    .where(eq(entityNames.id, p("id")))
    .prepare(),
  announcementExists: db
    .select({ id: announcements.id })
    .from(announcements)
    .where(eq(announcements.id, p("id")))
    .prepare(),
  identifierExists: db
    .select({ id: entityIdentifiers.id })
    .from(entityIdentifiers)
    .where(
      and(eq(entityIdentifiers.entityId, p("entityId")), eq(entityIdentifiers.type, p("type")), eq(entityIdentifiers.value, p("value"))),
    )
    .prepare(),
  insertIdentifier: db
    .insert(entityIdentifiers)
    .values({
      entityId: p("entityId"),
      type: p("type"),
      value: p("value"),
      country: p("country"),
      note: p("note"),
      sourceId: p("sourceId"),
    })
    .prepare(),
  attributeExists: db
    .select({ id: entityAttributes.id })
    .from(entityAttributes)
    .where(and(eq(entityAttributes.entityId, p("entityId")), eq(entityAttributes.key, p("key")), eq(entityAttributes.value, p("value"))))
    .prepare(),
  insertAttribute: db
    .insert(entityAttributes)
    .values({
      entityId: p("entityId"),
      key: p("key"),
      value: p("value"),
      status: p("status"),
      note: p("note"),
      sourceId: p("sourceId"),
    })
    .prepare(),
  relationshipExists: db
    .select({ id: relationships.id })
    .from(relationships)
    .where(and(eq(relationships.fromEntityId, p("from")), eq(relationships.toEntityId, p("to")), eq(relationships.type, p("type"))))
    .prepare(),
  insertRelationship: db
    .insert(relationships)
    .values({ fromEntityId: p("fromEntityId"), toEntityId: p("toEntityId"), type: p("type"), status: p("status"), sourceId: p("sourceId") })
    .prepare(),
}));

export function findEntityIdByRef(ctx: CommandContext, ref: string): number | null {
  return statements(ctx.db).refByRef.get({ ref })?.entityId ?? null;
}

function requireEntity(ctx: CommandContext, id: number) {
  const row = statements(ctx.db).entityById.get({ id });
  if (!row) throw new DomainError("entity.not_found", { id });
  return row;
}

/** Refuses an input naming an unknown entity; `path` is the input's field. */
export function assertEntityExists(ctx: CommandContext, id: number, path = "entityId"): void {
  if (createdHere(ctx, id) || statements(ctx.db).entityExists.get({ id })) return;
  throw new DomainError("entity.unknown", { id }, [path]);
}

/** The column has no foreign key (see db/schema/entities.ts): the check is here. */
function assertAnnouncementExists(ctx: CommandContext, id: string): void {
  if (statements(ctx.db).announcementExists.get({ id })) return;
  throw new DomainError("announcement.unknown", { id }, ["announcementId"]);
}

/** Every change to an entity or its parts bumps its version (optimistic concurrency). */
export function touchEntity(ctx: CommandContext, id: number): void {
  if (createdHere(ctx, id)) return;
  statements(ctx.db).touch.run({ id, now: nowOf(ctx) });
}

const sourceId = (ctx: CommandContext, citation?: string) => (citation ? ensureSource(ctx, citation) : null);

type ParsedEntity = z.output<typeof entityInputSchema>;
type ParsedName = z.output<typeof nameInputSchema>;
type ParsedIdentifier = z.output<typeof identifierInputSchema>;
type ParsedAttribute = z.output<typeof attributeInputSchema>;

/**
 * Creates an entity, or finds it again by its ref, and adds whatever names,
 * identifiers, details and same-as references it lacks. Running it twice with
 * the same input changes nothing.
 */
export function upsertEntity(ctx: CommandContext, input: EntityInput): { id: number; created: boolean } {
  const e = parseInput(entityInputSchema, input, "entity");
  return inTransaction(ctx, (ctx) => writeEntity(ctx, e));
}

function writeEntity(ctx: CommandContext, e: ParsedEntity): { id: number; created: boolean } {
  const existing = e.ref ? findEntityIdByRef(ctx, e.ref) : null;
  if (existing === null) return { id: createEntity(ctx, e), created: true };
  const current = requireEntity(ctx, existing);
  if (current.kind !== e.kind) throw new DomainError("entity.kind_mismatch", { ref: String(e.ref), kind: current.kind, expected: e.kind });
  // A record merged into an existing entity brings its name as one more name.
  let changed = writeName(ctx, existing, {
    value: e.name,
    type: "alias",
    official: true,
    status: "confirmed",
    lang: undefined,
    note: undefined,
    source: e.source,
    announcementId: e.announcementId,
  });
  for (const n of e.names) changed = writeName(ctx, existing, n) || changed;
  for (const i of e.identifiers) changed = writeIdentifier(ctx, existing, i) || changed;
  for (const a of e.attributes) changed = writeAttribute(ctx, existing, a) || changed;
  for (const s of e.sameAs) changed = writeSameAs(ctx, existing, s) || changed;
  if (changed) touchEntity(ctx, existing);
  return { id: existing, created: false };
}

/**
 * A new entity with all its parts, as one change-log entry that holds the
 * whole record: its timeline starts with what it was created with, and an
 * import of thousands of records writes one log row per record, not ten.
 */
function createEntity(ctx: CommandContext, e: ParsedEntity): number {
  const st = statements(ctx.db);
  const now = nowOf(ctx);
  const id = rowId(st.insertEntity.run({ kind: e.kind, name: e.name, nameSort: nameSortKey(e.name), remarks: e.remarks ?? null, now }));
  ctx.created?.add(id);
  if (e.ref) st.insertRef.run({ ref: e.ref, entityId: id, origin: "record", basis: null, status: "confirmed" });
  const primary: ParsedName = {
    value: e.name,
    type: "primary",
    official: true,
    status: "confirmed",
    lang: undefined,
    note: undefined,
    source: e.source,
    announcementId: e.announcementId,
  };
  const seen = new Set<string>();
  const unique = <T>(key: string, item: T) => (seen.has(key) ? [] : (seen.add(key), [item]));
  const names = [primary, ...e.names].flatMap((n) => unique(`n:${n.value}`, n)).map((n) => insertName(ctx, id, n));
  const identifiers = e.identifiers.flatMap((i) => unique(`i:${i.type}:${i.value}`, i)).map((i) => insertIdentifier(ctx, id, i));
  const attributes = e.attributes.flatMap((a) => unique(`a:${a.key}:${a.value}`, a)).map((a) => insertAttribute(ctx, id, a));
  const sameAs = e.sameAs.filter((s) => writeSameAs(ctx, id, s, false)).map((s) => s.ref);
  logChange(ctx, {
    action: "entity.create",
    subjectType: "entity",
    subjectId: id,
    entityId: id,
    after: {
      kind: e.kind,
      name: e.name,
      remarks: e.remarks ?? null,
      ref: e.ref ?? null,
      names: names.slice(1).map(({ value, type, lang, official }) => ({ value, type, lang, official })),
      identifiers: identifiers.map(({ type, value, country }) => ({ type, value, country })),
      attributes: attributes.map(({ key, value }) => ({ key, value })),
      sameAs,
    },
    sourceId: sourceId(ctx, e.source),
  });
  return id;
}

/** Adds a name (or the announcement that named an existing one); says whether anything changed. */
export function addName(ctx: CommandContext, entityId: number, input: NameInput): boolean {
  const n = parseInput(nameInputSchema, input, "name");
  return inTransaction(ctx, (ctx) => {
    requireEntity(ctx, entityId);
    const changed = writeName(ctx, entityId, n);
    if (changed) touchEntity(ctx, entityId);
    return changed;
  });
}

/**
 * Writes one name unless the entity has it; says whether it wrote. A name the
 * entity already has, with neither a source nor an announcement, gets the
 * announcement the input names: that is how a database loaded before names
 * were linked to announcements learns where they came from. A name's origin
 * once known is never replaced.
 */
function writeName(ctx: CommandContext, entityId: number, n: ParsedName): boolean {
  const st = statements(ctx.db);
  const existing = st.nameExists.get({ entityId, value: n.value });
  if (existing) {
    if (!n.announcementId || existing.sourceId !== null || existing.announcementId !== null) return false;
    assertAnnouncementExists(ctx, n.announcementId);
    st.setNameAnnouncement.run({ id: existing.id, announcementId: n.announcementId });
    logChange(ctx, {
      action: "entity.name.update",
      subjectType: "entity_name",
      subjectId: existing.id,
      entityId,
      before: { announcementId: null },
      after: { value: n.value, announcementId: n.announcementId },
    });
    return true;
  }
  const row = insertName(ctx, entityId, n);
  logChange(ctx, {
    action: "entity.name.add",
    subjectType: "entity_name",
    subjectId: row.id,
    entityId,
    after: row,
    sourceId: row.sourceId,
  });
  return true;
}

function insertName(ctx: CommandContext, entityId: number, n: ParsedName) {
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
    announcementId: n.announcementId ?? null,
  };
  if (row.announcementId) assertAnnouncementExists(ctx, row.announcementId);
  const id = rowId(statements(ctx.db).insertName.run(row));
  // Derived in the write path: the name is searchable in the same transaction that stores it.
  indexName(ctx.db, { id, entityId, value: row.value });
  return { id, ...row };
}

export function addIdentifier(ctx: CommandContext, entityId: number, input: IdentifierInput): void {
  const i = parseInput(identifierInputSchema, input, "identifier");
  inTransaction(ctx, (ctx) => {
    requireEntity(ctx, entityId);
    if (writeIdentifier(ctx, entityId, i)) touchEntity(ctx, entityId);
  });
}

function writeIdentifier(ctx: CommandContext, entityId: number, i: ParsedIdentifier): boolean {
  if (statements(ctx.db).identifierExists.get({ entityId, type: i.type, value: i.value })) return false;
  const row = insertIdentifier(ctx, entityId, i);
  logChange(ctx, {
    action: "entity.identifier.add",
    subjectType: "entity_identifier",
    subjectId: row.id,
    entityId,
    after: row,
    sourceId: row.sourceId,
  });
  return true;
}

function insertIdentifier(ctx: CommandContext, entityId: number, i: ParsedIdentifier) {
  const row = {
    entityId,
    type: i.type,
    value: i.value,
    country: i.country ?? null,
    note: i.note ?? null,
    sourceId: sourceId(ctx, i.source),
  };
  const id = rowId(statements(ctx.db).insertIdentifier.run(row));
  return { id, ...row };
}

export function addAttribute(ctx: CommandContext, entityId: number, input: AttributeInput): void {
  const a = parseInput(attributeInputSchema, input, "detail");
  inTransaction(ctx, (ctx) => {
    requireEntity(ctx, entityId);
    if (writeAttribute(ctx, entityId, a)) touchEntity(ctx, entityId);
  });
}

function writeAttribute(ctx: CommandContext, entityId: number, a: ParsedAttribute): boolean {
  if (statements(ctx.db).attributeExists.get({ entityId, key: a.key, value: a.value })) return false;
  const row = insertAttribute(ctx, entityId, a);
  logChange(ctx, {
    action: "entity.attribute.add",
    subjectType: "entity_attribute",
    subjectId: row.id,
    entityId,
    after: row,
    sourceId: row.sourceId,
  });
  return true;
}

function insertAttribute(ctx: CommandContext, entityId: number, a: ParsedAttribute) {
  const row = {
    entityId,
    key: a.key,
    value: a.value,
    status: a.status,
    note: a.note ?? null,
    sourceId: sourceId(ctx, a.source),
  };
  const id = rowId(statements(ctx.db).insertAttribute.run(row));
  return { id, ...row };
}

/** Records that a record in another list (`ofac:24508`) is this entity, so importers merge it here. */
export function addSameAs(ctx: CommandContext, entityId: number, input: z.input<typeof sameAsInputSchema>): void {
  const s = parseInput(sameAsInputSchema, input, "same-as reference");
  inTransaction(ctx, (ctx) => {
    requireEntity(ctx, entityId);
    if (writeSameAs(ctx, entityId, s)) touchEntity(ctx, entityId);
  });
}

/** Writes a same-as reference unless the entity has it; logs it unless the caller logs the whole record. */
function writeSameAs(ctx: CommandContext, entityId: number, s: z.output<typeof sameAsInputSchema>, log = true): boolean {
  const owner = findEntityIdByRef(ctx, s.ref);
  if (owner === entityId) return false;
  if (owner !== null) {
    throw new DomainError("ref.taken", { ref: s.ref, owner }, ["ref"]);
  }
  const row = { ref: s.ref, entityId, origin: "same_as" as const, basis: s.basis ?? null, status: s.status };
  statements(ctx.db).insertRef.run(row);
  if (log) logChange(ctx, { action: "entity.ref.add", subjectType: "entity_ref", subjectId: s.ref, entityId, after: row });
  return true;
}

export function addRelationship(ctx: CommandContext, input: RelationshipInput): void {
  const r = parseInput(relationshipInputSchema, input, "relationship");
  inTransaction(ctx, (ctx) => {
    assertEntityExists(ctx, r.fromEntityId, "fromEntityId");
    assertEntityExists(ctx, r.toEntityId, "toEntityId");
    const st = statements(ctx.db);
    if (st.relationshipExists.get({ from: r.fromEntityId, to: r.toEntityId, type: r.type })) return;
    const row = {
      fromEntityId: r.fromEntityId,
      toEntityId: r.toEntityId,
      type: r.type,
      status: r.status,
      sourceId: sourceId(ctx, r.source),
    };
    const id = rowId(st.insertRelationship.run(row));
    touchEntity(ctx, r.fromEntityId);
    touchEntity(ctx, r.toEntityId);
    // One row on each side's timeline.
    for (const entityId of [r.fromEntityId, r.toEntityId]) {
      logChange(ctx, {
        action: "relationship.add",
        subjectType: "relationship",
        subjectId: id,
        entityId,
        after: row,
        sourceId: row.sourceId,
      });
    }
  });
}

/**
 * Merges a list record into an entity: its ref becomes one of the entity's
 * records. A `same_as` claim for that ref is thereby confirmed. The rule that
 * made the merge is written to the change log.
 */
export function mergeRecord(ctx: CommandContext, input: { entityId: number; ref: string; rule: string }): void {
  inTransaction(ctx, (ctx) => {
    requireEntity(ctx, input.entityId);
    const current = statements(ctx.db).refByRef.get({ ref: input.ref });
    if (current && current.entityId !== input.entityId) {
      throw new DomainError("ref.taken", { ref: input.ref, owner: current.entityId });
    }
    if (current?.origin === "record") return;
    if (current) {
      ctx.db.update(entityRefs).set({ origin: "record" }).where(eq(entityRefs.ref, input.ref)).run();
    } else {
      statements(ctx.db).insertRef.run({
        ref: input.ref,
        entityId: input.entityId,
        origin: "record",
        basis: input.rule,
        status: "confirmed",
      });
    }
    touchEntity(ctx, input.entityId);
    logChange(ctx, {
      action: "entity.merge",
      subjectType: "entity_ref",
      subjectId: input.ref,
      entityId: input.entityId,
      before: current ? { origin: current.origin } : null,
      after: { ref: input.ref, origin: "record", rule: input.rule },
      reason: input.rule,
    });
  });
}

/** Notes that two entities may be one real thing, without merging them; shown on both pages. */
export function recordPossibleMatch(ctx: CommandContext, input: { entityId: number; otherEntityId: number; basis: string }): void {
  const [a, b] = [input.entityId, input.otherEntityId].sort((x, y) => x - y) as [number, number];
  if (a === b) return;
  inTransaction(ctx, (ctx) => {
    const exists = ctx.db
      .select({ a: possibleMatches.entityId })
      .from(possibleMatches)
      .where(and(eq(possibleMatches.entityId, a), eq(possibleMatches.otherEntityId, b)))
      .get();
    if (exists) return;
    ctx.db
      .insert(possibleMatches)
      .values({ entityId: a, otherEntityId: b, basis: input.basis, recordedAt: nowOf(ctx) })
      .run();
    for (const [entityId, other] of [
      [a, b],
      [b, a],
    ] as const) {
      logChange(ctx, {
        action: "entity.possible_match",
        subjectType: "entity",
        subjectId: entityId,
        entityId,
        after: { otherEntityId: other, basis: input.basis },
        reason: input.basis,
      });
    }
  });
}

/**
 * Corrects an entity's name or remarks against the version the editor opened
 * (a stale version: `conflict`, nothing written). Names are never deleted: a
 * new name becomes the primary name (a name the entity already had is
 * promoted), and the old primary name is kept as an alias, still searchable.
 * Returns whether anything changed.
 */
export function updateEntity(ctx: CommandContext, input: EntityUpdateInput): boolean {
  const e = parseInput(entityUpdateInputSchema, input, "entity");
  return inTransaction(ctx, (ctx) => {
    const current = requireEntity(ctx, e.entityId);
    assertVersion("entity", current, current.id, e.expectedVersion);
    assertNotWithdrawn("entity", current);
    const diff = updateVersioned(ctx, {
      table: entities,
      row: current,
      fields: ["name", "remarks"],
      changes: { name: e.name, remarks: e.remarks },
      // The names change first, so their entries come before the entity's in the log.
      beforeWrite: (diff) => {
        if (diff.name === undefined) return;
        renamePrimary(ctx, current.id, diff.name);
        // Derived, not a fact: written with the name, logged by nothing but the name's change.
        ctx.db
          .update(entities)
          .set({ nameSort: nameSortKey(diff.name) })
          .where(eq(entities.id, current.id))
          .run();
      },
      log: { action: "entity.update", subjectType: "entity", entityId: current.id },
    });
    return diff !== null;
  });
}

function renamePrimary(ctx: CommandContext, entityId: number, newName: string): void {
  const setType = (row: { id: number; type: NameType }, type: "primary" | "alias") => {
    if (row.type === type) return;
    ctx.db.update(entityNames).set({ type }).where(eq(entityNames.id, row.id)).run();
    logChange(ctx, {
      action: "entity.name.update",
      subjectType: "entity_name",
      subjectId: row.id,
      entityId,
      before: { type: row.type },
      after: { type },
    });
  };
  const rows = ctx.db
    .select({ id: entityNames.id, value: entityNames.value, type: entityNames.type })
    .from(entityNames)
    .where(eq(entityNames.entityId, entityId))
    .all();
  for (const row of rows) if (row.type === "primary" && row.value !== newName) setType(row, "alias");
  const existing = rows.find((r) => r.value === newName);
  if (existing) setType(existing, "primary");
  else {
    const row = insertName(ctx, entityId, {
      value: newName,
      type: "primary",
      official: true,
      status: "confirmed",
      lang: undefined,
      note: undefined,
      source: undefined,
      announcementId: undefined,
    });
    logChange(ctx, {
      action: "entity.name.add",
      subjectType: "entity_name",
      subjectId: row.id,
      entityId,
      after: row,
      sourceId: row.sourceId,
    });
  }
}

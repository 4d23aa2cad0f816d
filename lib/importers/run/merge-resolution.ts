import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { entities, entityAttributes, entityIdentifiers, entityNames, type EntityKind } from "@/db/schema";
import { findEntityIdByRef, mergeRecord, recordPossibleMatch } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/context";
import { type DbOrTx, preparedStatements } from "@/db/connection";
import { nameKey } from "@/lib/domain/name-key";
import type { ListRecord } from "../types";

export type MergeRule = "same_as" | "same IMO number" | "same company IMO number" | "same passport" | "same name and date of birth";

export type Resolution = { entityId: number; rule: MergeRule } | { entityId: null; possibleMatches: { entityId: number; basis: string }[] };

const statements = preparedStatements((db) => ({
  byIdentifier: db
    .select({ entityId: entityIdentifiers.entityId })
    .from(entityIdentifiers)
    .innerJoin(entities, eq(entities.id, entityIdentifiers.entityId))
    .where(
      and(
        eq(entityIdentifiers.type, sql.placeholder("type")),
        eq(entityIdentifiers.value, sql.placeholder("value")),
        eq(entities.kind, sql.placeholder("kind")),
        // A merged-away entity keeps the parts its survivor had too: the survivor is the one to merge into.
        isNull(entities.mergedIntoId),
        sql`(${sql.placeholder("country")} is null or ${entityIdentifiers.country} = ${sql.placeholder("country")})`,
      ),
    )
    .prepare(),
}));

const fullDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * Finds the entity a new list record belongs to, by the merge rules in order of
 * strength: a strong shared identifier (IMO number, company IMO number,
 * passport with its country), then the same full name with the same full date
 * of birth. The same name with only a birth year in common is not a merge but
 * a possible match. Indexes are built once per import run and kept up to date
 * as the run creates entities.
 */
export class EntityResolver {
  private readonly byNameAndDob = new Map<string, number>();
  private readonly byNameYears = new Map<string, { entityId: number; dob: string }[]>();
  /** Each name's key, worked out once: a new record's names are keyed to resolve it, then to remember it. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly db: DbOrTx) {
    const rows = db
      .select({ entityId: entityNames.entityId, name: entityNames.value, dob: entityAttributes.value })
      .from(entityNames)
      .innerJoin(entities, eq(entities.id, entityNames.entityId))
      .innerJoin(entityAttributes, and(eq(entityAttributes.entityId, entityNames.entityId), eq(entityAttributes.key, "birth_date")))
      .where(and(eq(entities.kind, "individual"), isNull(entities.mergedIntoId)))
      .all();
    for (const r of rows) this.remember(r.entityId, "individual", [r.name], [r.dob]);
  }

  /** Adds an entity's names and birth dates to the indexes. */
  remember(entityId: number, kind: EntityKind, names: string[], birthDates: string[]): void {
    if (kind !== "individual") return;
    for (const name of names) {
      const key = this.key(name);
      for (const dob of birthDates) {
        if (fullDate(dob)) this.byNameAndDob.set(`${key}|${dob}`, entityId);
        let list = this.byNameYears.get(key);
        if (!list) this.byNameYears.set(key, (list = []));
        if (!list.some((x) => x.entityId === entityId && x.dob === dob)) list.push({ entityId, dob });
      }
    }
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  private byIdentifier(kind: EntityKind, type: "imo" | "imo_company" | "passport", value: string, country?: string) {
    const row = statements(this.db).byIdentifier.get({ kind, type, value, country: country ?? null });
    return row?.entityId ?? null;
  }

  resolve(record: ListRecord, kind: EntityKind): Resolution {
    for (const id of record.identifiers) {
      if (id.type === "imo" && kind === "vessel") {
        const entityId = this.byIdentifier(kind, "imo", id.value);
        if (entityId) return { entityId, rule: "same IMO number" };
      }
      if (id.type === "imo_company" && kind === "organization") {
        const entityId = this.byIdentifier(kind, "imo_company", id.value);
        if (entityId) return { entityId, rule: "same company IMO number" };
      }
      if (id.type === "passport" && id.country && kind === "individual") {
        const entityId = this.byIdentifier(kind, "passport", id.value, id.country);
        if (entityId) return { entityId, rule: "same passport" };
      }
    }
    if (kind !== "individual") return { entityId: null, possibleMatches: [] };

    const dobs = record.attributes.filter((a) => a.key === "birth_date").map((a) => a.value);
    const keys = [record.name, ...record.names.filter((n) => !n.weak).map((n) => n.value)].map((n) => this.key(n));
    for (const key of keys) {
      for (const dob of dobs.filter(fullDate)) {
        const entityId = this.byNameAndDob.get(`${key}|${dob}`);
        if (entityId) return { entityId, rule: "same name and date of birth" };
      }
    }
    // Weaker: the primary name and a birth year in common, where one side knows only the year.
    const possible = new Map<number, string>();
    for (const c of this.byNameYears.get(this.key(record.name)) ?? []) {
      for (const dob of dobs) {
        const sameYear = c.dob.slice(0, 4) === dob.slice(0, 4);
        if (sameYear && (!fullDate(c.dob) || !fullDate(dob))) possible.set(c.entityId, `same name, born ${dob.slice(0, 4)}`);
      }
    }
    return { entityId: null, possibleMatches: [...possible].map(([entityId, basis]) => ({ entityId, basis })) };
  }
}

/**
 * Where a run's new records go: the entity already holding the record's ref,
 * else the one a merge rule finds. The resolver's indexes are built on the
 * first new record (they read every individual's names and birth dates), so
 * a publication that adds nothing never pays for them.
 */
export class RunMerges {
  private resolverOfRun?: EntityResolver;
  /** New records merged into an existing entity, by the rule that merged them. */
  readonly merged: Partial<Record<MergeRule, number>> = {};
  possibleMatches = 0;

  constructor(private readonly ctx: CommandContext) {}

  private get resolver(): EntityResolver {
    return (this.resolverOfRun ??= new EntityResolver(this.ctx.db));
  }

  /**
   * The entity a record new to the list belongs to, with the merge recorded
   * (`mergeRecord`), or null with the possible matches to record once the
   * record's own entity exists.
   */
  resolve(record: ListRecord, ref: string): { entityId: number | null; possible: { entityId: number; basis: string }[] } {
    let entityId = findEntityIdByRef(this.ctx, ref);
    let rule: MergeRule | null = entityId !== null ? "same_as" : null;
    let possible: { entityId: number; basis: string }[] = [];
    if (entityId === null) {
      const resolution = this.resolver.resolve(record, record.kind);
      if (resolution.entityId !== null) {
        entityId = resolution.entityId;
        rule = resolution.rule;
      } else {
        possible = resolution.possibleMatches;
      }
    }
    if (entityId !== null && rule) {
      mergeRecord(this.ctx, { entityId, ref, rule });
      this.merged[rule] = (this.merged[rule] ?? 0) + 1;
    }
    return { entityId, possible };
  }

  /** The record's entity joins the indexes, so a later record of the run merges into it; its possible matches are recorded. */
  settle(entityId: number, record: ListRecord, possible: { entityId: number; basis: string }[]): void {
    this.resolver.remember(
      entityId,
      record.kind,
      [record.name, ...record.names.map((n) => n.value)],
      record.attributes.filter((a) => a.key === "birth_date").map((a) => a.value),
    );
    for (const p of possible) {
      recordPossibleMatch(this.ctx, { entityId, otherEntityId: p.entityId, basis: p.basis });
      this.possibleMatches++;
    }
  }
}

import { and, eq, sql } from "drizzle-orm";
import { entities, entityAttributes, entityIdentifiers, entityNames, type EntityKind } from "@/db/schema";
import type { DbOrTx } from "@/lib/commands/context";
import { preparedStatements } from "@/lib/commands/prepared";
import { nameKey } from "@/lib/domain/name-key";
import type { ListRecord } from "./types";

export type MergeRule =
  | "same_as"
  | "same IMO number"
  | "same company IMO number"
  | "same passport"
  | "same name and date of birth";

export type Resolution =
  | { entityId: number; rule: MergeRule }
  | { entityId: null; possibleMatches: { entityId: number; basis: string }[] };

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
 * a possible match. Individuals are indexed by birth year once per import run
 * and kept up to date as the run creates entities; a name's key is worked out
 * only when a new record born the same year needs it.
 */
export class EntityResolver {
  private readonly byYear = new Map<string, { entityId: number; name: string; dob: string }[]>();
  private readonly keys = new Map<string, string>();

  constructor(private readonly db: DbOrTx) {
    const rows = db
      .select({ entityId: entityNames.entityId, name: entityNames.value, dob: entityAttributes.value })
      .from(entityNames)
      .innerJoin(entities, eq(entities.id, entityNames.entityId))
      .innerJoin(
        entityAttributes,
        and(eq(entityAttributes.entityId, entityNames.entityId), eq(entityAttributes.key, "birth_date")),
      )
      .where(eq(entities.kind, "individual"))
      .all();
    for (const r of rows) this.remember(r.entityId, "individual", [r.name], [r.dob]);
  }

  /** Adds an entity's names and birth dates to the index. */
  remember(entityId: number, kind: EntityKind, names: string[], birthDates: string[]): void {
    if (kind !== "individual") return;
    for (const dob of birthDates) {
      const year = dob.slice(0, 4);
      let born = this.byYear.get(year);
      if (!born) this.byYear.set(year, (born = []));
      for (const name of names) born.push({ entityId, name, dob });
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
    const keys = new Set([record.name, ...record.names.filter((n) => !n.weak).map((n) => n.value)].map((n) => this.key(n)));
    for (const dob of dobs.filter(fullDate)) {
      const same = this.byYear.get(dob.slice(0, 4))?.find((c) => c.dob === dob && keys.has(this.key(c.name)));
      if (same) return { entityId: same.entityId, rule: "same name and date of birth" };
    }
    // Weaker: the primary name and a birth year in common, where one side knows only the year.
    const primary = this.key(record.name);
    const possible = new Map<number, string>();
    for (const dob of dobs) {
      for (const c of this.byYear.get(dob.slice(0, 4)) ?? []) {
        if ((!fullDate(c.dob) || !fullDate(dob)) && this.key(c.name) === primary) possible.set(c.entityId, `same name, born ${dob.slice(0, 4)}`);
      }
    }
    return { entityId: null, possibleMatches: [...possible].map(([entityId, basis]) => ({ entityId, basis })) };
  }
}

import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import {
  designations,
  entities,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  programs,
  type EntityKind,
} from "@/db/schema";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import type { MatchFacts } from "@/lib/domain/entity-match";
import { nameKey } from "@/lib/domain/name-key";
import { programFamily } from "@/lib/domain/program";
import { countryCode } from "@/lib/importers/parsers/countries";
import { WEAK_ALIAS_NOTE } from "@/lib/importers/types";

/** The ref prefix that names the list a record ref belongs to: `un:KPi.066` → `un`. */
export const listOfRef = (ref: string) => ref.slice(0, ref.indexOf(":"));

/**
 * The names a record is matched by: not former names (a vessel's old name is
 * often another vessel's now) and not weak aliases (the list itself says they
 * are too loose to identify anyone).
 */
export function matchesByName(name: { type: string; note: string | null }): boolean {
  return name.type !== "former_name" && name.note !== WEAK_ALIAS_NOTE;
}

/**
 * The countries a detail names: a code (country, nationality, flag), or an
 * address whose words or last part name a country ("Dubai, United Arab
 * Emirates" → AE; "Korea, North" → KP).
 */
export function countriesOfDetail(key: string, value: string): string[] {
  if (key === "country" || key === "nationality" || key === "flag") {
    const code = /^[A-Z]{2}$/.test(value) ? value : countryCode(value);
    return code ? [code] : [];
  }
  if (key === "address") {
    const whole = countryCode(value);
    if (whole) return [whole];
    const last = value.slice(value.lastIndexOf(",") + 1).trim();
    const code = last && last !== value ? countryCode(last) : undefined;
    return code ? [code] : [];
  }
  return [];
}

const FACT_ATTRIBUTES = ["birth_date", "country", "nationality", "flag", "address"] as const;
const STRONG_IDENTIFIERS = ["imo", "imo_company", "passport"] as const;

type Mutable = {
  id: number;
  kind: EntityKind;
  lists: Set<string>;
  nameKeys: Set<string>;
  identifiers: MatchFacts["identifiers"][number][];
  birthDates: Set<string>;
  countries: Set<string>;
  programFamilies: Set<string>;
};

/**
 * What the cross-list rules compare, for every entity that stands (not merged
 * into another, not withdrawn), or for the given ids: one query per table,
 * each name keyed once. About a second for the default data's 15,500 entities.
 */
export function loadMatchFacts(db: DbOrTx, options: { kinds?: EntityKind[]; ids?: number[] } = {}): Map<number, MatchFacts> {
  const scope = [isNull(entities.mergedIntoId), isNull(entities.withdrawnAt)];
  if (options.kinds) scope.push(inArray(entities.kind, options.kinds));
  if (options.ids) scope.push(sql`${entities.id} in (select value from json_each(${JSON.stringify(options.ids)}))`);
  const where = and(...scope);
  const out = new Map<number, Mutable>();
  for (const e of db.select({ id: entities.id, kind: entities.kind }).from(entities).where(where).all()) {
    out.set(e.id, {
      id: e.id,
      kind: e.kind,
      lists: new Set(),
      nameKeys: new Set(),
      identifiers: [],
      birthDates: new Set(),
      countries: new Set(),
      programFamilies: new Set(),
    });
  }
  const joined = (column: AnySQLiteColumn) => sql`${column} in (select ${entities.id} from ${entities} where ${where})`;

  for (const r of db
    .select({ entityId: entityRefs.entityId, ref: entityRefs.ref })
    .from(entityRefs)
    .where(and(eq(entityRefs.origin, "record"), joined(entityRefs.entityId)))
    .all()) {
    out.get(r.entityId)?.lists.add(listOfRef(r.ref));
  }
  const keys = new Map<string, string>();
  for (const n of db
    .select({ entityId: entityNames.entityId, value: entityNames.value, type: entityNames.type, note: entityNames.note })
    .from(entityNames)
    .where(and(ne(entityNames.type, "former_name"), joined(entityNames.entityId)))
    .all()) {
    if (!matchesByName(n)) continue;
    let key = keys.get(n.value);
    if (key === undefined) keys.set(n.value, (key = nameKey(n.value)));
    if (key) out.get(n.entityId)?.nameKeys.add(key);
  }
  for (const i of db
    .select({
      entityId: entityIdentifiers.entityId,
      type: entityIdentifiers.type,
      value: entityIdentifiers.value,
      country: entityIdentifiers.country,
    })
    .from(entityIdentifiers)
    .where(and(inArray(entityIdentifiers.type, [...STRONG_IDENTIFIERS]), joined(entityIdentifiers.entityId)))
    .all()) {
    out.get(i.entityId)?.identifiers.push({ type: i.type, value: i.value, country: i.country });
  }
  for (const a of db
    .select({ entityId: entityAttributes.entityId, key: entityAttributes.key, value: entityAttributes.value })
    .from(entityAttributes)
    .where(and(inArray(entityAttributes.key, [...FACT_ATTRIBUTES]), joined(entityAttributes.entityId)))
    .all()) {
    const f = out.get(a.entityId);
    if (!f) continue;
    if (a.key === "birth_date") {
      if (f.kind === "individual") f.birthDates.add(a.value);
    } else for (const c of countriesOfDetail(a.key, a.value)) f.countries.add(c);
  }
  for (const d of db
    .selectDistinct({ entityId: designations.entityId, code: programs.code })
    .from(designations)
    .innerJoin(programs, eq(programs.id, designations.programId))
    .where(and(isNull(designations.withdrawnAt), joined(designations.entityId)))
    .all()) {
    const family = programFamily(d.code);
    if (family) out.get(d.entityId)?.programFamilies.add(family);
  }

  const facts = new Map<number, MatchFacts>();
  for (const f of out.values()) {
    facts.set(f.id, {
      id: f.id,
      kind: f.kind,
      lists: [...f.lists],
      nameKeys: [...f.nameKeys],
      identifiers: f.identifiers,
      birthDates: [...f.birthDates],
      countries: [...f.countries],
      programFamilies: [...f.programFamilies],
    });
  }
  return facts;
}

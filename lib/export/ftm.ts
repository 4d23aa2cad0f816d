import "server-only";
import type { AttributeKey, EntityKind, IdentifierType } from "@/db/schema";
import { exportStatus, type EntityExport } from "@/lib/read/export";

/**
 * FollowTheMoney (FtM) entities, the format OpenSanctions and Aleph exchange:
 * `{ id, schema, properties }`, every property value an array of strings.
 * Each tracker entity becomes a Person, Organization, Vessel or Airplane, and
 * each of its designations a Sanction pointing at it.
 * Property names follow followthemoney/schema/*.yaml; empty properties are left out.
 */
export type FtmSchema = "Person" | "Organization" | "Vessel" | "Airplane" | "Sanction";
export type FtmEntity = { id: string; schema: FtmSchema; properties: Record<string, string[]> };

export const FTM_SCHEMA_OF: Record<EntityKind, FtmSchema> = {
  individual: "Person",
  organization: "Organization",
  vessel: "Vessel",
  aircraft: "Airplane",
};

export const ftmEntityId = (entityId: number) => `st-${entityId}`;
export const ftmSanctionId = (designationId: number) => `st-sanction-${designationId}`;

/** A property name, or null for "no such property for this kind". */
type Target = Partial<Record<EntityKind | "default", string | null>>;

/**
 * Where each identifier goes, by kind (`default` for the kinds not named).
 * Vessels and airplanes have no idNumber or taxNumber in FtM: what has no place
 * goes to `notes` as "type: value" rather than being lost.
 */
const IDENTIFIER_PROPERTY: Record<IdentifierType, Target> = {
  imo: { default: "imoNumber", aircraft: null },
  imo_company: { default: "imoNumber", vessel: null, aircraft: null },
  mmsi: { vessel: "mmsi" },
  call_sign: { vessel: "callSign" },
  registration: { default: "registrationNumber", individual: "idNumber" },
  tax_id: { individual: "taxNumber", organization: "taxNumber" },
  passport: { individual: "passportNumber" },
  national_id: { individual: "idNumber", organization: "registrationNumber" },
  other: { individual: "idNumber", organization: "idNumber" },
};

/** Where each attribute goes, by kind; a kind not named has no such property and drops the value. */
const ATTRIBUTE_PROPERTY: Record<AttributeKey, Target> = {
  flag: { vessel: "flag", default: "country" },
  vessel_type: { vessel: "type" },
  tonnage: { vessel: "tonnage" },
  gross_tonnage: { vessel: "grossRegisteredTonnage" },
  build_year: { vessel: "buildDate", aircraft: "buildDate" },
  aircraft_model: { aircraft: "model" },
  birth_date: { individual: "birthDate" },
  birth_place: { individual: "birthPlace" },
  nationality: { individual: "nationality", default: "country" },
  gender: { individual: "gender" },
  position: { individual: "position" },
  country: { default: "country" },
  address: { default: "address" },
};

/** FtM country properties take ISO 3166-1 alpha-2 codes in lower case. */
const COUNTRY_PROPERTIES = new Set(["country", "nationality", "flag"]);

const targetOf = (t: Target, kind: EntityKind): string | null => (kind in t ? t[kind] : t.default) ?? null;

class Properties {
  readonly out: Record<string, string[]> = {};
  add(prop: string, value: string | null | undefined) {
    const v = value?.trim();
    if (!v) return;
    const list = (this.out[prop] ??= []);
    if (!list.includes(v)) list.push(v);
  }
}

function normalize(prop: string, value: string): string | null {
  if (COUNTRY_PROPERTIES.has(prop)) return /^[A-Za-z]{2}$/.test(value) ? value.toLowerCase() : null;
  if (prop === "gender") return value.toLowerCase();
  return value;
}

/** The FtM entity for one tracker entity. `asOf` is the day its `sanction` topic refers to (default today). */
export function ftmEntity(e: EntityExport, asOf?: string): FtmEntity {
  const p = new Properties();
  p.add("name", e.name);
  for (const n of e.names) if (n !== e.name) p.add("alias", n);
  for (const i of e.identifiers) {
    const prop = targetOf(IDENTIFIER_PROPERTY[i.type], e.kind);
    if (prop) p.add(prop, i.value);
    else p.add("notes", `${i.type}: ${i.value}`);
  }
  for (const a of e.attributes) {
    const prop = targetOf(ATTRIBUTE_PROPERTY[a.key], e.kind);
    if (prop) p.add(prop, normalize(prop, a.value));
  }
  // "sanction" marks what is sanctioned now; an entity whose every designation has ended keeps its Sanctions but not the topic.
  if (exportStatus(e, asOf).active) p.add("topics", "sanction");
  return { id: ftmEntityId(e.id), schema: FTM_SCHEMA_OF[e.kind], properties: p.out };
}

/** One Sanction per designation of the entity. */
export function ftmSanctions(e: EntityExport): FtmEntity[] {
  return e.designations.map((d) => {
    const p = new Properties();
    p.add("entity", ftmEntityId(e.id));
    p.add("authority", d.authority);
    p.add("program", d.program);
    p.add("listingDate", d.listedOn);
    // In force from the effective date, or from the listing when none is known (as the tracker counts it).
    p.add("startDate", d.effectiveOn ?? d.listedOn);
    p.add("endDate", d.delistedOn);
    p.add("reason", d.reason);
    if (d.source && /^https?:\/\//i.test(d.source)) p.add("sourceUrl", d.source);
    else p.add("summary", d.source);
    return { id: ftmSanctionId(d.id), schema: "Sanction" as const, properties: p.out };
  });
}

/** The entity followed by its Sanctions. */
export function ftmObjects(e: EntityExport, asOf?: string): FtmEntity[] {
  return [ftmEntity(e, asOf), ...ftmSanctions(e)];
}

/** The entity and its Sanctions as JSON lines, each ending in a newline. */
export function ftmLines(e: EntityExport, asOf?: string): string {
  return ftmObjects(e, asOf)
    .map((o) => `${JSON.stringify(o)}\n`)
    .join("");
}

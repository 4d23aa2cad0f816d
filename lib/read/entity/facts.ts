import "server-only";
import { cache } from "react";
import { asc, eq } from "drizzle-orm";
import { entityAttributes, entityIdentifiers, entityRefs, type AttributeKey, type FactStatus, type IdentifierType } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { imoCheckDigitValid } from "@/lib/domain/imo";
import { loadSources, sourceOf, type SourceRef } from "../sources";

export type EntityIdentifier = {
  id: number;
  type: IdentifierType;
  value: string;
  country: string | null;
  note: string | null;
  source: SourceRef | null;
  /** For IMO ship numbers: whether the check digit holds; null for other types. */
  checkDigitValid: boolean | null;
};

export type EntityAttribute = {
  id: number;
  key: AttributeKey;
  value: string;
  status: FactStatus;
  note: string | null;
  source: SourceRef | null;
};

export type EntityRef = { ref: string; origin: "record" | "same_as"; basis: string | null; status: FactStatus };

export const loadIdentifiers = cache((id: number, db: DbOrTx): EntityIdentifier[] => {
  const rows = db.select().from(entityIdentifiers).where(eq(entityIdentifiers.entityId, id)).orderBy(asc(entityIdentifiers.id)).all();
  const sources = loadSources(
    db,
    rows.map((i) => i.sourceId),
  );
  return rows.map((i) => ({
    id: i.id,
    type: i.type,
    value: i.value,
    country: i.country,
    note: i.note,
    source: sourceOf(sources, i.sourceId),
    checkDigitValid: i.type === "imo" ? imoCheckDigitValid(i.value) : null,
  }));
});

/** The entity's details (birth date, flag, address…). */
export const loadAttributes = cache((id: number, db: DbOrTx): EntityAttribute[] => {
  const rows = db.select().from(entityAttributes).where(eq(entityAttributes.entityId, id)).orderBy(asc(entityAttributes.id)).all();
  const sources = loadSources(
    db,
    rows.map((a) => a.sourceId),
  );
  return rows.map((a) => ({
    id: a.id,
    key: a.key,
    value: a.value,
    status: a.status,
    note: a.note,
    source: sourceOf(sources, a.sourceId),
  }));
});

/** The references (list record ids, same-as links) the entity is known by. */
export const loadRefs = cache((id: number, db: DbOrTx): EntityRef[] =>
  db
    .select()
    .from(entityRefs)
    .where(eq(entityRefs.entityId, id))
    .orderBy(asc(entityRefs.ref))
    .all()
    .map((r) => ({ ref: r.ref, origin: r.origin, basis: r.basis, status: r.status })),
);

import "server-only";
import { getDb } from "@/db/client";
import type { DbOrTx } from "@/db/connection";
import { loadAttributes, loadIdentifiers, type EntityAttribute, type EntityIdentifier } from "./facts";
import { loadNameRows, type EntityName } from "./names";
import { loadEntityRecord } from "./record";

/** What the admin entity page shows beside its forms: no designations, history or name origins (it reads those itself or not at all). */
export type EntityForAdmin = {
  id: number;
  mergedInto: number | null;
  names: Pick<EntityName, "id" | "value" | "type" | "script" | "lang" | "official">[];
  identifiers: EntityIdentifier[];
  attributes: EntityAttribute[];
};

/** The entity's names, identifiers and details for /admin/entities/[id]; null if there is no such entity. */
export function getEntityForAdmin(id: number, db: DbOrTx = getDb()): EntityForAdmin | null {
  const entity = loadEntityRecord(id, db);
  if (!entity) return null;
  return {
    id: entity.id,
    mergedInto: entity.mergedIntoId,
    names: loadNameRows(id, db).map((n) => ({
      id: n.id,
      value: n.value,
      type: n.type,
      script: n.script,
      lang: n.lang,
      official: n.official,
    })),
    identifiers: loadIdentifiers(id, db),
    attributes: loadAttributes(id, db),
  };
}

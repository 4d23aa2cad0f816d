import "server-only";
import { inArray } from "drizzle-orm";
import { announcements, entities, programs } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import { loadSources, type SourceRef } from "./sources";
import { plainText } from "@/lib/format";

/**
 * The values of the audit log as a reader is told them. The change log keeps
 * what the commands wrote (a source's id, a program's id, an entity's id); an
 * editor wants the source's title, the program's code and name, the entity's
 * name. `FIELD_DISPLAY` is the one place that says which field holds what;
 * a field it does not name is shown by the type of its value.
 */
export const FIELD_DISPLAY = {
  sourceId: "source",
  delistingSourceId: "source",
  reportedSourceId: "source",
  programId: "program",
  entityId: "entity",
  fromEntityId: "entity",
  toEntityId: "entity",
  otherEntityId: "entity",
  announcementId: "announcement",
  fulfilledById: "announcement",
  listedOn: "date",
  effectiveOn: "date",
  delistedOn: "date",
  announcedOn: "date",
  proposedOn: "date",
  occurredOn: "date",
  firstSeenOn: "date",
  publishedOn: "date",
  recordedAt: "timestamp",
  updatedAt: "timestamp",
  createdAt: "timestamp",
  withdrawnAt: "timestamp",
  disabledAt: "timestamp",
  names: "names",
  identifiers: "identifiers",
  attributes: "details",
} as const satisfies Record<
  string,
  "source" | "program" | "entity" | "announcement" | "date" | "timestamp" | "names" | "identifiers" | "details"
>;

type Reference = "source" | "program" | "entity" | "announcement";

export type ShownValue =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "yesNo"; value: boolean }
  /** World time, possibly partial (2024, 2024-07, 2024-07-01). */
  | { kind: "date"; value: string }
  /** Tracker time (an ISO timestamp). */
  | { kind: "timestamp"; value: string }
  | { kind: "source"; id: number; title: string | null; citation: string; url: string | null }
  | { kind: "program"; id: number; code: string; name: string }
  | { kind: "entity"; id: number; name: string }
  | { kind: "announcement"; id: string; title: string }
  /** A reference to a row the tracker does not hold (any more). */
  | { kind: "missing"; of: Reference; id: string }
  /** An entity's further names as it was created with them. */
  | { kind: "names"; items: { value: string; type: string | null; official: boolean | null }[] }
  /** Its identifiers (type: `imo`, `tax_id` …) or details (type: `flag`, `birth_date` …). */
  | { kind: "identifiers" | "details"; items: { type: string; value: string }[] }
  | { kind: "list"; items: string[] }
  /** Any other list or record: shown as written. */
  | { kind: "structured"; json: string };

/** The rows the values of a page refer to, each kind looked up once. */
export type Referenced = {
  sources: Map<number, SourceRef>;
  programs: Map<number, { id: number; code: string; name: string }>;
  entities: Map<number, { id: number; name: string }>;
  announcements: Map<string, { id: string; title: string }>;
};

const displayOf = (key: string) => (FIELD_DISPLAY as Record<string, (typeof FIELD_DISPLAY)[keyof typeof FIELD_DISPLAY]>)[key];
const blank = (v: unknown) => v === null || v === undefined || v === "";

/** Loads every source, program, entity and announcement the values name, one query per kind. */
export function loadReferenced(values: { key: string; value: unknown }[], db: DbOrTx): Referenced {
  const numbers = (kind: Reference) => [
    ...new Set(values.filter((v) => displayOf(v.key) === kind && typeof v.value === "number").map((v) => v.value as number)),
  ];
  const programIds = numbers("program");
  const entityIds = numbers("entity");
  const announcementIds = [
    ...new Set(values.filter((v) => displayOf(v.key) === "announcement" && typeof v.value === "string").map((v) => v.value as string)),
  ];
  return {
    sources: loadSources(db, numbers("source")),
    programs: new Map(
      programIds.length
        ? db
            .select({ id: programs.id, code: programs.code, name: programs.name })
            .from(programs)
            .where(inArray(programs.id, programIds))
            .all()
            .map((p) => [p.id, p])
        : [],
    ),
    entities: new Map(
      entityIds.length
        ? db
            .select({ id: entities.id, name: entities.name })
            .from(entities)
            .where(inArray(entities.id, entityIds))
            .all()
            .map((e) => [e.id, e])
        : [],
    ),
    announcements: new Map(
      announcementIds.length
        ? db
            .select({ id: announcements.id, title: announcements.title })
            .from(announcements)
            .where(inArray(announcements.id, announcementIds))
            .all()
            .map((a) => [a.id, a])
        : [],
    ),
  };
}

/** One value of a field, as it is shown. */
export function showValue(key: string, value: unknown, refs: Referenced): ShownValue {
  if (blank(value)) return { kind: "none" };
  const display = displayOf(key);
  if (typeof value === "number" && display) {
    if (display === "source") {
      const s = refs.sources.get(value);
      return s
        ? { kind: "source", id: s.id, title: s.title, citation: s.citation, url: s.url }
        : { kind: "missing", of: "source", id: String(value) };
    }
    if (display === "program") {
      const p = refs.programs.get(value);
      return p ? { kind: "program", ...p } : { kind: "missing", of: "program", id: String(value) };
    }
    if (display === "entity") {
      const e = refs.entities.get(value);
      return e ? { kind: "entity", ...e } : { kind: "missing", of: "entity", id: String(value) };
    }
  }
  if (typeof value === "string" && display) {
    if (display === "announcement") {
      const a = refs.announcements.get(value);
      return a ? { kind: "announcement", ...a } : { kind: "missing", of: "announcement", id: value };
    }
    if (display === "date") return { kind: "date", value };
    if (display === "timestamp") return { kind: "timestamp", value };
  }
  if (Array.isArray(value) && (display === "names" || display === "identifiers" || display === "details")) {
    const rows = value.filter((v): v is Record<string, unknown> => Boolean(v) && typeof v === "object");
    const str = plainText;
    if (display === "names") {
      return {
        kind: "names",
        items: rows.map((r) => ({
          value: str(r.value),
          type: typeof r.type === "string" ? r.type : null,
          official: typeof r.official === "boolean" ? r.official : null,
        })),
      };
    }
    return { kind: display, items: rows.map((r) => ({ type: str(display === "details" ? r.key : r.type), value: str(r.value) })) };
  }
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "yesNo", value };
  if (Array.isArray(value) && value.length === 0) return { kind: "none" };
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number"))
    return { kind: "list", items: value.map(String) };
  return { kind: "structured", json: JSON.stringify(value) };
}

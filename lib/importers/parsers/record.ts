import "server-only";
import type { ListRecord } from "../types";

/**
 * Drops repeated facts the database would refuse: one name per value (and none
 * equal to the primary name), one identifier per type and value, one attribute
 * per key and value, one link per type and target. The first occurrence wins,
 * so the list's own order decides which note is kept. Changes the record (the
 * parsers' own fresh one) rather than copying it: lists are large.
 */
export function dedupeRecord(record: ListRecord): ListRecord {
  record.names = unique(
    record.names.filter((n) => n.value !== record.name),
    (a, b) => a.value === b.value,
  );
  record.identifiers = unique(record.identifiers, (a, b) => a.type === b.type && a.value === b.value);
  record.attributes = unique(record.attributes, (a, b) => a.key === b.key && a.value === b.value);
  record.links = unique(record.links, (a, b) => a.type === b.type && a.targetName === b.targetName);
  record.programs = unique(record.programs, (a, b) => a === b);
  return record;
}

/** The lists are short (a record has a handful of names), so a scan beats hashing. */
function unique<T>(items: T[], same: (a: T, b: T) => boolean): T[] {
  if (items.length < 2) return items;
  const out: T[] = [];
  for (const item of items) if (!out.some((o) => same(o, item))) out.push(item);
  return out;
}

/** Collapses runs of white space (the lists wrap long text) and trims. */
export function clean(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** "street, city, country" from the parts a list gives, skipping empty ones. */
export function addressLine(parts: (string | undefined)[]): string {
  return parts
    .map(clean)
    .filter((p) => p !== "")
    .join(", ");
}

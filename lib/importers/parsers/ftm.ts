import "server-only";
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { AttributeKey, IdentifierType } from "@/db/schema";
import { isPartialDate } from "@/lib/domain/partial-date";
import { ImportFormatError, type ListRecord, type ParsedList, type RecordKind, type StreamedList, type UnreadDate } from "../types";

/**
 * FollowTheMoney entities as JSON lines (OpenSanctions' `entities.ftm.json`,
 * the tracker's own `/api/export/entities.ftm.jsonl`): one `{ id, schema,
 * properties }` object a line, every property a list of strings. Person,
 * Organization, Company, LegalEntity, Vessel and Airplane become list
 * records; a Sanction gives the entity it names a designation. Other schemas
 * (Address, Ownership, …) are skipped and counted.
 *
 * The file is read twice, line by line (docs/decisions/0012-ftm-import.md):
 * the first pass checks every line and keeps, per entity id, only the compact
 * facts of its Sanctions (a Sanction may come before or after its entity);
 * the second builds each entity's record.
 */

export const FTM_KINDS: Record<string, RecordKind> = {
  Person: "individual",
  Organization: "organization",
  Company: "organization",
  LegalEntity: "organization",
  Vessel: "vessel",
  Airplane: "aircraft",
};

/** What a Sanction says of its entity's designation, kept between the two passes. */
type SanctionFact = {
  id: string;
  line: number;
  program?: string;
  listedOn?: string;
  startOn?: string;
  endOn?: string;
  reason?: string;
  authority?: string;
  sourceUrl?: string;
};

type FtmLine = { id: string; schema: string; properties: Record<string, string[]>; caption?: string };

export type FtmStreamed = StreamedList & {
  /** Lines of schemas the tracker does not import (Address, Ownership, …), by schema. */
  skipped: Record<string, number>;
  /** Entities of an imported schema with no name of any kind (skipped). */
  unnamed: number;
};

const CHUNK = 1 << 20;

/** Each line of the file with its 1-based number, read a chunk at a time; `onChunk` sees the raw bytes (to hash them). */
function* linesOf(path: string, onChunk?: (bytes: Buffer) => void): Generator<{ text: string; line: number }> {
  const fd = openSync(path, "r");
  try {
    const decoder = new StringDecoder("utf8");
    const buf = Buffer.alloc(CHUNK);
    let rest = "";
    let line = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      onChunk?.(buf.subarray(0, n));
      const text = rest + decoder.write(buf.subarray(0, n));
      const parts = text.split("\n");
      rest = parts.pop()!;
      for (const p of parts) yield { text: p, line: ++line };
    }
    rest += decoder.end();
    if (rest !== "") yield { text: rest, line: ++line };
  } finally {
    closeSync(fd);
  }
}

/** The file's identity (name, SHA-256, size), read a chunk at a time rather than whole. */
export function ftmFileInfo(path: string): ParsedList["files"][number] {
  const name = basename(path);
  if (!existsSync(path)) throw new ImportFormatError(name, null, "file not found");
  const hash = createHash("sha256");
  let bytes = 0;
  for (const _ of linesOf(path, (b) => {
    hash.update(b);
    bytes += b.length;
  }));
  return { name, sha256: hash.digest("hex"), bytes };
}

/** One line checked: a JSON object with an id, a schema and properties that are lists of strings. Blank lines: null. */
function readLine(file: string, text: string, line: number): FtmLine | null {
  const t = text.replace(/^\uFEFF/, "").trim();
  if (t === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    throw new ImportFormatError(file, line, "the line is not JSON (each line must be one FollowTheMoney entity)");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ImportFormatError(file, line, "the line is not a JSON object (each line must be one FollowTheMoney entity)");
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id !== "string" || o.id.trim() === "") throw new ImportFormatError(file, line, "the entity has no id");
  if (o.id.length > 100) throw new ImportFormatError(file, line, "the entity's id is longer than 100 characters");
  if (typeof o.schema !== "string" || o.schema.trim() === "") throw new ImportFormatError(file, line, `entity ${o.id} has no schema`);
  const props = o.properties;
  if (typeof props !== "object" || props === null || Array.isArray(props)) {
    throw new ImportFormatError(file, line, `entity ${o.id} has no properties object`);
  }
  for (const [key, v] of Object.entries(props)) {
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      throw new ImportFormatError(file, line, `property "${key}" of entity ${o.id} is not a list of strings`);
    }
  }
  return {
    id: o.id.trim(),
    schema: o.schema.trim(),
    properties: props as Record<string, string[]>,
    caption: typeof o.caption === "string" ? o.caption : undefined,
  };
}

const values = (e: FtmLine, prop: string): string[] => (e.properties[prop] ?? []).map((v) => v.trim()).filter(Boolean);
const first = (e: FtmLine, prop: string): string | undefined => values(e, prop)[0];

/** An FtM date ("2022", "2022-03", "2022-03-15", "2022-03-15T10:00:00") as a partial date, or undefined. */
function partialDate(v: string | undefined): string | undefined {
  const m = v ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(v) : null;
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter(Boolean).join("-");
  return isPartialDate(date) ? date : undefined;
}

/**
 * Reads an FtM JSON-lines file for an import, in two passes over its lines
 * (docs/decisions/0012-ftm-import.md). The first, here, checks every line (a
 * bad one is refused with its line number before anything is written),
 * hashes the file, counts what will be imported and skipped, and keeps per
 * entity id only the compact facts of the Sanctions naming it. The second
 * runs as the import takes the records (`records`, iterable once): each line
 * becomes its record and is let go. `publishedOn` decides which Sanctions are
 * in force: one whose end date is on or before it asserts no designation.
 */
export function readFtm(path: string, publishedOn: string): FtmStreamed {
  const file = basename(path);
  if (!existsSync(path)) throw new ImportFormatError(file, null, "file not found");

  const hash = createHash("sha256");
  let bytes = 0;
  // Every id of the file, and whether its schema is one the tracker imports: what a Sanction may name.
  const imported = new Map<string, boolean>();
  const sanctions = new Map<string, SanctionFact[]>();
  const skipped: Record<string, number> = {};
  let unnamed = 0;
  let count = 0;
  let entityLines = 0;
  const unreadDates: UnreadDate[] = [];
  for (const { text, line } of linesOf(path, (b) => {
    hash.update(b);
    bytes += b.length;
  })) {
    const e = readLine(file, text, line);
    if (!e) continue;
    entityLines++;
    if (imported.has(e.id)) throw new ImportFormatError(file, line, `entity ${e.id} appears twice`);
    const kind = FTM_KINDS[e.schema];
    imported.set(e.id, kind !== undefined);
    if (kind) {
      if (namesOf(e).length) count++;
      else unnamed++;
      continue;
    }
    if (e.schema !== "Sanction") {
      skipped[e.schema] = (skipped[e.schema] ?? 0) + 1;
      continue;
    }
    const targets = values(e, "entity");
    if (targets.length === 0) throw new ImportFormatError(file, line, `Sanction ${e.id} names no entity`);
    // A date the reader cannot read is left out and reported, never guessed.
    const date = (prop: string) => {
      const raw = first(e, prop);
      const read = partialDate(raw);
      if (raw && !read) unreadDates.push({ recordId: e.id, field: prop, value: raw, file, line });
      return read;
    };
    const fact: SanctionFact = {
      id: e.id,
      line,
      program: first(e, "program") ?? first(e, "programId"),
      listedOn: date("listingDate"),
      startOn: date("startDate"),
      endOn: date("endDate"),
      reason: values(e, "reason").join("\n") || undefined,
      authority: first(e, "authority"),
      sourceUrl: values(e, "sourceUrl").find((u) => /^https?:\/\/\S+$/i.test(u) && u.length <= 2000),
    };
    for (const target of targets) {
      let list = sanctions.get(target);
      if (!list) sanctions.set(target, (list = []));
      list.push(fact);
    }
  }
  if (entityLines === 0) throw new ImportFormatError(file, null, "the file holds no entities");
  let nowhere: { fact: SanctionFact; target: string } | null = null;
  for (const [target, facts] of sanctions) {
    if (imported.has(target)) continue;
    for (const fact of facts) if (!nowhere || fact.line < nowhere.fact.line) nowhere = { fact, target };
  }
  if (nowhere) {
    throw new ImportFormatError(
      file,
      nowhere.fact.line,
      `Sanction ${nowhere.fact.id} names entity ${nowhere.target}, which is not in the file`,
    );
  }
  imported.clear();

  function* records(): Generator<ListRecord> {
    for (const { text, line } of linesOf(path)) {
      const e = readLine(file, text, line);
      const kind = e && FTM_KINDS[e.schema];
      if (!e || !kind) continue;
      const record = recordOf(e, kind, sanctions.get(e.id) ?? [], publishedOn, { file, line }, unreadDates);
      if (record) yield record;
    }
  }
  return {
    count,
    records: records(),
    withoutLinks: true,
    unreadDates,
    files: [{ name: file, sha256: hash.digest("hex"), bytes }],
    skipped,
    unnamed,
  };
}

/** The same, every record read into an array (for tests and small files). */
export function parseFtm(path: string, publishedOn: string): FtmStreamed & { records: ListRecord[] } {
  const read = readFtm(path, publishedOn);
  return { ...read, records: [...read.records] };
}

/** An entity's names: its `name`s, else its first, middle and last names put together. */
function namesOf(e: FtmLine): string[] {
  const given = values(e, "name");
  if (given.length) return given;
  const composed = [values(e, "firstName")[0], values(e, "middleName")[0], values(e, "lastName")[0]].filter(Boolean).join(" ");
  return composed ? [composed] : [];
}

/** Where each FtM identifier property goes, by kind; one with no place for the kind is left out. */
const IDENTIFIERS: Record<string, Partial<Record<RecordKind | "default", { type: IdentifierType; note?: string }>>> = {
  imoNumber: { vessel: { type: "imo" }, organization: { type: "imo_company" } },
  mmsi: { vessel: { type: "mmsi" } },
  callSign: { vessel: { type: "call_sign" } },
  registrationNumber: { default: { type: "registration" } },
  idNumber: { individual: { type: "national_id" }, default: { type: "other" } },
  passportNumber: { individual: { type: "passport" } },
  taxNumber: { default: { type: "tax_id" } },
  innCode: { default: { type: "tax_id", note: "INN" } },
  ogrnCode: { default: { type: "registration", note: "OGRN" } },
};

/** Where each FtM detail property goes (the runner keeps only the details a kind has). */
const ATTRIBUTES: Record<string, { key: AttributeKey; note?: string; country?: boolean; date?: boolean }> = {
  birthDate: { key: "birth_date", date: true },
  birthPlace: { key: "birth_place" },
  nationality: { key: "nationality", country: true },
  citizenship: { key: "nationality", country: true, note: "citizenship" },
  country: { key: "country", country: true },
  jurisdiction: { key: "country", country: true, note: "jurisdiction" },
  flag: { key: "flag", country: true },
  address: { key: "address" },
  gender: { key: "gender" },
  position: { key: "position" },
  type: { key: "vessel_type" },
  tonnage: { key: "tonnage" },
  grossRegisteredTonnage: { key: "gross_tonnage" },
  buildDate: { key: "build_year" },
  model: { key: "aircraft_model" },
};

function recordOf(
  e: FtmLine,
  kind: RecordKind,
  facts: SanctionFact[],
  publishedOn: string,
  origin: ListRecord["origin"],
  unreadDates: UnreadDate[],
): ListRecord | null {
  const names = namesOf(e);
  if (names.length === 0) return null;
  // OpenSanctions' caption is the name it shows; the tracker's own export puts the main name first.
  const name = e.caption && names.includes(e.caption.trim()) ? e.caption.trim() : names[0]!;

  const seen = new Set([name]);
  const otherNames: ListRecord["names"] = [];
  const addName = (value: string, type: ListRecord["names"][number]["type"], weak?: boolean) => {
    if (seen.has(value) || value.length > 1000) return;
    seen.add(value);
    otherNames.push(weak ? { value, type, weak } : { value, type });
  };
  for (const n of names) addName(n, "alias");
  for (const n of values(e, "alias")) addName(n, "alias");
  for (const n of values(e, "previousName")) addName(n, "former_name");
  for (const n of values(e, "weakAlias")) addName(n, "alias", true);

  const identifiers: ListRecord["identifiers"] = [];
  for (const [prop, place] of Object.entries(IDENTIFIERS)) {
    const target = place[kind] ?? place.default;
    if (!target) continue;
    for (const raw of values(e, prop)) {
      const value = target.type === "imo" || target.type === "imo_company" ? raw.replace(/^IMO\s*/i, "") : raw;
      if (value.length > 100 || identifiers.some((i) => i.type === target.type && i.value === value)) continue;
      identifiers.push(target.note ? { type: target.type, value, note: target.note } : { type: target.type, value });
    }
  }

  const attributes: ListRecord["attributes"] = [];
  for (const [prop, a] of Object.entries(ATTRIBUTES)) {
    for (const raw of values(e, prop)) {
      let value: string | undefined = raw;
      if (a.country) value = /^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : raw;
      if (a.date) {
        value = partialDate(raw);
        if (!value) {
          unreadDates.push({ recordId: e.id, field: prop, value: raw, ...origin });
          continue;
        }
      }
      if (prop === "buildDate") value = /^\d{4}/.exec(raw)?.[0];
      if (!value || value.length > 4000 || attributes.some((x) => x.key === a.key && x.value === value)) continue;
      attributes.push(a.note ? { key: a.key, value, note: a.note } : { key: a.key, value });
    }
  }

  // A Sanction ended on or before the publication asserts nothing any more; an entity with none in force is listed without designation.
  const inForce = facts.filter((f) => !f.endOn || f.endOn > publishedOn);
  const programs = [...new Set(inForce.map((f) => f.program?.trim()).filter((p): p is string => !!p))];
  const designationDetails = inForce
    .map((f) => ({
      program: f.program?.trim() || null,
      listedOn: f.listedOn,
      effectiveOn: f.startOn,
      reason: f.reason,
      authority: f.authority,
      sourceUrl: f.sourceUrl,
    }))
    .filter((d) => (d.program === null ? programs.length === 0 : true));
  const listedOn = inForce
    .map((f) => f.listedOn)
    .filter((d): d is string => !!d)
    .sort()[0];
  const remarks = values(e, "notes").join("\n") || undefined;

  return {
    recordId: e.id,
    kind,
    name,
    names: otherNames,
    identifiers,
    attributes,
    programs,
    listedOn,
    links: [],
    remarks,
    ...(inForce.length === 0 ? { noDesignation: true as const } : { designationDetails }),
    origin,
  };
}

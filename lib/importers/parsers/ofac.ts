import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ImportFormatError, type ListRecord, type ParsedList, type RecordKind, type UnreadDate } from "../types";
import { countryCode, countryOrName } from "./countries";
import { ofacValue, parseCsvRows, type CsvRow } from "./csv";
import { parseOfacRemarks } from "./ofac-remarks";
import { addressLine, dedupeRecord } from "./record";
import { readListFile, type ListFile } from "./source";

/** The four files of an OFAC legacy CSV set; the SDN and the Consolidated (non-SDN) sets share their layouts. */
type FileSet = { primary: string; addresses: string; aliases: string; comments: string };

const SDN: FileSet = { primary: "sdn.csv", addresses: "add.csv", aliases: "alt.csv", comments: "sdn_comments.csv" };
const CONSOLIDATED: FileSet = {
  primary: "cons_prim.csv",
  addresses: "cons_add.csv",
  aliases: "cons_alt.csv",
  comments: "cons_comments.csv",
};

/** The legacy SDN set in `dir`: sdn.csv (required), add.csv, alt.csv, sdn_comments.csv. */
export function parseOfacSdn(dir: string): ParsedList {
  return parseOfacSet(dir, SDN);
}

/** The Consolidated (non-SDN) set in `dir`: cons_prim.csv (required), cons_add, cons_alt, cons_comments. */
export function parseOfacConsolidated(dir: string): ParsedList {
  return parseOfacSet(dir, CONSOLIDATED);
}

/** The files of an OFAC set that `parseOfacSdn` reads, in the order it reads them. */
export function ofacSdnFiles(dir: string): string[] {
  return filesOf(dir, SDN);
}

export function ofacConsolidatedFiles(dir: string): string[] {
  return filesOf(dir, CONSOLIDATED);
}

function filesOf(dir: string, set: FileSet): string[] {
  const optional = [set.addresses, set.aliases, set.comments].map((name) => join(dir, name)).filter((path) => existsSync(path));
  return [join(dir, set.primary), ...optional];
}

const KINDS: Record<string, RecordKind> = { "": "organization", individual: "individual", vessel: "vessel", aircraft: "aircraft" };

type Draft = { record: ListRecord; remarks: string; titles: string[]; addresses: { line: string; country: string; note: string }[] };

function parseOfacSet(dir: string, set: FileSet): ParsedList {
  const primary = readListFile(join(dir, set.primary));
  const files: ListFile[] = [primary];
  const drafts = new Map<string, Draft>();
  for (const row of parseCsvRows(primary, { columns: 12 })) {
    const draft = draftFromRow(primary.name, row);
    if (drafts.has(draft.record.recordId)) {
      throw new ImportFormatError(primary.name, row.line, `ent_num ${draft.record.recordId} appears twice`);
    }
    drafts.set(draft.record.recordId, draft);
  }

  const optional = (name: string, columns: number, use: (draft: Draft, fields: string[]) => void) => {
    const path = join(dir, name);
    if (!existsSync(path)) return;
    const file = readListFile(path);
    files.push(file);
    for (const row of parseCsvRows(file, { columns })) {
      // Rows for entries absent from the primary file (the real 2019 comments file has some) are not ours to place.
      const draft = drafts.get(entNum(file.name, row));
      if (draft) use(draft, row.fields);
    }
  };
  optional(set.addresses, 6, (d, f) => {
    const country = ofacValue(f[4]);
    const line = addressLine([ofacValue(f[2]), ofacValue(f[3]), country]);
    if (line) d.addresses.push({ line, country, note: ofacValue(f[5]) });
  });
  optional(set.aliases, 5, (d, f) => {
    const value = ofacValue(f[3]);
    if (!value) return;
    const alt = ofacValue(f[2]).toLowerCase();
    const type = alt === "fka" ? "former_name" : alt === "nka" ? "new_name" : "alias";
    const weak = /\bweak\b/i.test(ofacValue(f[4]));
    d.record.names.push({ value, type, ...(weak ? { weak: true } : {}) });
  });

  // A comments row continues the Remarks mid-word where sdn.csv cut it at ~1,000 characters.
  optional(set.comments, 2, (d, f) => void (d.remarks += f[1] ?? ""));

  const unreadDates: UnreadDate[] = [];
  const records = [...drafts.values()].map((draft) => finishDraft(draft, unreadDates));
  fixLinkTargets(records);
  return { records, unreadDates, files: files.map((f) => f.info) };
}

function entNum(file: string, row: CsvRow): string {
  const value = ofacValue(row.fields[0]);
  if (!/^\d+$/.test(value)) throw new ImportFormatError(file, row.line, `ent_num ${JSON.stringify(value)} is not a number`);
  return value;
}

function draftFromRow(file: string, row: CsvRow): Draft {
  const f = row.fields.map(ofacValue);
  const [, name, type, program, title, callSign, vessType, tonnage, grt, vessFlag, vessOwner, remarks] = f;
  const recordId = entNum(file, row);
  const kind = KINDS[(type ?? "").toLowerCase()];
  if (!kind) throw new ImportFormatError(file, row.line, `unknown SDN_Type ${JSON.stringify(type)}`);
  if (!name) throw new ImportFormatError(file, row.line, "the name is empty");
  const titles = (title ?? "")
    .split(/;\s*/)
    .map((t) => t.trim())
    .filter(Boolean);
  const record: ListRecord = {
    recordId,
    kind,
    name,
    names: [],
    identifiers: callSign ? [{ type: "call_sign", value: callSign }] : [],
    attributes: titles.map((value) => ({ key: "position" as const, value })),
    programs: (program ?? "")
      .split("]")
      .map((p) => p.replace(/[[\]]/g, "").trim())
      .filter(Boolean),
    links: vessOwner ? [{ type: "owned_by", targetName: vessOwner }] : [],
    origin: { file, line: row.line },
  };
  const flag = vessFlag ? countryOrName(vessFlag) : undefined;
  if (flag) record.attributes.push({ key: "flag", value: flag });
  if (vessType) record.attributes.push({ key: "vessel_type", value: vessType });
  if (tonnage) record.attributes.push({ key: "tonnage", value: tonnage.replace(/,/g, "") });
  if (grt) record.attributes.push({ key: "gross_tonnage", value: grt.replace(/,/g, "") });
  // Untrimmed: a comments row may continue it mid-word.
  return { record, remarks: remarks ? (row.fields[11] ?? "") : "", titles, addresses: [] };
}

function finishDraft({ record, remarks, titles, addresses }: Draft, unreadDates: UnreadDate[]): ListRecord {
  const text = remarks.trim();
  if (text) {
    const facts = parseOfacRemarks(text, record.kind, titles);
    for (const d of facts.unreadDates)
      unreadDates.push({ recordId: record.recordId, ...record.origin, field: `Remarks: ${d.field}`, value: d.value });
    record.remarks = text;
    record.names.push(...facts.names);
    record.identifiers.push(...facts.identifiers);
    record.attributes.push(...facts.attributes);
    record.links.push(...facts.links);
  }
  for (const a of addresses) {
    record.attributes.push({ key: "address", value: a.line, ...(a.note ? { note: a.note } : {}) });
    const code = a.country ? countryCode(a.country) : undefined;
    if (record.kind === "organization" && code) record.attributes.push({ key: "country", value: code });
  }
  return dedupeRecord(record);
}

/**
 * The final "." of Remarks is dropped, which also drops the one ending a last
 * "Linked To: BIESTRA S.A." (OFAC writes no second period). It is restored
 * where the name with it is a record of the same file, or where the name ends
 * in a dotted abbreviation ("S.A", "C.V") that is never written without it.
 */
function fixLinkTargets(records: ListRecord[]): void {
  const names = new Set(records.map((r) => r.name));
  for (const r of records) {
    for (const link of r.links) {
      const name = link.targetName;
      if (names.has(name)) continue;
      if (names.has(`${name}.`) || /(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]$/.test(name)) link.targetName = `${name}.`;
    }
  }
}

import "server-only";
import { SaxesParser } from "saxes";
import type { IdentifierType } from "@/db/schema";
import { ImportFormatError, type ListRecord, type ParsedList } from "../types";
import { countryCode, countryOrName } from "./countries";
import { DateReader, parseIsoDate, parseYear, type DatePlace } from "./dates";
import { addressLine, clean, dedupeRecord } from "./record";
import { decode, readListFile } from "./source";

/** One INDIVIDUAL or ENTITY element, kept as a small tree until it is mapped. */
type XNode = { name: string; text: string; children: XNode[]; line: number };

const CHUNK = 64 * 1024;

/** The UN Security Council Consolidated List (`CONSOLIDATED_LIST` XML). */
export function parseUnConsolidated(path: string): ParsedList {
  const file = readListFile(path);
  const text = decode(file);
  const parser = new SaxesParser({ position: true });
  const records: ListRecord[] = [];
  const dates = new DateReader();
  let publishedOn: string | undefined;
  let depth = 0;
  let stack: XNode[] = [];

  const fail = (reason: string, line: number = parser.line): never => {
    throw new ImportFormatError(file.name, line, reason);
  };
  parser.on("error", (err) => fail(err.message.replace(/^\d+:\d+:\s*/, "")));
  // The line of the "<", which a tag spread over lines would otherwise lose.
  let tagLine = 1;
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.name !== "CONSOLIDATED_LIST") fail(`the root element is <${tag.name}>, not <CONSOLIDATED_LIST>`, tagLine);
      const generated = tag.attributes.dateGenerated;
      if (typeof generated === "string") {
        publishedOn = dates.read({ recordId: "", file: file.name, line: tagLine }, "CONSOLIDATED_LIST dateGenerated", generated);
      }
      return;
    }
    // Records sit at CONSOLIDATED_LIST > INDIVIDUALS|ENTITIES > INDIVIDUAL|ENTITY.
    if (stack.length === 0 && depth === 3 && (tag.name === "INDIVIDUAL" || tag.name === "ENTITY")) {
      stack = [{ name: tag.name, text: "", children: [], line: tagLine }];
    } else if (stack.length > 0) {
      const node: XNode = { name: tag.name, text: "", children: [], line: tagLine };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    }
  });
  const addText = (t: string) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  const seen = new Set<string>();
  parser.on("closetag", () => {
    depth--;
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length > 0) return;
    const record = mapRecord(file.name, node, dates);
    if (seen.has(record.recordId)) fail(`${record.recordId} appears twice`, node.line);
    seen.add(record.recordId);
    records.push(record);
  });

  for (let i = 0; i < text.length; i += CHUNK) parser.write(text.slice(i, i + CHUNK));
  parser.close();
  return { records, unreadDates: dates.unread, ...(publishedOn ? { publishedOn } : {}), files: [file.info] };
}

// ---- reading the tree ----

const kids = (node: XNode, name: string) => node.children.filter((c) => c.name === name);
const kid = (node: XNode, name: string) => node.children.find((c) => c.name === name);
const val = (node: XNode | undefined, name: string) => (node ? clean(kid(node, name)?.text) : "");
const values = (node: XNode, name: string) =>
  kids(node, name).flatMap((n) =>
    kids(n, "VALUE")
      .map((v) => clean(v.text))
      .filter(Boolean),
  );

/** A record's dates, read where they are met; `field` names the element, as the list does. */
type RecordDates = (field: string, text: string, parse?: (text: string) => string | undefined) => string | undefined;

function mapRecord(file: string, node: XNode, dates: DateReader): ListRecord {
  const individual = node.name === "INDIVIDUAL";
  const recordId = val(node, "REFERENCE_NUMBER");
  if (!recordId) throw new ImportFormatError(file, node.line, `<${node.name}> has no REFERENCE_NUMBER`);
  const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
    .map((n) => val(node, n))
    .filter(Boolean)
    .join(" ");
  if (!name) throw new ImportFormatError(file, node.line, `${recordId} has no name`);
  const place: DatePlace = { recordId, file, line: node.line };
  const date: RecordDates = (field, text, parse) => dates.read(place, field, text, parse);
  const listedOn = date("LISTED_ON", val(node, "LISTED_ON"));
  // Read for what they say of the format, though no field of the tracker holds them.
  for (const updated of values(node, "LAST_DAY_UPDATED")) date("LAST_DAY_UPDATED", updated);
  const comments = val(node, "COMMENTS1");
  const program = val(node, "UN_LIST_TYPE");

  const record: ListRecord = {
    recordId,
    kind: individual ? "individual" : "organization",
    name,
    names: [],
    identifiers: [],
    attributes: [],
    programs: program ? [program] : [],
    ...(listedOn ? { listedOn } : {}),
    links: [],
    ...(comments ? { remarks: comments } : {}),
    origin: { file, line: node.line },
  };

  const original = val(node, "NAME_ORIGINAL_SCRIPT");
  // The script (and so the language) is detected when the name is stored.
  if (original) record.names.push({ value: original, type: "alias" });
  for (const alias of kids(node, individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) addAlias(record, alias, date);

  const gender = val(node, "GENDER").toLowerCase() || /\bGender:\s*(male|female)\b/i.exec(comments)?.[1]?.toLowerCase();
  if (gender === "male" || gender === "female") record.attributes.push({ key: "gender", value: gender });
  for (const n of values(node, "NATIONALITY")) {
    const value = countryOrName(n);
    if (value) record.attributes.push({ key: "nationality", value });
  }
  for (const d of values(node, "DESIGNATION")) record.attributes.push({ key: "position", value: d });
  for (const dob of kids(node, "INDIVIDUAL_DATE_OF_BIRTH")) addBirthDate(record, dob, date);
  for (const pob of kids(node, "INDIVIDUAL_PLACE_OF_BIRTH")) {
    const place = addressLine([val(pob, "CITY"), val(pob, "STATE_PROVINCE"), val(pob, "COUNTRY")]);
    if (place) record.attributes.push({ key: "birth_place", value: place });
  }
  for (const doc of kids(node, "INDIVIDUAL_DOCUMENT")) addDocument(record, doc, date);
  for (const a of kids(node, individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) addAddress(record, a);
  if (!individual) {
    // "IMO number: 5571322", "IMO Number: 5342883", "Company Number IMO 5434358"
    for (const m of comments.matchAll(/\bIMO(?:\s+number)?\s*:?\s*(\d{7})\b/gi)) {
      record.identifiers.push({ type: "imo_company", value: m[1]! });
    }
  }
  return dedupeRecord(record);
}

function addAlias(record: ListRecord, alias: XNode, date: RecordDates): void {
  // Some aliases are quoted in the list: "KOMID".
  const value = val(alias, "ALIAS_NAME")
    .replace(/^"(.*)"$/, "$1")
    .trim();
  if (!value) return;
  const quality = val(alias, "QUALITY").toLowerCase();
  const type = quality === "f.k.a." ? "former_name" : "alias";
  record.names.push({ value, type, ...(quality === "low" ? { weak: true } : {}) });
  // A full date, or a year alone.
  const dob = date("ALIAS DATE_OF_BIRTH", val(alias, "DATE_OF_BIRTH"), (t) => parseIsoDate(t) ?? parseYear(t));
  if (dob) record.attributes.push({ key: "birth_date", value: dob, note: `given with the alias ${value}` });
}

function addBirthDate(record: ListRecord, dob: XNode, date: RecordDates): void {
  const type = val(dob, "TYPE_OF_DATE").toUpperCase();
  const note = val(dob, "NOTE");
  const notes: string[] = [];
  let value = date("DATE_OF_BIRTH DATE", val(dob, "DATE")) ?? date("DATE_OF_BIRTH YEAR", val(dob, "YEAR"), parseYear);
  if (type === "BETWEEN") {
    const from = date("DATE_OF_BIRTH FROM_YEAR", val(dob, "FROM_YEAR"), parseYear);
    const to = date("DATE_OF_BIRTH TO_YEAR", val(dob, "TO_YEAR"), parseYear);
    if (from) {
      value = from;
      notes.push(`range ${from} to ${to ?? val(dob, "TO_YEAR")}`);
    }
  } else if (type === "APPROXIMATELY") {
    notes.push("approximately");
  }
  if (note) notes.push(note);
  if (value) record.attributes.push({ key: "birth_date", value, ...(notes.length ? { note: notes.join("; ") } : {}) });
}

function documentType(type: string): IdentifierType {
  if (/pass(port|eport)|pasaporte/i.test(type)) return "passport";
  if (/national identi/i.test(type)) return "national_id";
  return "other";
}

function addDocument(record: ListRecord, doc: XNode, date: RecordDates): void {
  const value = val(doc, "NUMBER");
  if (!value) return;
  const typeText = val(doc, "TYPE_OF_DOCUMENT");
  const type = documentType(typeText);
  const issuing = val(doc, "ISSUING_COUNTRY") || val(doc, "COUNTRY_OF_ISSUE");
  const country = issuing ? countryOrName(issuing) : undefined;
  // As written when it cannot be read (it is reported): a note keeps what the list says.
  const issued = date("DATE_OF_ISSUE", val(doc, "DATE_OF_ISSUE")) ?? val(doc, "DATE_OF_ISSUE");
  const note = [
    type === "other" ? typeText : "",
    val(doc, "TYPE_OF_DOCUMENT2"),
    issued ? `issued ${issued}` : "",
    val(doc, "CITY_OF_ISSUE") ? `in ${val(doc, "CITY_OF_ISSUE")}` : "",
    val(doc, "NOTE"),
  ]
    .filter(Boolean)
    .join("; ");
  record.identifiers.push({ type, value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
}

function addAddress(record: ListRecord, a: XNode): void {
  const country = val(a, "COUNTRY");
  const region = [val(a, "STATE_PROVINCE"), val(a, "ZIP_CODE")].filter(Boolean).join(" ");
  const line = addressLine([val(a, "STREET"), val(a, "CITY"), region, country]);
  if (!line) return;
  const note = val(a, "NOTE");
  record.attributes.push({ key: "address", value: line, ...(note ? { note } : {}) });
  const code = country ? countryCode(country) : undefined;
  if (record.kind === "organization" && code) record.attributes.push({ key: "country", value: code });
}

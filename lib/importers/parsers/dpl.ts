import "server-only";
import { ImportFormatError, type ListRecord, type ParsedList, type RecordKind } from "../types";
import { countryFromCode } from "./countries";
import { DateReader, parseUsDate } from "./dates";
import { parseCsvRows } from "./csv";
import { addressLine, clean, dedupeRecord } from "./record";
import { readListFile } from "./source";

const COLUMNS = [
  "Name",
  "Street_Address",
  "City",
  "State",
  "Country",
  "Postal_Code",
  "Effective_Date",
  "Expiration_Date",
  "Standard_Order",
  "Last_Update",
  "Action",
  "FR_Citation",
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The BIS Denied Persons List (tab-separated, header row). It has no ids: a
 * record is keyed by its name and effective date, and the rows the list repeats
 * for each address of one party are merged into one record.
 */
export function parseDenyList(path: string): ParsedList {
  const file = readListFile(path);
  const [header, ...rows] = parseCsvRows(file, { delimiter: "\t" });
  if (!header) throw new ImportFormatError(file.name, null, "the file is empty");
  const index = new Map(header.fields.map((h, i) => [h.trim(), i]));
  for (const c of COLUMNS) {
    if (!index.has(c)) throw new ImportFormatError(file.name, header.line, `the header has no ${c} column`);
  }
  if (rows.length === 0) throw new ImportFormatError(file.name, null, "the file has a header but no rows");

  const records = new Map<string, ListRecord>();
  const dates = new DateReader();
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      throw new ImportFormatError(file.name, row.line, `expected ${header.fields.length} columns, found ${row.fields.length}`);
    }
    const get = (c: Column) => clean(row.fields[index.get(c)!]);
    const name = get("Name");
    if (!name) throw new ImportFormatError(file.name, row.line, "the name is empty");
    const effective = parseUsDate(get("Effective_Date"));
    if (!effective)
      throw new ImportFormatError(file.name, row.line, `Effective_Date ${JSON.stringify(get("Effective_Date"))} is not MM/DD/YYYY`);
    const recordId = dplRecordId(name, effective);
    let record = records.get(recordId);
    if (!record) {
      record = {
        recordId,
        kind: dplKind(name),
        name,
        names: [],
        identifiers: [],
        attributes: [],
        programs: ["DPL"],
        listedOn: effective,
        links: [],
        remarks: dplRemarks(
          get("Standard_Order"),
          dates.read({ recordId, file: file.name, line: row.line }, "Expiration_Date", get("Expiration_Date"), parseUsDate),
          get("FR_Citation"),
        ),
        origin: { file: file.name, line: row.line },
      };
      for (const value of embeddedNames(name)) record.names.push({ value, type: "alias" });
      records.set(recordId, record);
    } else if (name !== record.name) {
      // "AL-NASER  AIRLINES" and "AL NASER AIRLINES": one party, two spellings.
      record.names.push({ value: name, type: "alias" });
    }
    const country = get("Country");
    const region = [get("State"), get("Postal_Code")].filter(Boolean).join(" ");
    const address = addressLine([get("Street_Address"), get("City"), region, country]);
    if (address) record.attributes.push({ key: "address", value: address });
    const code = countryFromCode(country);
    if (record.kind === "organization" && code) record.attributes.push({ key: "country", value: code });
  }
  return { records: [...records.values()].map(dedupeRecord), unreadDates: dates.unread, files: [file.info] };
}

/** "ADRIAN MANUEL HERNANDEZ" effective 2017-10-16 → "adrian-manuel-hernandez-2017-10-16". */
export function dplRecordId(name: string, effective: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug}-${effective}`;
}

/**
 * Legal forms and trade words that make a name a firm's; a name with none is a
 * person's. Compared per word, so "AS-SAYED" is not the Norwegian "AS".
 */
const ORGANIZATION_WORDS = new Set([
  "INC",
  "INCORPORATED",
  "LLC",
  "L.L.C",
  "LTD",
  "LTDA",
  "LIMITED",
  "CO",
  "COMPANY",
  "CORP",
  "CORPORATION",
  "GMBH",
  "AG",
  "KG",
  "S.A",
  "S.A.S",
  "SARL",
  "S.A.R.L",
  "S.L",
  "SRL",
  "S.R.L",
  "SPA",
  "S.P.A",
  "PLC",
  "PTE",
  "PVT",
  "BV",
  "B.V",
  "NV",
  "N.V",
  "OY",
  "A/S",
  "JSC",
  "OOO",
  "ZAO",
  "OAO",
  "PJSC",
  "FZE",
  "FZCO",
  "FZC",
  "LLP",
  "L.P",
  "LP",
  "P.C",
  "GROUP",
  "TRADING",
  "INDUSTRIES",
  "INDUSTRIE",
  "INDUSTRIAL",
  "INTERNATIONAL",
  "ENTERPRISE",
  "ENTERPRISES",
  "AIRLINE",
  "AIRLINES",
  "AIRWAYS",
  "AVIATION",
  "SHIPPING",
  "ELECTRONICS",
  "TECHNOLOGY",
  "TECHNOLOGIES",
  "SERVICES",
  "SOLUTIONS",
  "ENGINEERING",
  "SYSTEMS",
  "EXPORT",
  "EXPORTS",
  "IMPORT",
  "IMPORTS",
  "MANUFACTURING",
  "HOLDING",
  "HOLDINGS",
  "ASSOCIATES",
  "LABORATORY",
  "LABORATORIES",
  "INSTITUTE",
  "UNIVERSITY",
  "BANK",
  "ESTABLISHMENT",
  "AGENCY",
  "CONCERN",
  "FACTORY",
  "DISTRIBUTORS",
  "SUPPLY",
  "SUPPLIES",
  "EQUIPMENT",
  "LOGISTICS",
  "FREIGHT",
  "CARGO",
  "TRANSPORT",
  "TRANSPORTATION",
  "EMPRESA",
  "MANAGEMENT",
  "CONSULTING",
  "PRODUCTS",
  "MARINE",
  "MARITIME",
  "CENTER",
  "CENTRE",
  "WORKS",
  "COMPUTER",
  "COMPUTERS",
  "INVEST",
  "INVESTMENT",
  "INVESTMENTS",
]);

export function dplKind(name: string): RecordKind {
  const words = name
    .toUpperCase()
    .split(/[\s,()-]+/)
    .map((w) => w.replace(/\.+$/, ""));
  const firm = words.some((w) => ORGANIZATION_WORDS.has(w) || /\.(COM|NET|ORG)$/.test(w));
  return firm ? "organization" : "individual";
}

/** "FUYI SUN A/K/A FRANK SUN" → both names as aliases; the record keeps the name as written. */
function embeddedNames(name: string): string[] {
  const parts = name
    .split(/\s+[AD]\/[KB]\/A\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [];
}

function dplRemarks(standardOrder: string, expires: string | undefined, citation: string): string {
  return [
    standardOrder ? `Standard order: ${standardOrder.toUpperCase()}` : "",
    expires ? `Expires: ${expires}` : "",
    citation ? `FR citation: ${citation}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

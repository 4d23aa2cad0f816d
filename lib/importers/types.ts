import "server-only";
import type { AttributeKey, IdentifierType, NameType, RelationshipType } from "@/db/schema";

/** The kinds a list record can be; aircraft is a kind of its own (see docs/decisions). */
export type RecordKind = "vessel" | "organization" | "individual" | "aircraft";

/**
 * One record of an official list (an OFAC SDN entry, a UN list entry, a BIS
 * Denied Persons row), parsed and normalized, before it touches the database.
 * Parsers produce these; the import runner turns them into domain commands.
 */
export type ListRecord = {
  /** The record's id in its list: OFAC ent_num ("24508"), UN reference number ("KPi.066"), DPL row key. */
  recordId: string;
  kind: RecordKind;
  /** The primary name as the list writes it (OFAC individuals: "SURNAME, Given Names"). */
  name: string;
  /** Other names: a.k.a. → alias, f.k.a. → former_name, n.k.a. → new_name; original-script names too. */
  names: { value: string; type: Exclude<NameType, "primary" | "romanization">; lang?: string; weak?: boolean }[];
  identifiers: { type: IdentifierType; value: string; country?: string; note?: string }[];
  /**
   * Details: birth_date (ISO partial: "1962-02-18", "1971", "1962" for "circa 1962" with note "circa"),
   * birth_place, nationality (ISO 3166 alpha-2 where the country name maps, else the name as written),
   * gender ("male"/"female"), position (title), flag (alpha-2 where possible), vessel_type, tonnage,
   * gross_tonnage, build_year, country, address (one line: street, city, country).
   */
  attributes: { key: AttributeKey; value: string; note?: string }[];
  /** Program codes as the list writes them, trimmed ("DPRK4", "RUSSIA-EO14024", "KPi" for UN DPRK). */
  programs: string[];
  /** The listing date, only when the list gives one (UN LISTED_ON); never guessed. */
  listedOn?: string;
  /** Relationships to other records named in the remarks ("Linked To: NAME"). */
  links: { type: RelationshipType; targetName: string }[];
  remarks?: string;
  /**
   * The record asserts no designation: the list names the entity without
   * sanctioning it (a FtM entity that no Sanction in force names: a list of
   * counterparties, or of a company's own blocked parties). Its entity is
   * created and searchable all the same; a record that asserted designations
   * and now has this set has them ended, as a record gone from the list would.
   */
  noDesignation?: true;
  /**
   * Per program, what the list says of that designation (FtM Sanctions):
   * listing and start dates and reason. `program` null stands for a
   * designation that names none. Lists with one listing date a record
   * (`listedOn`) leave it out.
   */
  designationDetails?: {
    program: string | null;
    listedOn?: string;
    effectiveOn?: string;
    reason?: string;
    /** The authority as the source names it (FtM `authority`: words, not a code); kept, not used as the designation's authority. */
    authority?: string;
    /** A page of the authority's about this designation: cited as a second source. */
    sourceUrl?: string;
  }[];
  /** Where the record came from, for error messages and provenance: file name and 1-based line. */
  origin: { file: string; line: number };
};

/** The note a weak alias (OFAC's "weak a.k.a.") carries on the entity: too loose a name to merge records by. */
export const WEAK_ALIAS_NOTE = "weak alias (as the list marks it)";

/** A parse failure that names the file and the line. Parsers throw it; nothing has been written. */
export class ImportFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ""}: ${reason}`);
    this.name = "ImportFormatError";
  }
}

/**
 * A date the list gives that its parser could not read. The record is imported
 * without it (a date is never guessed) and the import reports it by record and
 * field, so a format the parser does not know is seen at once.
 */
export type UnreadDate = { recordId: string; field: string; value: string; file: string; line: number };

export type ParsedList = {
  records: ListRecord[];
  /** Every date value of the files that could not be read; empty when all were. */
  unreadDates: UnreadDate[];
  /** The publication date the file itself carries (UN dateGenerated), if any. */
  publishedOn?: string;
  /** SHA-256 of each input file, hex. */
  files: { name: string; sha256: string; bytes: number }[];
};

/**
 * A list whose records are read as the run takes them (the FtM reader's
 * second pass), so the publication is never in memory whole: `count` is
 * known before (from a first pass), and `records` can be iterated once.
 * `unreadDates` fills as the records are read.
 */
export type StreamedList = Omit<ParsedList, "records"> & {
  count: number;
  records: Iterable<ListRecord>;
  /** No record carries links (FtM): the run keeps no name or entity per record to resolve them. */
  withoutLinks?: true;
};

/** How many records a list holds, whether read whole or streamed. */
export const recordCount = (parsed: ParsedList | StreamedList): number => ("count" in parsed ? parsed.count : parsed.records.length);

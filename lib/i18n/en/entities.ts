import type { AttributeKey, BuiltInListKey, IdentifierType, NameType, RelationshipType } from "@/lib/domain/vocabulary";
import { joinList } from "@/lib/format";

/** Short names of the built-in lists, for cells that repeat them. */
const LIST_SHORT = {
  "ofac-sdn": "OFAC SDN",
  "ofac-consolidated": "OFAC Consolidated",
  "un-consolidated": "UN Consolidated",
  "bis-dpl": "BIS DPL",
} satisfies Record<BuiltInListKey, string> as Record<string, string | undefined>;

/** "A", "A and B", "A, B and C". */
const andList = (parts: string[]) => joinList(parts, "and");

export const entities = {
  list: {
    title: "Entities",
    lede: "Sanctioned vessels, organizations and individuals. Filter by kind, authority and status, or see the list as it stood on a past date.",
    filters: "Filter entities",
    name: "Name contains",
    kind: "Kind",
    authority: "Authority",
    status: "Status",
    statusAll: "Any",
    statusActive: "In force",
    statusDelisted: "Delisted",
    asOf: "As of date",
    asOfHint: "Designations in force on that day",
    count: (n: string) => (n === "1" ? "1 entity" : `${n} entities`),
    asOfNote: (date: string) => `Shown as of ${date}: designations in force on that day.`,
    statusUnknown: "Not known for the date",
    /** The count line of a past-date view: in force, resting on first-seen dates, not known. */
    day: {
      inForce: (n: string, date: string) => `${n} ${n === "1" ? "entity" : "entities"} in force on ${date}`,
      onFirstSeen: (n: string) =>
        `${n} of them only because a publication on or before that day listed them (the list gives no listing date: "listed on or before" the publication first seen in)`,
      unknown: (n: string, date: string) =>
        `${n} ${n === "1" ? "entity" : "entities"} not known for ${date}: no listing date, and first seen in a later publication`,
      unknownHeading: (date: string) => `Not known for ${date}`,
      unknownLede:
        "These designations carry no listing date of their own, and the first publication the tracker holds that lists them is later than the date asked for: they may or may not have been in force then. They are not counted above.",
      unknownAll: (n: string) => `All ${n} not known for the date`,
      seen: (date: string) => `on or before ${date}`,
      firstSeen: (date: string) => `first seen ${date}`,
    },
    columns: { name: "Name", kind: "Kind", authorities: "Designated by", firstListed: "First listed", status: "Status" },
    sortBy: "Sort by",
    sortOptions: { name: "Name", kind: "Kind", authority: "Designated by", listed: "First listed" },
    sortDir: "Order",
    sortDirOptions: { asc: "A to Z, oldest first", desc: "Z to A, newest first" },
    /** A sortable column's header link: what a click does, said after the column's name (the arrow is not read). */
    sortLink: {
      asc: { name: "sort A to Z", kind: "sort A to Z", authority: "sort A to Z", listed: "sort oldest first" },
      desc: { name: "sort Z to A", kind: "sort Z to A", authority: "sort Z to A", listed: "sort newest first" },
    } satisfies Record<"asc" | "desc", Record<"name" | "kind" | "authority" | "listed", string>>,
    /** How the "First listed" date is known (see lib/read/first-listing.ts). */
    firstListed: {
      listed: "listing date",
      seen: (list: string | null) => (list ? `first seen in ${list}` : "first seen in a list"),
      seenTitle: (date: string, list: string | null) =>
        `No listing date given: listed on or before ${date}, the date of the ${list ?? "list"} publication in which the tracker first saw it.`,
    },
    caption: "Entities matching the filters",
    empty: "No entity matches these filters.",
  },
  detail: {
    kindLabel: "Kind",
    /** The line under the name: sanctioned now or not, by whom, since when. */
    status: {
      label: "Sanctions status",
      since: {
        on: (date: string) => `since ${date}`,
        onOrBefore: (date: string) => `listed on or before ${date}`,
        unknown: "listing date not known",
      },
      until: (date: string) => `; delisting set for ${date}`,
      authority: (code: string, since: string) => `${code} (${since})`,
      inForce: (authorities: string[]) => `Sanctioned now by ${andList(authorities)}.`,
      notYet: (authorities: { code: string; from: string }[]) =>
        `Not in force yet: ${andList(authorities.map((a) => `designated by ${a.code}, in force from ${a.from}`))}.`,
      delisted: (since: string, delistings: { code: string; on: string }[]) =>
        `No designation in force since ${since}: ${andList(delistings.map((d, i) => `${i === 0 ? "delisted " : ""}by ${d.code} on ${d.on}`))}.`,
      none: "No designation recorded: the tracker holds no designation of this entity by any authority.",
      /** Split around the link to the publication. */
      onList: {
        before: "Still on ",
        link: (label: string, publishedOn: string) => `the ${label} published ${publishedOn}`,
        after: (recordId: string) => `, the latest publication imported (record ${recordId}).`,
      },
      goneFrom: {
        before: "Not on ",
        link: (label: string, removedOn: string) => `the ${label} published ${removedOn}`,
        after: (recordId: string) => ` (record ${recordId} was gone from it).`,
      },
    },
    withdrawn: (reason: string | null) => `This record was withdrawn${reason ? `: ${reason}` : ""}.`,
    names: "Names",
    nameColumns: { name: "Name", type: "Type", script: "Script", language: "Language" },
    /** Said once above the facts (names, identifiers, details) that come from the same sources. */
    sourceLine: (count: number): string => (count === 1 ? "Source:" : "Sources:"),
    nameOrigin: {
      listRecord: (list: string, recordId: string) => `${list} record ${recordId}`,
      announcement: (authority: string, announcedOn: string) => `${authority} announcement of ${announcedOn}`,
      unofficialRomanization: "none: romanized for the tracker (unofficial)",
      none: "none recorded",
    },
    /** Short names of the lists, for cells that repeat them. */
    listShort: LIST_SHORT,
    /** A list's short name: a built-in list's, or a created list's own name. */
    listShortOf(key: string): string {
      return LIST_SHORT[key] ?? key;
    },
    nameType: {
      primary: "primary name",
      alias: "also known as",
      former_name: "former name",
      new_name: "new name",
      romanization: "romanization",
    } satisfies Record<NameType, string>,
    script: { Latn: "Latin", Hang: "Hangul", Cyrl: "Cyrillic", Hani: "Han", Arab: "Arabic", Zyyy: "—" } as Record<string, string>,
    language: { ko: "Korean", ru: "Russian", en: "English" } as Record<string, string>,
    identifiers: "Identifiers",
    identifierType: {
      imo: "IMO number",
      mmsi: "MMSI",
      call_sign: "Call sign",
      imo_company: "IMO company number",
      registration: "Registration number",
      tax_id: "Tax number",
      passport: "Passport",
      national_id: "National ID",
      other: "Other",
    } satisfies Record<IdentifierType, string>,
    checkDigitValid: "check digit valid",
    checkDigitInvalid: "check digit INVALID",
    details: "Details",
    attribute: {
      flag: "Flag",
      vessel_type: "Vessel type",
      tonnage: "Tonnage",
      gross_tonnage: "Gross tonnage",
      build_year: "Build year",
      aircraft_model: "Aircraft model",
      birth_date: "Date of birth",
      birth_place: "Place of birth",
      nationality: "Nationality",
      gender: "Gender",
      position: "Position",
      country: "Country",
      address: "Address",
    } satisfies Record<AttributeKey, string>,
    remarks: "Remarks",
    designations: "Designations",
    noDesignations: "No designation recorded.",
    designationColumns: {
      program: "Program",
      listed: "Listed",
      effective: "Effective",
      delisted: "Delisted",
      reason: "Reason",
      sources: "Sources",
    },
    byAuthority: (code: string, name: string) => `${code} — ${name}`,
    legalBasis: "Legal basis",
    announcement: "Announcement",
    listRecord: "List record",
    delistingReason: "Delisting reason",
    relationships: "Relationships",
    relation: {
      outgoing: {
        owned_by: "Owned by",
        operated_by: "Operated by",
        linked_to: "Linked to",
        director_of: "Director of",
        subsidiary_of: "Subsidiary of",
      } satisfies Record<RelationshipType, string>,
      incoming: {
        owned_by: "Owns",
        operated_by: "Operates",
        linked_to: "Linked to",
        director_of: "Has director",
        subsidiary_of: "Parent of",
      } satisfies Record<RelationshipType, string>,
    },
    refs: "References in other lists",
    /** A record the entity was made from, one merged into it (its basis names the rule), a same-as claim. */
    refOrigin: { record: "record", merged: "merged record", same_as: "same as" },
    firstSeenIn: "first seen in the list published",
    listingDateNotPublished: "listing date not published",
    possibleMatches: "Possibly the same as",
    possibleMatchesLede:
      "Records that may be the same real thing as this one but were not merged: they have too little in common to be sure.",
    possibleMatchBasis: "In common",
    merged: "Merged records",
    mergedLede:
      "Records that official lists name separately and the tracker found to be this one real thing. Their names, designations and list records are this record's now, and their old addresses lead here.",
    mergedEntry: (name: string, id: number) => `${name} (formerly record ${id})`,
    mergedBy: "Merged because of",
    listRemarks: "Remarks in the official lists",
    listRemarksLede: "Each list's remarks on its record, word for word as the list published them.",
    /** Split around the link to the publication. */
    remarksIn: {
      before: "Remarks in the ",
      link: (label: string, publishedOn: string) => `${label} (published ${publishedOn})`,
      after: (recordId: string, removedOn: string | null) =>
        `, record ${recordId}${removedOn ? `, gone from the list published ${removedOn}` : ""}:`,
    },
    /** A list whose parser builds the text from several fields (BIS DPL): not the list's own words. */
    fieldsIn: {
      before: "From the fields of the ",
      link: (label: string, publishedOn: string) => `${label} (published ${publishedOn})`,
      after: (recordId: string, removedOn: string | null) =>
        `, record ${recordId}${removedOn ? `, gone from the list published ${removedOn}` : ""}:`,
    },
    publicationDateUnknown: "publication date unknown",
    listRecords: "List records",
    listRecordsCaption: "This entity's records in the official lists imported",
    listRecordColumns: { list: "List", record: "Record", firstSeen: "First seen", removed: "Removed" },
    listRecordOnList: "still on the list",
    timeline: "Timeline",
    timelineLede: "What changed in the world for this entity, newest first: when it happened, and when and by whom it was recorded.",
    sources: "Sources",
  },
};

import type { ChangeCategory, ChangeItem } from "@/lib/read/history";
import { formatNumber, plainText } from "@/lib/format";

const num = (v: unknown) => (typeof v === "number" ? formatNumber(v) : v == null ? "?" : plainText(v));
const str = plainText;

const NAME_TYPES: Record<string, string> = {
  primary: "name",
  alias: "name",
  former_name: "former name",
  new_name: "new name",
  romanization: "romanization",
};

/** The fields a change names, in words (designation, entity and list-entry fields). */
const FIELDS: Record<string, string> = {
  announcementId: "announcement",
  listedOn: "listing date",
  effectiveOn: "effective date",
  reason: "reason",
  legalBasis: "legal basis",
  status: "status",
  listRecordId: "list entry",
  firstSeenOn: "first seen",
  name: "name",
  remarks: "remarks",
  kind: "kind",
  names: "names",
  identifiers: "identifiers",
  attributes: "details",
  programs: "programs",
  links: "links",
};
const fields = (a: Record<string, unknown>) =>
  Object.keys(a)
    .map((k) => FIELDS[k] ?? k)
    .join(", ");
/** Fields with their values: "list entry 24508, first seen 2019-01-07"; a cleared one reads "none". */
const values = (a: Record<string, unknown>) =>
  Object.entries(a)
    .map(([k, v]) => `${FIELDS[k] ?? k} ${v == null ? "none" : str(v)}`)
    .join(", ");

/** Merge rules as the importer records them; those not listed read as written ("same IMO number"). */
const MERGE_RULES: Record<string, string> = { same_as: "a same-as reference the tracker held" };

/** Words for the change feed and entity timelines. Each describes what happened to the subject. */
export const changes = {
  /** The rule by which records were merged, or the basis of a possible match, in words. */
  mergeRule: (rule: string): string => MERGE_RULES[rule] ?? rule,
  categories: {
    designation: "Designations",
    delisting: "Delistings",
    revision: "List revisions",
    event: "Events",
    announcement: "Announcements",
    entity: "Entity records",
  } satisfies Record<ChangeCategory, string>,
  describe(c: ChangeItem): string {
    const a = c.after ?? {};
    const by = c.authorityCode ?? "?";
    switch (c.action) {
      case "designation.create":
        return `Designated by ${by}${c.programName ? ` under ${c.programName}` : ""}`;
      case "designation.update":
        return `Designation by ${by} amended: ${fields(a)}`;
      case "designation.list_entry":
        return `Designation by ${by}: ${values(a)}`;
      case "designation.status":
        return `Designation by ${by}: now ${str(a.status)}`;
      case "designation.listing_date":
        return `Designation by ${by}: listing date ${str(a.listedOn)} taken from its announcement`;
      case "designation.source.add":
        return `New source for the designation by ${by}`;
      case "designation.delist":
        return `Delisted by ${by}`;
      case "revision.create":
        return `${c.title ?? "Control list"}: ${num(a.total)} items (+${num(a.added)}, −${num(a.removed)})`;
      case "revision.update":
        return `${c.title ?? "Control list"}: revision corrected`;
      case "event.create":
      case "event.update":
        return c.title ?? str(a.title);
      case "announcement.create":
        return `Announced by ${by}: ${c.title ?? ""}`;
      case "announcement.update":
        return `Announcement updated: ${c.title ?? ""}`;
      case "announcement.source.add":
        return `${num(a.sourcesAdded)} ${a.sourcesAdded === 1 ? "source" : "sources"} added to the announcement: ${c.title ?? ""}`;
      case "entity.create": {
        const names = Array.isArray(a.names) ? (a.names as { value: string }[]).map((n) => n.value) : [];
        const ids = Array.isArray(a.identifiers)
          ? (a.identifiers as { type: string; value: string }[]).map((i) => `${i.type.toUpperCase().replace("_", " ")} ${i.value}`)
          : [];
        const parts = [names.length ? `also ${names.slice(0, 4).join("; ")}${names.length > 4 ? " …" : ""}` : "", ...ids.slice(0, 3)];
        return `Record created: ${str(a.name)}${parts.some(Boolean) ? ` (${parts.filter(Boolean).join("; ")})` : ""}`;
      }
      case "entity.merge":
        // Two entities found to be one (the cross-list reconciliation), or a list record merged as it was imported.
        if (a.mergedInto !== undefined) {
          const b = c.before ?? {};
          const refs = Array.isArray(b.refs) ? (b.refs as unknown[]).map(str).join(", ") : "";
          return `Record ${str(b.name)}${refs ? ` (${refs})` : ""} merged into this record (${changes.mergeRule(str(a.rule))})`;
        }
        return `List record ${str(a.ref)} merged into this record (${changes.mergeRule(str(a.rule))})`;
      case "entity.possible_match":
        return `Possibly the same as ${c.related?.name ?? "another record"} (${changes.mergeRule(str(a.basis))})`;
      case "designation.relist":
        return `Back on the list of ${by}`;
      case "list.record.change":
        // Rows written before the remarks were compared may name no field.
        return Object.keys(a).length ? `List entry changed: ${fields(a)}` : "List entry changed";
      case "list.record.return":
        return "List entry back on the list";
      case "list.record.reread":
        return Object.keys(a).length
          ? `List entry read again by a newer importer: ${fields(a)}`
          : "List entry read again by a newer importer";
      case "entity.update":
        return `Record updated: ${fields(a)}`;
      case "entity.withdraw":
        return "Record withdrawn (recorded by mistake)";
      case "entity.name.update":
        if (a.announcementId) return `Name ${str(a.value)}: as named in announcement ${str(a.announcementId)}`;
        return str(a.type) === "primary"
          ? "A name became the primary name"
          : `A name is now kept as ${str(a.type) === "alias" ? "an alias" : (NAME_TYPES[str(a.type)] ?? str(a.type))}`;
      case "designation.withdraw":
        return `Designation by ${by} withdrawn (recorded by mistake)`;
      case "entity.name.add":
        return `${NAME_TYPES[str(a.type)] ?? "name"} added: ${str(a.value)}${a.official === false ? " (unofficial)" : ""}`.replace(
          /^./,
          (x) => x.toUpperCase(),
        );
      case "entity.identifier.add":
        return `Identifier added: ${str(a.type).toUpperCase().replace("_", " ")} ${str(a.value)}`;
      case "entity.attribute.add":
        return `Detail added: ${str(a.key).replace("_", " ")} ${str(a.value)}`;
      case "entity.ref.add":
        return `Same as ${str(a.ref)}${a.basis ? ` (${str(a.basis)})` : ""}`;
      case "relationship.add": {
        const rel = str(a.type);
        const outgoing: Record<string, string> = {
          owned_by: "Owned by",
          operated_by: "Operated by",
          linked_to: "Linked to",
          director_of: "Director of",
          subsidiary_of: "Subsidiary of",
        };
        const incoming: Record<string, string> = {
          owned_by: "Owns",
          operated_by: "Operates",
          linked_to: "Linked to",
          director_of: "Has director",
          subsidiary_of: "Parent of",
        };
        const words = (c.related?.direction === "incoming" ? incoming : outgoing)[rel] ?? rel;
        return `Relationship added: ${words} ${c.related?.name ?? ""}`.trim();
      }
      default:
        return c.action;
    }
  },
  /** The reason to show beneath the description, unless the description already gives it (a merge's rule). */
  reasonOf(c: ChangeItem): string | null {
    if (!c.reason || c.action === "entity.merge" || c.action === "entity.possible_match") return null;
    return c.reason;
  },
  /** Which changes a list shows, and the link that shows the other choice (decision 0008). */
  recordKeeping: {
    worldOnly:
      "Changes in the world only, by the date they happened. Record keeping is hidden: records created, sources attached, list entries and first-seen dates, merges and possible matches.",
    withRecord:
      "Changes in the world and the tracker's record keeping (records created, sources attached, list entries and first-seen dates, merges and possible matches), by the date they happened or, for record keeping, were recorded.",
    show: "Show record keeping too",
    hide: "Show changes in the world only",
    include: "Include record keeping",
    includeHint: "records created, sources attached, list entries, first-seen dates, merges, possible matches",
    badge: "record keeping",
  },
  recordDetails: (n: number) => `${n} more ${n === 1 ? "detail" : "details"} recorded with it`,
  occurred: "Happened",
  recorded: "Recorded",
  by: "By",
  reason: "Reason",
};

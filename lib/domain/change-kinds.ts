import type {
  announcements,
  authorities,
  controlListRevisions,
  controlLists,
  designations,
  entityAttributes,
  entityIdentifiers,
  entityNames,
  entityRefs,
  events,
  lists,
  programs,
  relationships,
  Role,
  sources,
} from "@/db/schema";

/**
 * Every kind of change-log entry, declared once: its action name, its class,
 * the feed category it is shown under, and the type of its before and after.
 * The commands may log only these actions (`logChange` is typed by them), the
 * change log stores each row's class, and the feeds read the class, never the
 * wording of a row. Type-only imports keep this module free of the database,
 * so the read side and the write side both depend on it and not on each other.
 *
 * Classes (docs/decisions/0008-world-and-record-keeping.md):
 * - `world`: something an authority or the world did, dated when it did it:
 *   a designation, a delisting, a relisting, an amendment of a designation's
 *   terms or of a list entry, a control-list revision, an announcement, an event.
 * - `record`: what the tracker did to its own record: records created, names,
 *   identifiers and details added, sources attached, list entries and
 *   first-seen dates, the tracker's inferences (merges by rule, possible
 *   matches, dates filled in), withdrawals of mistakes, accounts and reference data.
 */
export const CHANGE_CLASSES = ["world", "record"] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** What the change feed groups changes by (its "kind of change" filter). */
export const CHANGE_CATEGORIES = ["designation", "delisting", "revision", "event", "announcement", "entity"] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];
type Designation = Row<typeof designations>;
type Delisting = Pick<Designation, "delistedOn" | "delistingReason" | "delistingSourceId">;
/** A designation's terms as its authority states them: a change to one is an amendment in the world. */
type DesignationTerms = Partial<Pick<Designation, "announcementId" | "listedOn" | "effectiveOn" | "reason" | "legalBasis">>;
/** Where the tracker found a designation in a list, and since which publication. */
type ListEntry = Partial<Pick<Designation, "listRecordId" | "firstSeenOn">>;
/** A list record's fields (name, names, identifiers, programs, remarks…) that differ between two publications. */
type ListRecordDiff = Record<string, unknown>;
type Withdrawal = { withdrawnAt: string | null; withdrawnReason: string | null };

/** The before and after a kind of change carries. */
type Payload = { before?: unknown; after?: unknown };
type KindSpec = { class: ChangeClass; category: ChangeCategory | null };
/** A declared kind: its class, its category (null: never in the public feed) and, as a type only, its payload. */
export type ChangeKind<P extends Payload = Payload> = KindSpec & { readonly payload?: P };

const kind = <P extends Payload>(spec: KindSpec): ChangeKind<P> => spec;

export const CHANGE_KINDS = {
  // Designations: the world's acts, and the tracker's keeping of them.
  "designation.create": kind<{ after: Partial<Designation> }>({ class: "world", category: "designation" }),
  "designation.update": kind<{ before: DesignationTerms; after: DesignationTerms }>({ class: "world", category: "designation" }),
  "designation.relist": kind<{ before: Delisting; after: { delistedOn: null } }>({ class: "world", category: "designation" }),
  "designation.delist": kind<{ before: Delisting; after: Delisting }>({ class: "world", category: "delisting" }),
  "designation.list_entry": kind<{ before: ListEntry; after: ListEntry }>({ class: "record", category: "designation" }),
  "designation.status": kind<{ before: Pick<Designation, "status">; after: Pick<Designation, "status"> }>({
    class: "record",
    category: "designation",
  }),
  "designation.source.add": kind<{ after: { sourceId: number } }>({ class: "record", category: "designation" }),
  /** A listing date the tracker gave an entered designation from its announcement (lib/domain/listing-date.ts). */
  "designation.listing_date": kind<{ before: { listedOn: null }; after: { listedOn: string } }>({
    class: "record",
    category: "designation",
  }),
  "designation.withdraw": kind<{ before: Withdrawal; after: Withdrawal }>({ class: "record", category: "designation" }),

  // List entries as publications give them.
  "list.record.change": kind<{ before: ListRecordDiff; after: ListRecordDiff }>({ class: "world", category: "designation" }),
  "list.record.return": kind<{ before: ListRecordDiff; after: ListRecordDiff }>({ class: "world", category: "designation" }),
  /** The same publication read again by a newer importer: what it now reads, not a change in the list. */
  "list.record.reread": kind<{ before: ListRecordDiff; after: ListRecordDiff }>({ class: "record", category: "designation" }),

  // Control lists, announcements, events.
  "revision.create": kind<{ after: Partial<Row<typeof controlListRevisions>> }>({ class: "world", category: "revision" }),
  "revision.update": kind<{ before: Partial<Row<typeof controlListRevisions>>; after: Partial<Row<typeof controlListRevisions>> }>({
    class: "world",
    category: "revision",
  }),
  "announcement.create": kind<{ after: Partial<Row<typeof announcements>> }>({ class: "world", category: "announcement" }),
  "announcement.update": kind<{ before: Partial<Row<typeof announcements>>; after: Partial<Row<typeof announcements>> }>({
    class: "world",
    category: "announcement",
  }),
  "announcement.source.add": kind<{ after: { sourcesAdded: number } }>({ class: "record", category: "announcement" }),
  "event.create": kind<{ after: Partial<Row<typeof events>> }>({ class: "world", category: "event" }),
  "event.update": kind<{ before: Partial<Row<typeof events>>; after: Partial<Row<typeof events>> }>({ class: "world", category: "event" }),

  // The tracker's record of an entity.
  "entity.create": kind<{ after: EntitySnapshot }>({ class: "record", category: "entity" }),
  "entity.update": kind<{ before: EntityFields; after: EntityFields }>({ class: "record", category: "entity" }),
  "entity.withdraw": kind<{ before: Withdrawal; after: Withdrawal & { designationsWithdrawn: number } }>({
    class: "record",
    category: "entity",
  }),
  "entity.name.add": kind<{ after: Partial<Row<typeof entityNames>> }>({ class: "record", category: "entity" }),
  "entity.name.update": kind<{ before: Partial<Row<typeof entityNames>>; after: Partial<Row<typeof entityNames>> }>({
    class: "record",
    category: "entity",
  }),
  "entity.identifier.add": kind<{ after: Partial<Row<typeof entityIdentifiers>> }>({ class: "record", category: "entity" }),
  "entity.attribute.add": kind<{ after: Partial<Row<typeof entityAttributes>> }>({ class: "record", category: "entity" }),
  "entity.ref.add": kind<{ after: Partial<Row<typeof entityRefs>> }>({ class: "record", category: "entity" }),
  "relationship.add": kind<{ after: Partial<Row<typeof relationships>> }>({ class: "record", category: "entity" }),
  // The tracker's inferences.
  /**
   * A list record merged into an entity as it was imported, or a whole entity
   * merged into another by the cross-list reconciliation (lib/commands/merge.ts).
   */
  "entity.merge": kind<
    | { before: { origin: string } | null; after: { ref: string; origin: "record"; rule: string } }
    | {
        before: { id: number; kind: string; name: string; refs: string[] };
        after: { mergedInto: number; rule: string; moved: Record<string, number>; possibleMatchesSettled?: unknown[] };
      }
  >({
    class: "record",
    category: "entity",
  }),
  "entity.possible_match": kind<{ after: { otherEntityId: number; basis: string } }>({ class: "record", category: "entity" }),

  // Reference data and accounts: record keeping never shown in the public feed.
  "authority.create": kind<{ after: Partial<Row<typeof authorities>> }>({ class: "record", category: null }),
  "authority.update": kind<{ before: Partial<Row<typeof authorities>>; after: Partial<Row<typeof authorities>> }>({
    class: "record",
    category: null,
  }),
  "program.create": kind<{ after: Partial<Row<typeof programs>> }>({ class: "record", category: null }),
  "program.update": kind<{ before: Partial<Row<typeof programs>>; after: Partial<Row<typeof programs>> }>({
    class: "record",
    category: null,
  }),
  "list.create": kind<{ after: Partial<Row<typeof lists>> }>({ class: "record", category: null }),
  "source.create": kind<{ after: Partial<Row<typeof sources>> }>({ class: "record", category: null }),
  "control_list.create": kind<{ after: Partial<Row<typeof controlLists>> }>({ class: "record", category: null }),
  "control_list.update": kind<{ before: Partial<Row<typeof controlLists>>; after: Partial<Row<typeof controlLists>> }>({
    class: "record",
    category: null,
  }),
  "user.create": kind<{ after: { email: string; name: string | null; role: Role; createdAt: string } }>({
    class: "record",
    category: null,
  }),
  "user.role": kind<{ before: { role: Role }; after: { role: Role } }>({ class: "record", category: null }),
  "user.disable": kind<{ before: { disabledAt: null }; after: { disabledAt: string; sessionsRevoked: number } }>({
    class: "record",
    category: null,
  }),
  "user.enable": kind<{ before: { disabledAt: string | null }; after: { disabledAt: null } }>({ class: "record", category: null }),
  "user.sessions.revoke": kind<{ after: { sessionsRevoked: number } }>({ class: "record", category: null }),
} as const satisfies Record<string, ChangeKind>;

type EntityFields = Partial<{ name: string; remarks: string | null }>;
/** A new entity with all its parts, as one entry (lib/commands/entities.ts). */
type EntitySnapshot = {
  kind: string;
  name: string;
  remarks: string | null;
  ref: string | null;
  names: { value: string; type: string; lang: string | null; official: boolean }[];
  identifiers: { type: string; value: string; country: string | null }[];
  attributes: { key: string; value: string }[];
  sameAs: string[];
};

export type ChangeAction = keyof typeof CHANGE_KINDS;
/** The before and after an action's entry carries. */
export type ChangePayload<A extends ChangeAction> = NonNullable<(typeof CHANGE_KINDS)[A]["payload"]>;

export const CHANGE_ACTIONS = Object.keys(CHANGE_KINDS) as ChangeAction[];

export function isChangeAction(action: string): action is ChangeAction {
  return Object.hasOwn(CHANGE_KINDS, action);
}

/** The class of an action; an action no longer declared (a row older than its kind) counts as record keeping. */
export function classOf(action: string): ChangeClass {
  return isChangeAction(action) ? CHANGE_KINDS[action].class : "record";
}

export function categoryOf(action: string): ChangeCategory | null {
  return isChangeAction(action) ? CHANGE_KINDS[action].category : null;
}

/** The actions shown under some feed categories (of either class). */
export function actionsIn(categories: readonly ChangeCategory[]): ChangeAction[] {
  return CHANGE_ACTIONS.filter((a) => {
    const c = CHANGE_KINDS[a].category;
    return c !== null && categories.includes(c);
  });
}

/** Whether a category holds any change in the world, or only the tracker's record keeping ("Entity records"). */
export const holdsWorldChanges = (category: ChangeCategory): boolean =>
  CHANGE_ACTIONS.some((a) => CHANGE_KINDS[a].category === category && CHANGE_KINDS[a].class === "world");

export const actionsOfClass = (cls: ChangeClass): ChangeAction[] => CHANGE_ACTIONS.filter((a) => CHANGE_KINDS[a].class === cls);

/**
 * A designation's fields by class: its terms (world) and the tracker's keeping
 * of it (record). A command that changes both logs one entry per class.
 */
export const DESIGNATION_TERMS = ["announcementId", "listedOn", "effectiveOn", "reason", "legalBasis"] as const;
export const DESIGNATION_LIST_ENTRY = ["listRecordId", "firstSeenOn"] as const;

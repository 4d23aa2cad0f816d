import type { ListingDateBasis } from "@/lib/domain/listing-date";
import type { ActorView } from "@/lib/read/actors";
import type { ShownValue } from "@/lib/read/audit-values";
import { common } from "./common";
import { entities } from "./entities";
import type { AttributeKey, IdentifierType, NameType } from "@/lib/domain/vocabulary";
import { clip, formatNumber, formatTimestamp as timestamp, programLabel } from "@/lib/format";

const REFERENCE: Record<Extract<ShownValue, { kind: "missing" }>["of"], string> = {
  source: "source",
  program: "program",
  entity: "entity",
  announcement: "announcement",
};

/** A value of the audit log (`lib/read/audit-values.ts`) in words. */
const shown = (v: ShownValue): string => {
  switch (v.kind) {
    case "none":
      return "none";
    case "text":
      return `“${clip(v.text, 160)}”`;
    case "number":
      return formatNumber(v.value);
    case "yesNo":
      return v.value ? "yes" : "no";
    case "date":
      return v.value;
    case "timestamp":
      return timestamp(v.value);
    case "source":
      return v.title ?? v.citation;
    case "program":
      return programLabel(v.name, v.code);
    case "entity":
      return v.name;
    case "announcement":
      return v.title;
    case "missing":
      return `${REFERENCE[v.of]} ${v.of === "announcement" ? v.id : `#${v.id}`} (no longer in the tracker)`;
    case "names":
      return v.items
        .map(
          (n) =>
            `${n.value}${n.type ? ` (${entities.detail.nameType[n.type as NameType] ?? n.type}${n.official === false ? `, ${common.unofficial}` : ""})` : ""}`,
        )
        .join("; ");
    case "identifiers":
      return v.items.map((i) => `${entities.detail.identifierType[i.type as IdentifierType] ?? i.type} ${i.value}`).join("; ");
    case "details":
      return v.items.map((d) => `${entities.detail.attribute[d.type as AttributeKey] ?? d.type} ${d.value}`).join("; ");
    case "list":
      return v.items.join("; ");
    case "structured":
      return clip(v.json, 200);
  }
};

/**
 * Who made a change, for editors: an account by its email, which tells two
 * people of one name apart, after its display name when it has one; anyone
 * else as the public pages name them.
 */
const who = (by: ActorView) => (by.kind === "account" && by.email ? (by.name ? `${by.name} (${by.email})` : by.email) : common.actor(by));

/** Field names of the change log as an editor reads them. */
const FIELD: Record<string, string> = {
  reason: "reason",
  legalBasis: "legal basis",
  listedOn: "listed on",
  effectiveOn: "effective on",
  delistedOn: "delisted on",
  delistingReason: "delisting reason",
  delistingSourceId: "delisting source",
  status: "status",
  withdrawnAt: "withdrawn at",
  withdrawnReason: "withdrawal reason",
  name: "name",
  remarks: "remarks",
  title: "title",
  summary: "summary",
  announcedOn: "announced on",
  declaredVessels: "declared vessels",
  declaredOrganizations: "declared organizations",
  declaredIndividuals: "declared individuals",
  programId: "program",
  sourcesAdded: "sources added",
  countBasis: "count basis",
  discrepancyNote: "discrepancy note",
  entityId: "entity",
  fromEntityId: "from",
  toEntityId: "to",
  otherEntityId: "other record",
  basis: "basis",
  rule: "merge rule",
  authorityCode: "authority",
  announcementId: "announcement",
  fulfilledById: "fulfilled by",
  sourceId: "source",
  reportedSourceId: "source of the reported figure",
  listRecordId: "list entry",
  firstSeenOn: "first seen in the list of",
  proposedOn: "proposed on",
  occurredOn: "happened on",
  publishedOn: "published on",
  recordedAt: "recorded at",
  updatedAt: "updated at",
  createdAt: "created at",
  disabledAt: "disabled at",
};
const field = (key: string) => FIELD[key] ?? key;

export type UsersNotice = "created" | "role" | "disabled" | "enabled" | "revoked" | "unchanged";
export type AnnouncementNotice = "created" | "updated" | "entered" | "attached" | "unchanged";
export type EntityNotice =
  | "saved"
  | "nameAdded"
  | "identifierAdded"
  | "detailAdded"
  | "designationSaved"
  | "delisted"
  | "designationWithdrawn"
  | "entityWithdrawn"
  | "relationshipAdded"
  | "unchanged";
export type UsersProblem = "notAllowed" | "notFound" | "lastAdmin" | "invalid" | "busy";

/** Words for the admin pages: /admin, accounts, data entry and corrections, revisions, the audit log. */
export const admin = {
  timestamp,
  shown,
  who,
  field,

  home: {
    title: "Admin",
    sessionEnds: "Session ends",
    sections: "Sections",
    users: "Accounts",
    usersHint: "Create accounts, set roles, disable accounts, end sessions.",
    imports: "Imports of the official lists",
    importsHint: "Each import, what it changed, and which publication each list is at. Lists are imported from the command line:",
    importsCommand: "npm run import -- <format> <path>",
    soon: "Coming later",
    soonItems: ["Review possible matches"],
    announcements: "Announcements and their designations",
    announcementsHint: "Enter a round of designations, vessel by vessel and person by person, and see what is still missing.",
    entities: "Entities",
    entitiesHint: "Correct a record, add names and identifiers, edit, delist or withdraw a designation.",
    exportControls: "Export-control revisions",
    exportControlsHint: "Record a revision of a control list, with its arithmetic checked.",
    audit: "Audit log",
    auditHint: "Every change, by whom, when, what and why.",
  },

  /** Words shared by the data-entry forms. */
  form: {
    required: "required",
    optional: "optional",
    saving: "Saving…",
    problems: "The form has problems; each is shown next to its field.",
    /** One line of the summary of a form's problems. */
    problemOf: (label: string, problem: string) => `${label}: ${problem}`,
    notAllowed: "Your role does not allow this change.",
    notFound: "This record does not exist (any more). Reload the page.",
    busy: "Another change was being written for longer than the form waits (an import of a list takes up to a minute). Nothing was saved; your values are still in the form. Submit it again in a moment.",
    conflict: (what: "entity" | "designation" | "announcement") =>
      `Someone else changed this ${what === "entity" ? "record" : what} after you opened the form. Nothing was saved. What changed:`,
    conflictChange: (key: string, before: ShownValue, after: ShownValue, by: string, at: string) =>
      `${field(key)}: ${shown(before)} → ${shown(after)}, by ${by} at ${timestamp(at)}`,
    conflictAction: (action: string, by: string, at: string) => `${action.replace(/[._]/g, " ")}, by ${by} at ${timestamp(at)}`,
    conflictUnknown: (version: number) => `The record is now at version ${version}.`,
    conflictAgain:
      "Your values are still in the form. Submit again to save them over these changes, or reload the page to start from the current values.",
    sourcesHint: "One link or citation per line.",
    dateHint: "YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.",
    countryHint: "Two letters (ISO 3166), such as RU or KP.",
    backToAdmin: "Admin home",
    publicPage: "See the public page",
    status: { confirmed: "Confirmed", reported: "Reported (one source)" },
  },

  /** Rules of the data-entry forms and commands that are not refusals (those are in `./errors.ts`). */
  rules: {
    eitherEntity: "Choose an existing entity or describe a new one, not both.",
    listingDateFilled: "Entered with no listing date where the entry form promised the announcement's date: that date is now stored.",
  },

  /** The search picker of an entity field (owner, operator, related entity). */
  picker: {
    noScriptHint: "The entity's number in the tracker (the number in its page's address).",
    searching: "Searching…",
    found: (n: number) =>
      n === 0 ? "No entity found." : `${formatNumber(n)} ${n === 1 ? "entity" : "entities"} found: choose with the arrow keys and Enter.`,
    tooShort: "Type at least two letters.",
    failed: "The search did not answer. Type again to retry.",
    results: (label: string) => `Entities for ${label.toLowerCase()}`,
    chosen: (label: string) => `${label}, chosen`,
    change: (name: string) => `Change ${name}`,
    clear: (name: string) => `Clear ${name}`,
    changeButton: "Change",
    clearButton: "Clear",
    entityNumber: (id: number) => `entity ${id}`,
    designatedBy: (authorities: string) => `designated by ${authorities}`,
    notDesignated: "not designated",
    matched: (name: string) => `matched “${name}”`,
  },

  validation: {
    tooLong: (max: number) => `Use at most ${formatNumber(max)} characters.`,
    unreadable: "Remove the control characters or the characters that could not be read (shown as \uFFFD).",
    date: "Use a date as YYYY-MM-DD, YYYY-MM or YYYY.",
    count: "Use a whole number, 0 or more.",
    reload: "The form is out of date: reload the page.",
    country: "Use a two-letter country code, such as RU or KP.",
    choose: "Choose one of the options.",
    announcementId: "Use lower-case letters, digits and hyphens (3 to 100), such as kr-2024-06-27.",
    authority: "Choose the authority.",
    title: "Enter the title.",
    announcedOn: "Enter the date it was announced.",
    sourcesNeeded: "Give at least one source: a link or a citation.",
    kind: "Choose the kind of entity.",
    name: "Enter the name.",
    entityNumber: "Use the number of an entity (pick it from the search).",
    pickFromList: "Choose one of the entities listed under the field, or clear it.",
    relatedEntity: "Choose the related entity: type part of its name and pick it from the list.",
    imoDigits: "An IMO number has seven digits.",
    imoCheckDigit: (imo: string) => `IMO ${imo} fails its check digit: check the number.`,
    mmsi: "An MMSI has nine digits.",
    birthDate: "Use a birth date as YYYY-MM-DD, YYYY-MM or YYYY.",
    identifierValue: "Enter the identifier.",
    detailValue: "Enter the value.",
    delistedOn: "Enter the date of the delisting.",
    delistingReason: "Give the reason for the delisting.",
    delistingSource: "Name the source of the delisting: a link or a citation.",
    withdrawReason: "Say why it is withdrawn.",
    effectiveOn: "Enter the date the revision takes effect.",
    added: "Enter how many items were added (0 if none).",
    removed: "Enter how many items were removed (0 if none).",
    total: "Enter the new total.",
    reportedSource: "Name the source of the reported figure.",
  },

  announcements: {
    title: "Announcements",
    lede: "Rounds of designations. Open one to enter its vessels, organizations and individuals and to see what is still missing.",
    create: "Enter a new announcement",
    caption: "Announcements, newest first",
    columns: { title: "Announcement", authority: "Authority", announced: "Announced", entered: "Entered of declared" },
    enter: (title: string) => `Enter the designations of ${title}`,
    none: "No announcement yet.",
    counts: (parts: string[]) => (parts.length ? parts.join("; ") : "nothing declared"),
    kindEntered: (entered: number, declared: number | null, kindPlural: string) =>
      declared === null ? `${entered} ${kindPlural.toLowerCase()}` : `${entered} of ${declared} ${kindPlural.toLowerCase()}`,

    form: {
      id: "Id",
      idHint: "Lower-case letters, digits and hyphens; it becomes the address, such as kr-2024-06-27.",
      authority: "Authority",
      chooseAuthority: "Choose…",
      title: "Title",
      program: "Program",
      programHint: "As the announcement names it, such as “ROK autonomous sanctions on North Korea”.",
      dates: "Dates",
      announcedOn: "Announced on",
      effectiveOn: "Effective on",
      declared: "Declared counts",
      declaredHint: "How many the announcement says it designates, per kind. Leave empty if it does not say.",
      declaredVessels: "Vessels",
      declaredOrganizations: "Organizations",
      declaredIndividuals: "Individuals",
      summary: "Summary",
      sources: "Sources",
      addSources: "Add sources",
      create: "Create the announcement",
      save: "Save the announcement",
    },

    new: {
      title: "New announcement",
      lede: "A round of designations as the authority announced it. Its designations are entered next, on its own page.",
    },

    detail: {
      breadcrumb: "Announcements",
      facts: { authority: "Authority", program: "Program", announced: "Announced", effective: "Effective", sources: "Sources", id: "Id" },
      countsHeading: "Declared and entered",
      countsCaption: "Designations declared and entered, by kind",
      columns: { kind: "Kind", declared: "Declared", entered: "Entered", missing: "Missing" },
      notDeclared: "not stated",
      enteredOf: (entered: number, declared: number | null, kind: string) =>
        declared === null ? `${entered} ${kind}` : `${entered} of ${declared} ${kind}`,
      missing: (n: number) => `${n} missing`,
      allEntered: "Every declared designation is entered.",
      missingNotice: (parts: string[]) => `Still missing: ${parts.join(", ")}.`,
      enteredHeading: "Entered",
      enteredCaption: "Designations entered under this announcement",
      enteredColumns: { name: "Name", kind: "Kind", reason: "Reason", delisted: "Delisted" },
      correct: (name: string) => `Correct ${name}`,
      noneEntered: "No designation entered yet.",
      editHeading: "Correct the announcement",
      addHeading: "Add a designation",
      addLede: (basis: ListingDateBasis) =>
        `Each designation takes the announcement's authority, program, effective date and sources, and is listed on the announcement's ${basis === "effective" ? "effective date" : "date (it states no effective date)"} unless you give another. Attach an entity already in the tracker, or describe a new one.`,
    },

    attach: {
      heading: "An entity already in the tracker",
      query: "Name or identifier",
      kind: "Kind",
      anyKind: "Any kind",
      search: "Search",
      caption: (q: string) => `Entities matching “${q}”`,
      none: (q: string) => `Nothing matches “${q}”. Describe a new entity below.`,
      button: "Attach",
      label: (name: string, kind: string) => `Attach ${name} (${kind}) to this announcement`,
      entered: "Entered under this announcement",
      designatedBy: (codes: string) => `Designated by ${codes}`,
      notDesignated: "No designation",
      entity: (id: number) => `Entity ${id}`,
    },

    entry: {
      heading: "A new entity",
      kind: "Kind of entity",
      name: "Name",
      nameHint: "As the announcement writes it, in its script (한금복, PATRIOT).",
      remarks: "Remarks",
      reason: "Reason for the designation",
      legalBasis: "Legal basis",
      legalBasisHint: "Only if the announcement names one apart from its program.",
      listedOn: "Listed on",
      listedOnHint: (date: string, basis: ListingDateBasis) =>
        `Left empty, ${date} is stored: the announcement's ${basis === "effective" ? "effective date" : "date, as it states no effective date"}. Give another date only if this designation was listed on another day.`,
      vessel: "The vessel",
      imo: "IMO number",
      imoHint: "Seven digits; the last is a check digit.",
      flag: "Flag",
      vesselType: "Vessel type",
      owner: "Owner",
      operator: "Operator",
      linkHint: "Type part of its name, in any script, and choose it from the list.",
      names: "Other names",
      namesHint: "Each name in any script (Hangul, Latin, Cyrillic), marked official when the authority publishes it.",
      nameValue: (n: number) => `Name ${n}`,
      nameType: (n: number) => `Type of name ${n}`,
      nameOfficial: (n: number) => `Name ${n} is official`,
      nameLang: (n: number) => `Language of name ${n}`,
      langUnknown: "Not stated",
      addName: "Add another name",
      birthDate: "Date of birth",
      nationality: "Nationality",
      position: "Position",
      country: "Country",
      identifiers: "Identifiers",
      identifierType: (n: number) => `Type of identifier ${n}`,
      identifierValue: (n: number) => `Identifier ${n}`,
      addIdentifier: "Add another identifier",
      designation: "The designation",
      submit: "Enter the designation",
    },

    notices: {
      created: "The announcement was recorded. Enter its designations below.",
      updated: "The announcement was saved.",
      entered: "The designation was entered.",
      attached: "The entity was attached to this announcement.",
      unchanged: "Nothing to change.",
    } satisfies Record<AnnouncementNotice, string>,
  },

  entities: {
    title: "Entities",
    lede: "Find a record to correct it: its name and remarks, names, identifiers and details, and its designations.",
    query: "Name or identifier",
    search: "Search",
    caption: (q: string) => `Entities matching “${q}”`,
    none: (q: string) => `Nothing matches “${q}”.`,
    editLink: (name: string) => `Correct ${name}`,

    edit: {
      breadcrumb: "Entities",
      title: (name: string) => `Correct: ${name}`,
      withdrawn: (at: string, reason: string | null) =>
        `This record was withdrawn on ${at.slice(0, 10)}${reason ? `: ${reason}` : ""}. It can no longer be changed.`,
      version: (v: number) => `Version ${v}`,
      record: "The record",
      name: "Name",
      nameHint: "A new name becomes the primary name; the old one is kept as an alias.",
      remarks: "Remarks",
      save: "Save the record",
      names: "Names",
      addName: "Add a name",
      nameValue: "Name",
      nameType: "Type",
      official: "Official (published by an authority)",
      lang: "Language",
      source: "Source",
      submitName: "Add the name",
      identifiers: "Identifiers",
      addIdentifier: "Add an identifier",
      identifierType: "Type",
      identifierValue: "Identifier",
      identifierCountry: "Country",
      submitIdentifier: "Add the identifier",
      details: "Details",
      addDetail: "Add a detail",
      detailKey: "Detail",
      detailValue: "Value",
      submitDetail: "Add the detail",
      relationships: "Related entities",
      addRelationship: "Add a related entity",
      relationshipType: "Relation",
      relationshipTypeHint: "What this entity is to the other one: owned by it, operated by it, its director, …",
      relatedEntity: "Related entity",
      relatedEntityHint: "Type part of its name, in any script, and choose it from the list.",
      relationshipStatus: "Status",
      submitRelationship: "Add the related entity",
      none: "None yet.",
      designations: "Designations",
      noDesignations: "No designation.",
      designation: (authority: string, program: string) => `${authority}: ${program}`,
      announcement: "Announcement",
      inForce: "In force",
      notInForce: "Not in force",
      delistedOn: (date: string, reason: string | null) => `Delisted on ${date}${reason ? `: ${reason}` : ""}`,
      designationWithdrawn: (at: string, reason: string | null) => `Withdrawn on ${at.slice(0, 10)}${reason ? `: ${reason}` : ""}`,
      editDesignation: "Correct the designation",
      reason: "Reason",
      legalBasis: "Legal basis",
      listedOn: "Listed on",
      effectiveOn: "Effective on",
      status: "Status",
      saveDesignation: "Save the designation",
      delist: "Delist",
      delistedOnField: "Delisted on",
      delistingReason: "Reason for the delisting",
      delistingSource: "Source of the delisting",
      delistingSourceHint: "A link or a citation of the notice that ends it.",
      submitDelist: "Delist",
      withdrawDesignation: "Withdraw as a mistake",
      withdrawDesignationLede:
        "For a designation that was never made (entered by mistake). It stays in the history with your reason. To end a real designation, delist it instead.",
      withdrawReason: "Why it is withdrawn",
      submitWithdrawDesignation: "Withdraw the designation",
      withdrawEntity: "Withdraw this record",
      withdrawEntityLede:
        "For a record that should never have been entered (a duplicate, a mistake). It and its designations stop counting everywhere; nothing is deleted and the history keeps your reason.",
      submitWithdrawEntity: "Withdraw the record",
      history: "Its changes in the audit log",
    },

    notices: {
      saved: "The record was saved.",
      nameAdded: "The name was added.",
      identifierAdded: "The identifier was added.",
      detailAdded: "The detail was added.",
      designationSaved: "The designation was saved.",
      delisted: "The designation was delisted.",
      designationWithdrawn: "The designation was withdrawn.",
      entityWithdrawn: "The record was withdrawn.",
      relationshipAdded: "The related entity was added.",
      unchanged: "Nothing to change.",
    } satisfies Record<EntityNotice, string>,
  },

  revisions: {
    title: (list: string) => `New revision: ${list}`,
    breadcrumb: "Export controls",
    lede: "The figures of one revision as published. The arithmetic (previous total + added − removed = total) is checked as you type and again when you save.",
    listsTitle: "Export-control lists",
    listsLede: "Record a revision of a list.",
    record: (name: string) => `Record a revision of ${name}`,
    current: (total: string, date: string) => `Current total: ${total} (since ${date})`,
    noRevisions: "No revision recorded yet.",
    effectiveOn: "Effective on",
    announcedOn: "Announced on",
    proposedOn: "Proposed on",
    added: "Items added",
    removed: "Items removed",
    total: "New total",
    countBasis: "New count basis",
    countBasisHint: (current: string | null) =>
      `Only when this revision counts the list in other units (e.g. HS 6-digit codes instead of items): name them, and its total is recorded as a restatement, not checked against the previous total.${current ? ` Leave empty if still counted in ${current}.` : ""}`,
    note: "Note",
    sources: "Sources",
    reported: "A figure reported elsewhere",
    reportedHint: "If another source reports a different previous total, record it with its source; it is shown beside the official one.",
    reportedPreviousTotal: "Reported previous total",
    reportedSource: "Source of the reported figure",
    discrepancyNote: "Record as a discrepancy",
    discrepancyHint: "When the published figures do not add up: say so here, and the revision is recorded as published, flagged.",
    check: "Arithmetic",
    checkWaiting: "Type the figures to check them.",
    checkPrevious: (date: string | null, total: string) =>
      date ? `previous total ${total} (effective ${date})` : `previous total ${total} (no earlier revision)`,
    checkOk: (sum: string, total: string) => `${sum} = ${total}: adds up.`,
    checkBad: (sum: string, expected: string, total: string) =>
      `${sum} = ${expected}, not ${total}: does not add up. Correct the figures, name the new count basis if it changed, or record the discrepancy with a note.`,
    /** "Count basis changed: 1,402 HS 6-digit codes plus 10 added, counted as 1,413 HS 10-digit codes. …" */
    checkRestated: (restated: string) =>
      `Count basis changed: ${restated}. Recorded as a restatement; the arithmetic is not checked across a change of basis.`,
    submit: "Record the revision",
    recorded: "The revision was recorded.",
  },

  audit: {
    title: "Audit log",
    lede: "Every change recorded by the tracker, newest first: who made it, when, what it changed (before → after), why, and from which source.",
    filters: "Filter the audit log",
    actor: "Who",
    anyone: "Anyone",
    entity: "Entity number",
    from: "Recorded from",
    to: "Recorded to",
    apply: "Apply",
    reset: "Reset",
    caption: "Changes, newest first",
    columns: { when: "When", who: "Who", what: "What", change: "Before → after", why: "Why", source: "Source" },
    count: (total: number, first: number, last: number) =>
      total === 0
        ? "No change matches."
        : `${formatNumber(total)} ${total === 1 ? "change" : "changes"}, showing ${formatNumber(first)}–${formatNumber(last)}`,
    subject: (type: string, id: string) => `${type.replace(/_/g, " ")} ${id}`,
    occurred: (date: string) => `happened ${date}`,
    run: (id: number) => `import #${id}`,
    noReason: "—",
    moreChanges: (n: number) => `and ${n} more`,
  },

  users: {
    title: "Accounts",
    lede: "Who may sign in, and with which role. Viewers may only read; editors may change data; administrators may also manage accounts. Every change here is kept in the change log.",
    back: "Admin home",
    tableCaption: "Accounts",
    email: "Email address",
    name: "Name",
    role: "Role",
    status: "Status",
    sessions: "Active sessions",
    created: "Created",
    actions: "Actions",
    active: "Active",
    disabled: (when: string) => `Disabled since ${when.slice(0, 10)}`,
    you: "(you)",
    noName: "—",
    none: "No accounts yet.",
    changeRole: "Change role",
    roleFor: (email: string) => `Role of ${email}`,
    saveRole: "Save role",
    disable: "Disable",
    disableLabel: (email: string) => `Disable ${email}`,
    enable: "Enable",
    enableLabel: (email: string) => `Enable ${email}`,
    revoke: "End sessions",
    revokeLabel: (email: string) => `End the sessions of ${email}`,

    create: {
      title: "Create an account",
      email: "Email address",
      name: "Name (optional)",
      role: "Role",
      password: "Password",
      passwordHint: "At least 12 characters. Give it to the person through a safe channel.",
      submit: "Create account",
      submitting: "Creating…",
      errorSummary: "The account could not be created:",
    },

    notices: {
      created: "The account was created.",
      role: "The role was changed.",
      disabled: "The account was disabled and its sessions ended.",
      enabled: "The account was enabled. It can sign in again.",
      revoked: "The account's sessions were ended.",
      unchanged: "Nothing to change.",
    } satisfies Record<UsersNotice, string>,
    problems: {
      notAllowed: "Only an active administrator may manage accounts.",
      notFound: "There is no such account.",
      lastAdmin: "This is the last active administrator: make another account an administrator first.",
      invalid: "The request was not valid.",
      busy: "Another change was being written for longer than this page waits (an import of a list takes up to a minute). Nothing was changed; try again in a moment.",
    } satisfies Record<UsersProblem, string>,
  },
};

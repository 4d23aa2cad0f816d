import type { EntityKind } from "@/lib/domain/vocabulary";
import { formatNumber } from "@/lib/format";

const KIND_WORDS: Record<EntityKind, [one: string, many: string]> = {
  vessel: ["vessel", "vessels"],
  organization: ["organization", "organizations"],
  individual: ["individual", "individuals"],
  aircraft: ["aircraft", "aircraft"],
};
const kindWord = (n: number, kind: EntityKind) => KIND_WORDS[kind][n === 1 ? 0 : 1];

/** Words for the announcement list and detail pages. */
export const announcements = {
  list: {
    title: "Announcements",
    lede: "Sanctions announcements as each authority made them, newest first: how many vessels, organizations and individuals each one declared, and how many of them the tracker has entered so far.",
    caption: "Announcements, newest first, with declared and entered designations",
    announced: "Announced",
    effective: "Effective",
    authority: "Authority",
    titleColumn: "Announcement",
    entries: "Declared vs entered",
    empty: "No announcements recorded yet.",
  },
  detail: {
    breadcrumb: "Announcements",
    breadcrumbLabel: "Breadcrumb",
    authority: "Authority",
    program: "Program",
    announced: "Announced",
    effective: "Effective",
    status: "Status",
    summary: "Summary",
    effects: "Effects",
    note: "Note",
    sources: "Sources",
    countsHeading: "Declared vs entered",
    countsCaption: "Designations declared in the announcement and entered in the tracker, by kind",
    kind: "Kind",
    declared: "Declared",
    entered: "Entered",
    enteredOfDeclared: "Entered of declared",
    missing: "Missing",
    entitiesHeading: "Designated entities",
    entitiesCaption: (kindPlural: string) => `${kindPlural} designated in this announcement`,
    noEntities: "No designations from this announcement have been entered.",
    name: "Name",
    otherNames: "Other names",
    listed: "Listed",
    delisted: "Delisted",
    reason: "Reason",
    notDelisted: "—",
    plan: {
      heading: "A plan, carried out later.",
      before: "This announcement set out a plan. It was carried out by ",
      after: (announcedOn: string, effectiveOn: string | null) =>
        ` (announced ${announcedOn}${effectiveOn ? `, effective ${effectiveOn}` : ""}). The designations are recorded there, so none are missing here.`,
      countsNote: "The counts below are what the plan declared; see the announcement that carried it out for what was entered.",
    },
    fulfills: {
      before: "This announcement carried out an earlier plan: ",
      after: (announcedOn: string) => ` (announced ${announcedOn}).`,
    },
    missingNotice: (missing: number) =>
      `${formatNumber(missing)} declared ${missing === 1 ? "designation is" : "designations are"} not yet entered in the tracker.`,
    allEntered: "Every declared designation is entered in the tracker.",
  },
  /** "4 of 4 vessels", "2 of 7 individuals". */
  enteredOf: (entered: number, declared: number, kind: EntityKind) =>
    `${formatNumber(entered)} of ${formatNumber(declared)} ${kindWord(declared, kind)}`,
  /** Entries for an announcement that gave no count for a kind. */
  enteredUndeclared: (entered: number, kind: EntityKind) => `${formatNumber(entered)} ${kindWord(entered, kind)} (no count declared)`,
  missing: (n: number) => `${formatNumber(n)} missing`,
  carriedOutBy: "Carried out by",
  noneDeclared: "None declared",
  notDeclared: "Not declared",
};

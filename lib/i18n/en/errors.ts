import type { EditedSubject, RefusalCode, RefusalParams } from "@/lib/commands/refusals";
import { formatNumber } from "@/lib/format";
import { auth } from "./auth";

type Sentences<C extends RefusalCode> = {
  /** The refusal as a whole (the form's message, the CLI's line). */
  message: (p: RefusalParams[C]) => string;
  /** Next to a field, when it says less than the whole (default: the message). */
  field?: (p: RefusalParams[C]) => string;
};

const record = (what: EditedSubject) => (what === "entity" ? "record" : what);

/** The sentence of every refusal of the domain commands (`lib/commands/refusals.ts`), by its code. */
const refusals: { [C in RefusalCode]: Sentences<C> } = {
  "input.invalid": {
    message: ({ what, first }) => `Invalid ${what}${first ? `: ${first.path ? `${first.path}: ` : ""}${first.message}` : ""}`,
  },
  "record.stale": {
    message: (p) =>
      `This ${record(p.subjectType)} was changed by someone else since you opened it (version ${p.expectedVersion}, now ${p.currentVersion}); nothing was saved.`,
  },
  "record.withdrawn": { message: (p) => `This ${record(p.subjectType)} was withdrawn on ${p.on}; it can no longer be changed.` },
  "authority.unknown": { message: (p) => `Unknown authority ${p.code}` },
  "announcement.not_found": { message: (p) => `No announcement ${p.id}`, field: () => "Unknown announcement" },
  "announcement.unknown": { message: (p) => `No announcement ${p.id}`, field: () => "Unknown announcement" },
  "announcement.fulfilled_by_unknown": { message: (p) => `Unknown announcement ${p.id}`, field: (p) => `No announcement ${p.id}` },
  "announcement.id_taken": { message: (p) => `An announcement with the id ${p.id} exists already: choose another id.` },
  "announcement.other_authority": {
    message: (p) => `Announcement ${p.id} is by ${p.authority}, not ${p.expected}`,
    field: () => "The announcement is by another authority",
  },
  "designation.not_found": { message: (p) => `No designation ${p.id}` },
  "designation.delisted_already": { message: (p) => `Already delisted on ${p.on}` },
  "designation.delisting_before_listing": {
    message: (p) => `The delisting date is before the listing (${p.start})`,
    field: (p) => `Must not be before ${p.start}`,
  },
  "designation.starts_after_delisting": { message: (p) => `The designation cannot start after its delisting (${p.delistedOn}).` },
  "entity.not_found": { message: (p) => `No entity ${p.id}`, field: () => "Unknown entity" },
  "entity.unknown": { message: (p) => `No entity ${p.id}`, field: () => "Unknown entity" },
  "entity.kind_mismatch": { message: (p) => `${p.ref} is a ${p.kind}, not a ${p.expected}` },
  "ref.taken": {
    message: (p) => `${p.ref} already belongs to entity ${p.owner}`,
    field: (p) => `${p.ref} already belongs to another entity`,
  },
  "entry.announcement_unknown": { message: (p) => `There is no announcement ${p.id}.` },
  "entry.entity_unknown": { message: (p) => `There is no entity ${p.id}.` },
  "entry.entity_withdrawn": { message: (p) => `${p.name} was withdrawn; it cannot be designated.` },
  "entry.entity_merged": { message: (p) => `${p.name} was merged into entity ${p.into}; designate that one.` },
  "entry.self_link": { message: () => "An entity cannot be linked to itself." },
  "entry.entered_already": { message: (p) => `${p.name} is entered under this announcement already.` },
  "entry.designation_withdrawn": { message: (p) => `${p.name} has a withdrawn designation by ${p.authority} under ${p.program}.` },
  "entry.designated_already": {
    message: (p) =>
      `${p.name} is designated by ${p.authority} under ${p.program} already${p.announcementId ? ` (announcement ${p.announcementId})` : ""}${p.delistedOn ? `, delisted on ${p.delistedOn}` : ""}.`,
  },
  "merge.merged_already": {
    message: (p) => `Entity ${p.id} was merged into entity ${p.into}`,
    field: () => "Already merged into another entity",
  },
  "merge.withdrawn": { message: (p) => `Entity ${p.id} is withdrawn`, field: () => "Withdrawn" },
  "merge.kind_mismatch": {
    message: (p) => `Entity ${p.from} is a ${p.fromKind}, entity ${p.into} a ${p.intoKind}`,
    field: () => "Not the same kind of entity",
  },
  "merge.identifier_conflict": {
    message: (p) => `Entities ${p.from} and ${p.into} differ on ${p.identifier}: ${p.detail}`,
    field: (p) => `A different ${p.identifier.replace("_", " ")}: ${p.detail}`,
  },
  "control_list.unknown": { message: (p) => `No control list ${p.key}`, field: () => "Unknown list" },
  "revision.mismatch": {
    message: (p) =>
      `${formatNumber(p.previousTotal)} + ${formatNumber(p.added)} − ${formatNumber(p.removed)} = ${formatNumber(p.expectedTotal)}, not ${formatNumber(p.total)}. ` +
      "Correct the figures, name the new count basis if it changed, or record the discrepancy with a note.",
  },
  "revision.reported_source_missing": {
    message: () => "A reported figure needs its source",
    field: () => "Name the source of the reported figure",
  },
  "revision.exists": { message: (p) => `A revision effective ${p.effectiveOn} is recorded already.` },
  "user.not_found": { message: () => auth.rules.userNotFound },
  "user.last_admin": { message: () => auth.rules.lastAdmin },
  "user.email_taken": { message: () => auth.validation.emailTaken },
  "watchlist.not_found": { message: (p) => `No watchlist ${p.id}` },
  "watchlist.item_not_found": { message: (p) => `No counterparty ${p.id} on this watchlist` },
  "watchlist.not_allowed": { message: () => "Only the watchlist's owner or an administrator may do this" },
};

/** Refusals in words: the admin forms, the CLI and the error's own message render through these. */
export const errors = {
  refusals,
  /** The sentence of a refusal. */
  refusal: <C extends RefusalCode>(code: C, params: RefusalParams[C]): string => (refusals[code] as Sentences<C>).message(params),
  /** The sentence next to one of the refusal's fields. */
  refusalField: <C extends RefusalCode>(code: C, params: RefusalParams[C]): string => {
    const s = refusals[code] as Sentences<C>;
    return (s.field ?? s.message)(params);
  },
};

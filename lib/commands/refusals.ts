import "server-only";
/**
 * Every refusal a domain command can give: its code, the parameters it carries
 * and whether it is an invalid input, a missing record or a conflict with what
 * is stored. The sentence shown for each is in the message catalog
 * (`lib/i18n/en/errors.ts`), so a command never writes English.
 */

/** The kind of record a version check or a withdrawal is about. */
export type EditedSubject = "entity" | "designation" | "announcement";

/**
 * Optimistic concurrency: an edit opened at `expectedVersion` found the row
 * at `currentVersion`. `current` holds the row as it is now.
 */
export type ConflictDetails = {
  subjectType: EditedSubject;
  subjectId: string;
  expectedVersion: number;
  currentVersion: number;
  current: Record<string, unknown>;
};

export type Issue = { path: string; message: string };

export type RefusalParams = {
  /** The input failed its zod schema; the issues say where. */
  "input.invalid": { what: string; first?: Issue };
  "record.stale": ConflictDetails;
  "record.withdrawn": { subjectType: EditedSubject; on: string };
  "authority.unknown": { code: string };
  /** An update names an announcement that does not exist. */
  "announcement.not_found": { id: string };
  /** An input refers to an announcement that does not exist. */
  "announcement.unknown": { id: string };
  "announcement.fulfilled_by_unknown": { id: string };
  "announcement.id_taken": { id: string };
  "announcement.other_authority": { id: string; authority: string; expected: string };
  "designation.not_found": { id: number };
  "designation.delisted_already": { on: string };
  "designation.delisting_before_listing": { start: string };
  "designation.starts_after_delisting": { delistedOn: string };
  /** A command on an entity that does not exist. */
  "entity.not_found": { id: number };
  /** An input refers to an entity that does not exist. */
  "entity.unknown": { id: number };
  "entity.kind_mismatch": { ref: string; kind: string; expected: string };
  "ref.taken": { ref: string; owner: number };
  "entry.announcement_unknown": { id: string };
  "entry.entity_unknown": { id: number };
  "entry.entity_withdrawn": { name: string };
  "entry.entity_merged": { name: string; into: number };
  "entry.self_link": Record<string, never>;
  "entry.entered_already": { name: string };
  "entry.designation_withdrawn": { name: string; authority: string; program: string };
  "entry.designated_already": {
    name: string;
    authority: string;
    program: string;
    announcementId: string | null;
    delistedOn: string | null;
  };
  "merge.merged_already": { id: number; into: number };
  "merge.withdrawn": { id: number };
  "merge.kind_mismatch": { from: number; fromKind: string; into: number; intoKind: string };
  "merge.identifier_conflict": { from: number; into: number; identifier: string; detail: string };
  "control_list.unknown": { key: string };
  "revision.mismatch": { previousTotal: number; added: number; removed: number; expectedTotal: number; total: number };
  "revision.reported_source_missing": Record<string, never>;
  "revision.exists": { effectiveOn: string };
  "user.not_found": Record<string, never>;
  "user.last_admin": Record<string, never>;
  "user.email_taken": Record<string, never>;
  "watchlist.not_found": { id: number };
  "watchlist.item_not_found": { id: number };
  "watchlist.not_allowed": Record<string, never>;
};

export type RefusalCode = keyof RefusalParams;
export type RefusalKind = "invalid" | "not_found" | "conflict";

export const REFUSAL_KINDS: { [C in RefusalCode]: RefusalKind } = {
  "input.invalid": "invalid",
  "record.stale": "conflict",
  "record.withdrawn": "conflict",
  "authority.unknown": "invalid",
  "announcement.not_found": "not_found",
  "announcement.unknown": "invalid",
  "announcement.fulfilled_by_unknown": "invalid",
  "announcement.id_taken": "conflict",
  "announcement.other_authority": "invalid",
  "designation.not_found": "not_found",
  "designation.delisted_already": "conflict",
  "designation.delisting_before_listing": "invalid",
  "designation.starts_after_delisting": "invalid",
  "entity.not_found": "not_found",
  "entity.unknown": "invalid",
  "entity.kind_mismatch": "conflict",
  "ref.taken": "conflict",
  "entry.announcement_unknown": "not_found",
  "entry.entity_unknown": "invalid",
  "entry.entity_withdrawn": "invalid",
  "entry.entity_merged": "invalid",
  "entry.self_link": "invalid",
  "entry.entered_already": "conflict",
  "entry.designation_withdrawn": "conflict",
  "entry.designated_already": "conflict",
  "merge.merged_already": "conflict",
  "merge.withdrawn": "conflict",
  "merge.kind_mismatch": "invalid",
  "merge.identifier_conflict": "conflict",
  "control_list.unknown": "invalid",
  "revision.mismatch": "invalid",
  "revision.reported_source_missing": "invalid",
  "revision.exists": "conflict",
  "user.not_found": "not_found",
  "user.last_admin": "conflict",
  "user.email_taken": "conflict",
  "watchlist.not_found": "not_found",
  "watchlist.item_not_found": "not_found",
  "watchlist.not_allowed": "invalid",
};

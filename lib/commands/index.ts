import "server-only";
/**
 * The write path. The default-data loader, the importers and the admin forms
 * change data only through these commands; each validates its input, writes in
 * one transaction and appends its change-log rows in that same transaction.
 */
export { DomainError, type Actor, type CommandContext, type Issue } from "./context";
export { upsertAuthority, ensureAuthority, ensureProgram } from "./reference";
export { createList, type ListCreation } from "./lists";
export { ensureSource } from "./sources";
export {
  upsertEntity,
  updateEntity,
  addName,
  addIdentifier,
  addAttribute,
  addSameAs,
  addRelationship,
  findEntityIdByRef,
  mergeRecord,
  recordPossibleMatch,
} from "./entities";
export { upsertAnnouncement, createAnnouncement, updateAnnouncement } from "./announcements";
export { designate, delist, updateDesignation } from "./designations";
export { enterDesignation } from "./entry";
export { fillEnteredListingDates } from "./entry-listing-dates";
export { withdrawDesignation, withdrawEntity } from "./withdrawals";
export { mergeEntities, type MergeResult } from "./merge";
export { reconcileEntities, reconcileDatabase, matchCounts, type ReconcileResult, type MatchCounts } from "./reconcile";
export { isVersionConflict, type ConflictDetails } from "./concurrency";
export { upsertControlList, recordRevision, createRevision } from "./control-lists";
export { recordEvent } from "./events";
export { createUser, changeRole, disableUser, enableUser, revokeSessions, PermissionError, CLI_ACTOR } from "./users";

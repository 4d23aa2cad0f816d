import "server-only";
/**
 * The read path. Pages, API routes and exports read through these functions,
 * which return plain objects; only this layer knows the schema and SQL.
 */
export {
  ENTITY_STATUS_FILTERS,
  ENTITY_SORTS,
  SORT_DIRECTIONS,
  listEntities,
  mergedIntoOf,
  type EntityFilters,
  type EntityPage,
  type EntityListRow,
  type EntityStatusFilter,
  type EntitySort,
  type SortDirection,
} from "./entities";
export type { FirstListing } from "./first-listing";
export {
  getEntity,
  getEntityForAdmin,
  groupBySources,
  type EntityDetail,
  type EntityForAdmin,
  type EntityRelationship,
  type DesignationView,
  type SourceGroup,
} from "./entity";
export { listAnnouncements, getAnnouncement, type AnnouncementSummary, type AnnouncementDetail, type KindCount } from "./announcements";
export {
  listChanges,
  CHANGE_CATEGORIES,
  FEED_CATEGORIES,
  type ChangeItem,
  type ChangeCategory,
  type ChangeFilters,
  type ChangePage,
} from "./history";
export { listControlLists, getControlList, type ControlListView, type RevisionView } from "./control-lists";
export { getHomeSummary, type HomeSummary } from "./home";
export { listAuthorities, programNamesByCode } from "./authorities";
export type { SourceRef } from "./sources";
export { listImportRuns, getImportRun, listSourceHealth } from "./imports";
export { iterateEntityExports, iterateEntityExportBatches, type EntityExport } from "./export";
export { listUsers, type UserListRow } from "./users";

import "server-only";
export { getEntity, type EntityDetail } from "./detail";
export { getEntityForAdmin, type EntityForAdmin } from "./for-admin";
export type { DesignationView, AuthorityDesignations } from "./designations";
export type { EntityName, NameOrigin } from "./names";
export type { EntityIdentifier, EntityAttribute, EntityRef } from "./facts";
export type { EntityRelationship } from "./relationships";
export { groupBySources, type SourceGroup } from "./source-groups";

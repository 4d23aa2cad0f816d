import type { z } from "zod";
import { announcementCreateFormSchema, announcementEditFormSchema } from "@/lib/validation/announcement-form";
import {
  attachDesignationFormSchema,
  delistFormSchema,
  designationEditFormSchema,
  newDesignationFormSchema,
  withdrawDesignationFormSchema,
} from "@/lib/validation/designation-form";
import {
  addDetailFormSchema,
  addIdentifierFormSchema,
  addNameFormSchema,
  entityEditFormSchema,
  withdrawEntityFormSchema,
} from "@/lib/validation/entity-form";
import { revisionFormSchema } from "@/lib/validation/revision-form";

/**
 * Every admin form's schema by name, so a server page can tell a client form
 * which one to run (a schema itself cannot cross from server to client).
 * The server actions import the same schemas directly.
 */
export const FORM_SCHEMAS = {
  announcementCreate: announcementCreateFormSchema,
  announcementEdit: announcementEditFormSchema,
  attachDesignation: attachDesignationFormSchema,
  newDesignation: newDesignationFormSchema,
  designationEdit: designationEditFormSchema,
  delist: delistFormSchema,
  withdrawDesignation: withdrawDesignationFormSchema,
  entityEdit: entityEditFormSchema,
  addName: addNameFormSchema,
  addIdentifier: addIdentifierFormSchema,
  addDetail: addDetailFormSchema,
  withdrawEntity: withdrawEntityFormSchema,
  revision: revisionFormSchema,
} satisfies Record<string, z.ZodType>;

export type FormSchemaName = keyof typeof FORM_SCHEMAS;

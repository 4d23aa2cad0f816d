import { admin } from "./en/admin";
import { auth } from "./en/auth";
import { common } from "./en/common";
import { entities } from "./en/entities";
import { exportControls } from "./en/export-controls";
import type { Messages } from "./index";

/** The catalog's parts the admin forms read in the browser, in the catalog's shape. */
export type FormMessages = Pick<Messages, "admin" | "auth" | "common" | "entities" | "exportControls">;

/**
 * The words of the admin forms and of the schemas they validate with: those
 * run in the browser too (on submit, before the server action runs the same
 * schema), so they cannot take the catalog from getMessages(), which is
 * server-only. Only these parts reach the admin pages' client chunks, never the
 * public pages' ones. English only, as getMessages() is today.
 */
export function getFormMessages(): FormMessages {
  return { admin, auth, common, entities, exportControls };
}

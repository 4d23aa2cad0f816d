import "server-only";
import { en } from "./en";

/**
 * Every word on screen comes from a message catalog. English is the only one
 * today; a Korean catalog of the same shape (`Messages`) can follow without
 * touching the pages.
 */
export type Messages = typeof en;

export function getMessages(): Messages {
  return en;
}

"use server";

import { requireUser } from "@/lib/auth/guard";
import { createAnnouncement, updateAnnouncement } from "@/lib/commands/announcements";
import { enterDesignation } from "@/lib/commands/entry";
import type { AnnouncementNotice } from "@/lib/i18n/en/admin";
import type { FormState } from "../_lib/form-state";
import { nonce, runForm, sourcesField } from "../_lib/run-form";
import { getLocale } from "@/lib/i18n/request";
import { announcementFormSchemas } from "./schema";

/**
 * Announcements and their designations. Every action checks the session and
 * the role itself (a server action can be called without its page), then
 * validates the form with the schema its page used, and runs one command.
 */

const pageOf = (id: string | undefined) =>
  id && /^[a-z0-9][a-z0-9-]{2,99}$/.test(id) ? `/admin/announcements/${id}` : "/admin/announcements";
const idIn = (formData: FormData) => {
  const id = formData.get("announcementId") ?? formData.get("id");
  return typeof id === "string" ? id.trim() : undefined;
};
/** The forms' schemas in the page's language: a refusal is said in the language the form was shown in. */
const schemas = async () => announcementFormSchemas(await getLocale());
const done = (id: string, notice: AnnouncementNotice, anchor = "") => `${pageOf(id)}?done=${notice}&n=${nonce()}${anchor}`;

export async function createAnnouncementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", "/admin/announcements/new");
  return runForm(
    user,
    formData,
    (await schemas()).announcementCreateFormSchema,
    (ctx, input) => done(createAnnouncement(ctx, input), "created"),
    fieldOfAnnouncement,
  );
}

export async function updateAnnouncementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(idIn(formData)));
  return runForm(
    user,
    formData,
    (await schemas()).announcementEditFormSchema,
    (ctx, input) => done(input.id, updateAnnouncement(ctx, input) ? "updated" : "unchanged"),
    fieldOfAnnouncement,
  );
}

/** A new entity, created and designated in one transaction (`enterDesignation`). */
export async function enterDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(idIn(formData)));
  return runForm(
    user,
    formData,
    (await schemas()).newDesignationFormSchema,
    (ctx, input) => {
      enterDesignation(ctx, input);
      return done(input.announcementId, "entered", "#entered");
    },
    fieldOfEntry(formData.get("kind") === "vessel"),
  );
}

/** An existing entity, picked from the search, designated under the announcement. */
export async function attachDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(idIn(formData)));
  return runForm(
    user,
    formData,
    (await schemas()).attachDesignationFormSchema,
    (ctx, input) => {
      enterDesignation(ctx, input);
      return done(input.announcementId, "attached", "#entered");
    },
    () => "form",
  );
}

/** Where a refusal of the command belongs on the new-entity form (a vessel's one identifier is its IMO number). */
const fieldOfEntry =
  (vessel: boolean) =>
  (path: string): string | undefined => {
    if (path === "entity.name") return "name";
    if (path === "links.owned_by") return "ownerId";
    if (path === "links.operated_by") return "operatorId";
    const identifier = /^entity\.identifiers\.(\d+)\.value$/.exec(path);
    if (identifier) return vessel ? "imo" : `identifiers.${identifier[1]}.value`;
    const name = /^entity\.(names\.\d+\.(?:value|type|lang))$/.exec(path);
    if (name) return name[1];
    if (path === "entity.remarks") return "remarks";
    return undefined;
  };

const DECLARED: Record<string, string> = {
  "declared.vessel": "declaredVessels",
  "declared.organization": "declaredOrganizations",
  "declared.individual": "declaredIndividuals",
};

/** Where a refusal of the announcement commands belongs on their forms. */
function fieldOfAnnouncement(path: string): string | undefined {
  return sourcesField(path) ?? DECLARED[path];
}

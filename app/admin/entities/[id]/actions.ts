"use server";

import { requireUser } from "@/lib/auth/guard";
import { delist, updateDesignation } from "@/lib/commands/designations";
import { addAttribute, addIdentifier, addName, addRelationship, updateEntity } from "@/lib/commands/entities";
import { withdrawDesignation, withdrawEntity } from "@/lib/commands/withdrawals";
import { getDesignationForEdit, getEntityForEdit } from "@/lib/read/admin";
import { parseId } from "@/lib/validation/id";
import type { EntityNotice } from "@/lib/i18n/en/admin";
import type { FormState } from "../../_lib/form-state";
import { nonce, runForm } from "../../_lib/run-form";
import { getLocale } from "@/lib/i18n/request";
import { entityFormSchemas } from "./schema";

/**
 * Corrections of one entity on /admin/entities/[id]. Every action checks the
 * session and the role itself, validates the form with the schema its page
 * used, and runs one command; edits carry the version they were opened at.
 */

const pageOf = (entityId: number | undefined) => (entityId ? `/admin/entities/${entityId}` : "/admin/entities");
const numberIn = (formData: FormData, name: string) => {
  return parseId(formData.get(name)) ?? undefined;
};
/** The entity whose page a form is on (designation forms carry it too, to come back to it). */
const entityOf = (formData: FormData) => numberIn(formData, "entityId");
const designationEntity = (designationId: number) => getDesignationForEdit(designationId)?.entityId ?? 0;
/** The forms' schemas in the page's language: a refusal is said in the language the form was shown in. */
const schemas = async () => entityFormSchemas(await getLocale());
const done = (entityId: number, notice: EntityNotice, anchor = "") => `${pageOf(entityId)}?done=${notice}&n=${nonce()}${anchor}`;

export async function updateEntityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(numberIn(formData, "entityId")));
  return runForm(user, formData, (await schemas()).entityEditFormSchema, (ctx, input) =>
    done(input.entityId, updateEntity(ctx, input) ? "saved" : "unchanged"),
  );
}

export async function addNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(numberIn(formData, "entityId")));
  return runForm(
    user,
    formData,
    (await schemas()).addNameFormSchema,
    (ctx, input) => {
      addName(ctx, input.entityId, input.name);
      return done(input.entityId, "nameAdded", "#names");
    },
    (path) => (path === "value" ? "value" : undefined),
  );
}

export async function addIdentifierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(numberIn(formData, "entityId")));
  return runForm(user, formData, (await schemas()).addIdentifierFormSchema, (ctx, input) => {
    addIdentifier(ctx, input.entityId, input.identifier);
    return done(input.entityId, "identifierAdded", "#identifiers");
  });
}

export async function addDetailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const entityId = numberIn(formData, "entityId");
  const user = await requireUser("editor", pageOf(entityId));
  // The entity's kind decides which details it may have: read from the database, not the form.
  const kind = entityId ? getEntityForEdit(entityId)?.kind : undefined;
  if (kind) formData.set("kind", kind);
  return runForm(user, formData, (await schemas()).addDetailFormSchema, (ctx, input) => {
    addAttribute(ctx, input.entityId, input.attribute);
    return done(input.entityId, "detailAdded", "#details");
  });
}

/** A related entity (`addRelationship`: one change-log row on each side's timeline). */
export async function addRelationshipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(numberIn(formData, "entityId")));
  return runForm(
    user,
    formData,
    (await schemas()).addRelationshipFormSchema,
    (ctx, input) => {
      addRelationship(ctx, input);
      return done(input.fromEntityId, "relationshipAdded", "#relationships");
    },
    // The entity whose page this is comes from a hidden field: a refusal about it is the form's.
    (path) => (path === "fromEntityId" ? "form" : undefined),
  );
}

export async function updateDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(entityOf(formData)));
  return runForm(user, formData, (await schemas()).designationEditFormSchema, (ctx, input) => {
    const changed = updateDesignation(ctx, input);
    return done(designationEntity(input.designationId), changed ? "designationSaved" : "unchanged", `#designation-${input.designationId}`);
  });
}

export async function delistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(entityOf(formData)));
  return runForm(user, formData, (await schemas()).delistFormSchema, (ctx, input) => {
    delist(ctx, input);
    return done(designationEntity(input.designationId), "delisted", `#designation-${input.designationId}`);
  });
}

export async function withdrawDesignationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(entityOf(formData)));
  return runForm(user, formData, (await schemas()).withdrawDesignationFormSchema, (ctx, input) => {
    withdrawDesignation(ctx, input);
    return done(designationEntity(input.designationId), "designationWithdrawn", `#designation-${input.designationId}`);
  });
}

export async function withdrawEntityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("editor", pageOf(numberIn(formData, "entityId")));
  return runForm(user, formData, (await schemas()).withdrawEntityFormSchema, (ctx, input) => {
    withdrawEntity(ctx, input);
    return done(input.entityId, "entityWithdrawn");
  });
}

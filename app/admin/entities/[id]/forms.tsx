"use client";

import { SimpleForm, type SimpleFormProps } from "../../_components/SimpleForm";
import {
  addDetailAction,
  addIdentifierAction,
  addNameAction,
  addRelationshipAction,
  delistAction,
  updateDesignationAction,
  updateEntityAction,
  withdrawDesignationAction,
  withdrawEntityAction,
} from "./actions";
import { entityFormSchemas } from "./schema";
import { useClientWords } from "@/components/ClientWords";

/** The schemas of the page's language. */
const useSchemas = () => entityFormSchemas(useClientWords().locale);

// Each form of /admin/entities/[id] bound to its action and to the schema that
// action validates with (in the page's language), so the browser runs the very
// same one on submit.

export const EntityEditForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={updateEntityAction} schema={useSchemas().entityEditFormSchema} />
);
export const AddNameForm = (p: SimpleFormProps) => <SimpleForm {...p} action={addNameAction} schema={useSchemas().addNameFormSchema} />;
export const AddIdentifierForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={addIdentifierAction} schema={useSchemas().addIdentifierFormSchema} />
);
export const AddRelationshipForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={addRelationshipAction} schema={useSchemas().addRelationshipFormSchema} />
);
export const AddDetailForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={addDetailAction} schema={useSchemas().addDetailFormSchema} />
);
export const WithdrawEntityForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={withdrawEntityAction} schema={useSchemas().withdrawEntityFormSchema} />
);
export const DesignationEditForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={updateDesignationAction} schema={useSchemas().designationEditFormSchema} />
);
export const DelistForm = (p: SimpleFormProps) => <SimpleForm {...p} action={delistAction} schema={useSchemas().delistFormSchema} />;
export const WithdrawDesignationForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={withdrawDesignationAction} schema={useSchemas().withdrawDesignationFormSchema} />
);

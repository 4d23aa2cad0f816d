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
import {
  addDetailFormSchema,
  addIdentifierFormSchema,
  addNameFormSchema,
  addRelationshipFormSchema,
  delistFormSchema,
  designationEditFormSchema,
  entityEditFormSchema,
  withdrawDesignationFormSchema,
  withdrawEntityFormSchema,
} from "./schema";

// Each form of /admin/entities/[id] bound to its action and to the schema that
// action validates with, so the browser runs the very same one on submit.

export const EntityEditForm = (p: SimpleFormProps) => <SimpleForm {...p} action={updateEntityAction} schema={entityEditFormSchema} />;
export const AddNameForm = (p: SimpleFormProps) => <SimpleForm {...p} action={addNameAction} schema={addNameFormSchema} />;
export const AddIdentifierForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={addIdentifierAction} schema={addIdentifierFormSchema} />
);
export const AddRelationshipForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={addRelationshipAction} schema={addRelationshipFormSchema} />
);
export const AddDetailForm = (p: SimpleFormProps) => <SimpleForm {...p} action={addDetailAction} schema={addDetailFormSchema} />;
export const WithdrawEntityForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={withdrawEntityAction} schema={withdrawEntityFormSchema} />
);
export const DesignationEditForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={updateDesignationAction} schema={designationEditFormSchema} />
);
export const DelistForm = (p: SimpleFormProps) => <SimpleForm {...p} action={delistAction} schema={delistFormSchema} />;
export const WithdrawDesignationForm = (p: SimpleFormProps) => (
  <SimpleForm {...p} action={withdrawDesignationAction} schema={withdrawDesignationFormSchema} />
);

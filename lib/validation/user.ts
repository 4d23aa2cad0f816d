import { z } from "zod";
import { ROLES } from "@/lib/domain/vocabulary";
import { perLocale } from "@/lib/i18n/forms";

export const PASSWORD_MIN = 12;
/** Long enough for any passphrase; bounds the work one request can ask of argon2. */
export const PASSWORD_MAX = 1024;
export const NAME_MAX = 200;
const REASON_MAX = 2000;

/**
 * Accounts: one schema per input, shared by the forms (field errors) and the
 * commands (which validate again). The messages come from the catalog, in one
 * language: the sign-in and account forms' actions parse with the page's
 * (`userSchemas(await getLocale())`), the commands with English (the exports
 * below).
 */
export const userSchemas = perLocale(({ auth }) => {
  const v = auth.validation;

  /** Stored and compared in lower case, without surrounding spaces. */
  const emailSchema = z
    .string({ error: v.emailRequired })
    .trim()
    .toLowerCase()
    .min(1, v.emailRequired)
    .max(254, v.emailTooLong)
    .pipe(z.email({ error: v.emailInvalid }));

  /** A new password. Never trimmed: spaces are part of it. */
  const newPasswordSchema = z
    .string({ error: v.passwordRequired })
    .min(1, v.passwordRequired)
    .min(PASSWORD_MIN, v.passwordTooShort(PASSWORD_MIN))
    .max(PASSWORD_MAX, v.passwordTooLong(PASSWORD_MAX));

  const roleSchema = z.enum(ROLES, { error: v.roleInvalid });

  const userIdSchema = z.coerce.number({ error: v.userInvalid }).int(v.userInvalid).positive(v.userInvalid);

  const signInInputSchema = z.object({
    email: emailSchema,
    // Any length: an account's password is checked, not judged, at sign-in.
    password: z.string({ error: v.passwordRequired }).min(1, v.passwordRequired).max(PASSWORD_MAX, v.passwordTooLong(PASSWORD_MAX)),
  });

  const createUserInputSchema = z.object({
    email: emailSchema,
    name: z
      .string()
      .trim()
      .max(NAME_MAX, v.nameTooLong(NAME_MAX))
      .nullish()
      .transform((s) => (s ? s : null)),
    role: roleSchema,
    password: newPasswordSchema,
  });

  const changeRoleInputSchema = z.object({ userId: userIdSchema, role: roleSchema });

  const disableUserInputSchema = z.object({
    userId: userIdSchema,
    reason: z
      .string()
      .trim()
      .max(REASON_MAX, v.reasonTooLong(REASON_MAX))
      .nullish()
      .transform((s) => (s ? s : null)),
  });

  const userRefInputSchema = z.object({ userId: userIdSchema });

  return {
    emailSchema,
    newPasswordSchema,
    roleSchema,
    userIdSchema,
    signInInputSchema,
    createUserInputSchema,
    changeRoleInputSchema,
    disableUserInputSchema,
    userRefInputSchema,
  };
});

export const {
  emailSchema,
  newPasswordSchema,
  roleSchema,
  userIdSchema,
  signInInputSchema,
  createUserInputSchema,
  changeRoleInputSchema,
  disableUserInputSchema,
  userRefInputSchema,
} = userSchemas("en");

export type SignInInput = z.input<typeof signInInputSchema>;
export type CreateUserInput = z.input<typeof createUserInputSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleInputSchema>;
export type DisableUserInput = z.input<typeof disableUserInputSchema>;
export type UserRefInput = z.input<typeof userRefInputSchema>;

import type { Role } from "@/lib/domain/vocabulary";

const roles = {
  viewer: "Viewer",
  editor: "Editor",
  admin: "Administrator",
} satisfies Record<Role, string>;

/** Words for signing in and out, access checks, and the account rules (also the validation messages). */
export const auth = {
  roles,

  signIn: {
    title: "Sign in",
    lede: "Editors and administrators sign in here to change the tracker's data. Reading it needs no account.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    /** The one message for an unknown account, a wrong password and a disabled account alike. */
    invalidCredentials: "The email address or the password is not right.",
    /** Shown when the account or the network is locked; says nothing about whether the account exists. */
    locked: (minutes: number) => `Too many failed sign-ins. Sign-in is paused for ${minutes} minutes; try again after that.`,
    /** Another process (an import) held the write lock for longer than sign-in waits. */
    busy: "Another change was being written for longer than sign-in waits (an import of a list takes up to a minute). You are not signed in yet; try again in a moment.",
    errorSummary: "The form has a problem:",
    signedInAs: (who: string) => `You are signed in as ${who}.`,
  },

  signOut: {
    button: "Sign out",
    /** The answer (503, plain text) when an import held the write lock for longer than sign-out waits. */
    busy: "Another change was being written for longer than sign-out waits. You are still signed in; go back and sign out again in a moment.",
  },

  forbidden: {
    title: "Access denied",
    generic: "Your account's role does not allow this page. Ask an admin if you need it.",
    body: (role: Role, current: Role) =>
      `This page needs the ${roles[role].toLowerCase()} role${role === "admin" ? "" : " or a higher one"}. Your account has the ${roles[current].toLowerCase()} role.`,
    home: "Go to the home page",
    admin: "Go to the admin home",
  },

  /** JSON errors of API routes (`{ "error": "…", "reason": "…" }`). */
  api: {
    unauthenticated: "Sign in first: this address needs a session.",
    forbidden: (role: Role) => `This needs the ${roles[role].toLowerCase()} role${role === "admin" ? "" : " or a higher one"}.`,
  },

  /** Validation messages of the account forms and commands (lib/validation/user.ts). */
  validation: {
    emailRequired: "Enter an email address.",
    emailInvalid: "Enter an email address such as name@example.org.",
    emailTooLong: "Use an email address of at most 254 characters.",
    emailTaken: "An account with this email address exists already.",
    passwordRequired: "Enter the password.",
    passwordTooShort: (min: number) => `Use a password of at least ${min} characters.`,
    passwordTooLong: (max: number) => `Use a password of at most ${max} characters.`,
    nameTooLong: (max: number) => `Use a name of at most ${max} characters.`,
    roleInvalid: "Choose a role: viewer, editor or administrator.",
    userInvalid: "Choose an account.",
    reasonTooLong: (max: number) => `Use a reason of at most ${max} characters.`,
  },

  /** Refusals of the account commands. */
  rules: {
    userNotFound: "There is no such account.",
    lastAdmin: "This is the last active administrator: make another account an administrator first.",
    notAllowed: "Only an active administrator may manage accounts.",
  },
};

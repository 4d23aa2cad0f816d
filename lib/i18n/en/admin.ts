/** A tracker timestamp as the admin pages show it: 2026-02-27 14:05 UTC. */
const timestamp = (iso: string) => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
};

export type UsersNotice = "created" | "role" | "disabled" | "enabled" | "revoked" | "unchanged";
export type UsersProblem = "notAllowed" | "notFound" | "lastAdmin" | "invalid";

/** Words for /admin and /admin/users. */
export const admin = {
  timestamp,

  home: {
    title: "Admin",
    signedInAs: "Signed in as",
    role: "Role",
    sessionEnds: "Session ends",
    sections: "Sections",
    users: "Accounts",
    usersHint: "Create accounts, set roles, disable accounts, end sessions.",
    soon: "Coming later",
    soonItems: ["Edit entities and designations", "Import official lists", "Review possible matches"],
  },

  users: {
    title: "Accounts",
    lede: "Who may sign in, and with which role. Viewers may only read; editors may change data; administrators may also manage accounts. Every change here is kept in the change log.",
    back: "Admin home",
    tableCaption: "Accounts",
    email: "Email address",
    name: "Name",
    role: "Role",
    status: "Status",
    sessions: "Active sessions",
    created: "Created",
    actions: "Actions",
    active: "Active",
    disabled: (when: string) => `Disabled since ${when.slice(0, 10)}`,
    you: "(you)",
    noName: "—",
    none: "No accounts yet.",
    changeRole: "Change role",
    roleFor: (email: string) => `Role of ${email}`,
    saveRole: "Save role",
    disable: "Disable",
    disableLabel: (email: string) => `Disable ${email}`,
    enable: "Enable",
    enableLabel: (email: string) => `Enable ${email}`,
    revoke: "End sessions",
    revokeLabel: (email: string) => `End the sessions of ${email}`,

    create: {
      title: "Create an account",
      email: "Email address",
      name: "Name (optional)",
      role: "Role",
      password: "Password",
      passwordHint: "At least 12 characters. Give it to the person through a safe channel.",
      submit: "Create account",
      submitting: "Creating…",
      errorSummary: "The account could not be created:",
    },

    notices: {
      created: "The account was created.",
      role: "The role was changed.",
      disabled: "The account was disabled and its sessions ended.",
      enabled: "The account was enabled. It can sign in again.",
      revoked: "The account's sessions were ended.",
      unchanged: "Nothing to change.",
    } satisfies Record<UsersNotice, string>,
    problems: {
      notAllowed: "Only an active administrator may manage accounts.",
      notFound: "There is no such account.",
      lastAdmin: "This is the last active administrator: make another account an administrator first.",
      invalid: "The request was not valid.",
    } satisfies Record<UsersProblem, string>,
  },
};

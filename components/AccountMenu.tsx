"use client";

import { getMessages } from "@/lib/i18n";
import { SignOutButton } from "./SignOutButton";
import { useSession } from "./SessionProvider";

const m = getMessages();

/** The header's account: who is signed in, their role, and signing out. Nothing for anonymous readers. */
export function AccountMenu() {
  const session = useSession();
  if (!session?.signedIn) return null;
  return (
    <div className="account-menu" role="group" aria-label={m.common.account.label}>
      <span className="account-who">
        <span className="visually-hidden">{m.common.account.signedInAs} </span>
        <span title={session.name ? session.email : undefined}>{session.email}</span>
      </span>
      <span className="badge">{m.auth.roles[session.role]}</span>
      <SignOutButton />
    </div>
  );
}

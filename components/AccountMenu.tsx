"use client";

import { useClientWords } from "./ClientWords";
import { SignOutButton } from "./SignOutButton";
import { useSession } from "./SessionProvider";

/** The header's account: who is signed in, their role, and signing out. Nothing for anonymous readers. */
export function AccountMenu() {
  const session = useSession();
  const { account, roles, signOut } = useClientWords();
  if (!session?.signedIn) return null;
  return (
    <div className="account-menu" role="group" aria-label={account.label}>
      <span className="account-who">
        <span className="visually-hidden">{account.signedInAs} </span>
        <span title={session.name ? session.email : undefined}>{session.email}</span>
      </span>
      <span className="badge">{roles[session.role]}</span>
      <SignOutButton label={signOut} />
    </div>
  );
}

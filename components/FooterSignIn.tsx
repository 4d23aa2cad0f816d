"use client";

import Link from "next/link";
import { getMessages } from "@/lib/i18n";
import { useSession } from "./SessionProvider";

const m = getMessages();

/** The footer's "Sign in", offered until the session says the reader is signed in (the header then shows the account). */
export function FooterSignIn() {
  const session = useSession();
  if (session?.signedIn) return null;
  return (
    <>
      {" · "}
      <Link href="/signin">{m.common.footerLinks.signIn}</Link>
    </>
  );
}

"use client";

import { Link } from "@/components/Link";
import { useClientWords } from "./ClientWords";
import { useSession } from "./SessionProvider";

/** The footer's "Sign in", offered until the session says the reader is signed in (the header then shows the account). */
export function FooterSignIn() {
  const session = useSession();
  const { signIn } = useClientWords();
  if (session?.signedIn) return null;
  return (
    <>
      {" · "}
      <Link href="/signin">{signIn}</Link>
    </>
  );
}

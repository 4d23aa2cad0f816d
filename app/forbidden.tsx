import Link from "next/link";
import { getMessages } from "@/lib/i18n";

/** The page for a signed-in user whose role is too low (HTTP 403, from forbidden() in lib/auth/guard.ts). */
export default function Forbidden() {
  const t = getMessages().auth.forbidden;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.generic}</p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </>
  );
}

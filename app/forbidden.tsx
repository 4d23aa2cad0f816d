import { Link } from "@/components/Link";
import { getMessages } from "@/lib/i18n/request";

/** The page for a signed-in user whose role is too low (HTTP 403, from forbidden() in lib/auth/guard.ts). */
export default async function Forbidden() {
  const messages = await getMessages();
  const t = messages.auth.forbidden;
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

import { Link } from "@/components/Link";
import type { Role } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { getMessages } from "@/lib/i18n/request";

/**
 * The 403 message a page renders when the signed-in user's role is too low
 * (while `forbidden()` is not enabled; see lib/auth/guard.ts). An h1, so it
 * reads as the page it replaces.
 */
export async function AccessDenied({ user, minRole }: { user: CurrentUser; minRole: Role }) {
  const { auth } = await getMessages();
  const t = auth.forbidden;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body(minRole, user.role)}</p>
      <p>{auth.signIn.signedInAs(user.email)}</p>
      <ul>
        <li>
          <Link href="/">{t.home}</Link>
        </li>
        {hasRole(user.role, "editor") ? (
          <li>
            <Link href="/admin">{t.admin}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}

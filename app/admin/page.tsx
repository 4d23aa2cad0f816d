import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { checkPageAccess } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { AccessDenied } from "./AccessDenied";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.home.title, robots: { index: false } };
}

export default async function AdminHomePage() {
  const { admin } = await getMessages();
  // The page checks for itself (a layout's check does not re-run on client navigation).
  const access = await checkPageAccess("editor", "/admin");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const { user } = access;
  const t = admin.home;
  return (
    <>
      <h1>{t.title}</h1>
      <dl className="facts">
        <dt>{t.sessionEnds}</dt>
        <dd>{admin.timestamp(user.sessionExpiresAt)}</dd>
      </dl>

      <h2>{t.sections}</h2>
      <ul>
        <li>
          <Link href="/admin/announcements">{t.announcements}</Link> <span className="muted">{t.announcementsHint}</span>
        </li>
        <li>
          <Link href="/admin/entities">{t.entities}</Link> <span className="muted">{t.entitiesHint}</span>
        </li>
        <li>
          <Link href="/admin/export-controls">{t.exportControls}</Link> <span className="muted">{t.exportControlsHint}</span>
        </li>
        <li>
          <Link href="/admin/audit">{t.audit}</Link> <span className="muted">{t.auditHint}</span>
        </li>
        <li>
          <Link href="/imports">{t.imports}</Link>{" "}
          <span className="muted">
            {t.importsHint} <code>{t.importsCommand}</code>
          </span>
        </li>
        {hasRole(user.role, "admin") ? (
          <li>
            <Link href="/admin/users">{t.users}</Link> <span className="muted">{t.usersHint}</span>
          </li>
        ) : null}
      </ul>
      <h3>{t.soon}</h3>
      <ul className="muted">
        {t.soonItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

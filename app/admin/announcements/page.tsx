import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { checkPageAccess } from "@/lib/auth/guard";
import { listAnnouncements } from "@/lib/read";
import { AccessDenied } from "../AccessDenied";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.announcements.title, robots: { index: false } };
}

export default async function AdminAnnouncementsPage() {
  const { admin, common } = await getMessages();
  const access = await checkPageAccess("editor", "/admin/announcements");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.announcements;
  const rows = listAnnouncements();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{admin.form.backToAdmin}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <p>
        <Link href="/admin/announcements/new" className="button">
          {t.create}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable
          caption={t.caption}
          rows={rows}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t.columns.title,
              className: "stack-title",
              cell: (a) => (
                <>
                  <Link href={`/admin/announcements/${a.id}`} aria-label={t.enter(a.title)}>
                    {a.title}
                  </Link>
                  <div className="small muted mono">{a.id}</div>
                </>
              ),
            },
            { header: t.columns.authority, cell: (a) => a.authority.code },
            { header: t.columns.announced, cell: (a) => <DateText value={a.announcedOn} /> },
            {
              header: t.columns.entered,
              cell: (a) => t.counts(a.counts.map((c) => t.kindEntered(c.entered, c.declared, common.kindPlural[c.kind]))),
            },
          ]}
        />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { DataText } from "@/components/DataText";
import { listAnnouncements, type AnnouncementSummary } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { langOfDataText } from "@/lib/domain/script";
import { FactStatusBadge } from "@/components/Badges";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import styles from "./announcements.module.css";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).announcements.list.title };
}

/** Declared vs entered per kind, or, for a plan carried out later, a link to what carried it out. */
async function Entries({ a }: { a: AnnouncementSummary }) {
  const messages = await getMessages();
  const t = messages.announcements;
  if (a.fulfilledBy) {
    return (
      <p className={styles.entries}>
        {t.carriedOutBy} <Link href={`/announcements/${encodeURIComponent(a.fulfilledBy.id)}`}>{a.fulfilledBy.title}</Link>{" "}
        <span className="muted small">
          (<DateText value={a.fulfilledBy.announcedOn} />)
        </span>
      </p>
    );
  }
  const shown = a.counts.filter((c) => (c.declared ?? 0) > 0 || c.entered > 0);
  if (shown.length === 0) return <span className="muted">{t.noneDeclared}</span>;
  return (
    <ul className={styles.entries}>
      {shown.map((c) => (
        <li key={c.kind}>
          {c.declared === null ? t.enteredUndeclared(c.entered, c.kind) : t.enteredOf(c.entered, c.declared, c.kind)}
          {c.missing > 0 ? (
            <>
              {" "}
              <span className="badge badge-bad">{t.missing(c.missing)}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default async function AnnouncementsPage() {
  const messages = await getMessages();
  const t = messages.announcements.list;
  const rows = listAnnouncements();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <DataTable
          caption={t.caption}
          rows={rows}
          rowKey={(a) => a.id}
          columns={[
            { header: t.announced, cell: (a) => <DateText value={a.announcedOn} /> },
            { header: t.effective, cell: (a) => <DateText value={a.effectiveOn} /> },
            {
              header: t.authority,
              cell: (a) => <abbr title={messages.referenceNames.authority(a.authority.code, a.authority.name)}>{a.authority.code}</abbr>,
            },
            {
              header: t.titleColumn,
              cell: (a) => (
                <>
                  <Link href={`/announcements/${encodeURIComponent(a.id)}`} lang={langOfDataText(a.title, messages.locale)}>
                    {a.title}
                  </Link>{" "}
                  <FactStatusBadge status={a.status} />
                  {a.program ? (
                    <div className="small muted">
                      <DataText text={messages.referenceNames.program(a.program.code, a.program.name)} />
                    </div>
                  ) : null}
                </>
              ),
            },
            { header: t.entries, cell: (a) => <Entries a={a} /> },
          ]}
        />
      )}
    </>
  );
}

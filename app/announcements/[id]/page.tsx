import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { getAnnouncement, type AnnouncementDetail } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { FactStatusBadge, UnofficialBadge } from "@/components/Badges";
import { DataTable } from "@/components/DataTable";
import { DataText } from "@/components/DataText";
import { DateText } from "@/components/DateText";
import { SourceLinks } from "@/components/SourceLinks";
import { EditLink } from "@/components/EditLink";
import { NameText } from "@/components/NameText";
import { langOfDataText } from "@/lib/domain/script";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await getMessages();
  const a = getAnnouncement((await params).id);
  return { title: a ? a.title : m.common.notFound.title };
}

/** Names written in Hangul are marked as Korean, for screen readers and fonts. */
const langOf = (text: string) => (/[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/.test(text) ? "ko" : undefined);

type Count = AnnouncementDetail["counts"][number];

const href = (id: string) => `/announcements/${encodeURIComponent(id)}`;

async function Counts({ a }: { a: AnnouncementDetail }) {
  const m = await getMessages();
  const t = m.announcements;
  const d = t.detail;
  const plan = a.fulfilledBy !== null;
  return (
    <DataTable
      caption={d.countsCaption}
      rows={a.counts}
      rowKey={(c) => c.kind}
      columns={[
        { header: d.kind, rowHeader: true, cell: (c) => m.common.kindPlural[c.kind] },
        { header: d.declared, numeric: true, cell: (c) => c.declared ?? <span className="muted">{t.notDeclared}</span> },
        ...(plan
          ? []
          : [
              { header: d.entered, numeric: true, cell: (c: Count) => c.entered },
              {
                header: d.enteredOfDeclared,
                cell: (c: Count) =>
                  c.declared === null ? t.enteredUndeclared(c.entered, c.kind) : t.enteredOf(c.entered, c.declared, c.kind),
              },
              {
                header: d.missing,
                numeric: true,
                cell: (c: Count) => (c.missing > 0 ? <span className="badge badge-bad">{t.missing(c.missing)}</span> : c.missing),
              },
            ]),
      ]}
    />
  );
}

async function Entities({ a }: { a: AnnouncementDetail }) {
  const m = await getMessages();
  const d = m.announcements.detail;
  // Group in the order the counts use (vessels, organizations, individuals).
  const groups = a.counts
    .map((c) => ({ kind: c.kind, items: a.entities.filter((e) => e.kind === c.kind) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return <p className="muted">{d.noEntities}</p>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h3 id={`kind-${g.kind}`}>
            {m.common.kindPlural[g.kind]} <span className="muted">({g.items.length})</span>
          </h3>
          <DataTable
            caption={d.entitiesCaption(m.common.kindPlural[g.kind])}
            captionClassName="visually-hidden"
            rows={g.items}
            rowKey={(e) => e.designationId}
            columns={[
              {
                header: d.name,
                className: "stack-title",
                cell: (e) => (
                  <Link href={`/entities/${e.id}`} lang={langOf(e.name)}>
                    {e.name}
                  </Link>
                ),
              },
              {
                header: d.otherNames,
                cell: (e) =>
                  e.otherNames.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    e.otherNames.map((n, i) => (
                      <span key={`${n.value}-${i}`}>
                        {i > 0 ? "; " : ""}
                        <NameText name={n} />
                        <UnofficialBadge official={n.official} />
                      </span>
                    ))
                  ),
              },
              { header: d.listed, cell: (e) => <DateText value={e.listedOn} /> },
              { header: d.effective, cell: (e) => <DateText value={e.effectiveOn} /> },
              {
                header: d.delisted,
                cell: (e) => (e.delistedOn ? <DateText value={e.delistedOn} /> : <span className="muted">{d.notDelisted}</span>),
              },
              { header: d.reason, cell: (e) => (e.reason !== null ? <DataText text={e.reason} /> : <span className="muted">—</span>) },
            ]}
          />
        </section>
      ))}
    </>
  );
}

export default async function AnnouncementPage({ params }: Props) {
  const m = await getMessages();
  const d = m.announcements.detail;
  const a = getAnnouncement((await params).id, { nameOrder: m.locale === "ko" ? "ko" : "default" });
  if (!a) notFound();
  const missing = a.counts.reduce((n, c) => n + c.missing, 0);
  /** The announcement's own words stay in their language: marked as such on a Korean page. */
  const lang = (text: string | null) => langOfDataText(text, m.locale);

  return (
    <>
      <nav className="breadcrumb" aria-label={d.breadcrumbLabel}>
        <Link href="/announcements">{d.breadcrumb}</Link>
      </nav>
      <div className="title-row">
        <h1 lang={lang(a.title)}>{a.title}</h1>
        <EditLink href={`/admin/announcements/${encodeURIComponent(a.id)}`} />
      </div>

      {a.fulfilledBy ? (
        <div className="notice" role="note">
          <strong>{d.plan.heading}</strong> {d.plan.before}
          <Link href={href(a.fulfilledBy.id)} lang={lang(a.fulfilledBy.title)}>
            {a.fulfilledBy.title}
          </Link>
          {d.plan.after(a.fulfilledBy.announcedOn, a.fulfilledBy.effectiveOn)}
        </div>
      ) : null}
      {a.fulfills.map((f) => (
        <div className="notice" role="note" key={f.id}>
          {d.fulfills.before}
          <Link href={href(f.id)} lang={lang(f.title)}>
            {f.title}
          </Link>
          {d.fulfills.after(f.announcedOn)}
        </div>
      ))}

      <dl className="facts">
        <dt>{d.authority}</dt>
        <dd>
          {m.referenceNames.authority(a.authority.code, a.authority.name)} <span className="muted">({a.authority.code})</span>
        </dd>
        <dt>{d.program}</dt>
        <dd>
          {a.program ? (
            <DataText text={m.referenceNames.program(a.program.code, a.program.name)} />
          ) : (
            <span className="muted">{m.common.none}</span>
          )}
        </dd>
        <dt>{d.announced}</dt>
        <dd>
          <DateText value={a.announcedOn} />
        </dd>
        <dt>{d.effective}</dt>
        <dd>
          <DateText value={a.effectiveOn} />
        </dd>
        <dt>{d.status}</dt>
        <dd>
          {a.status === "confirmed" ? m.common.status.confirmed : null} <FactStatusBadge status={a.status} />
        </dd>
        {a.summary ? (
          <>
            <dt>{d.summary}</dt>
            <dd lang={lang(a.summary)}>{a.summary}</dd>
          </>
        ) : null}
        {a.effects ? (
          <>
            <dt>{d.effects}</dt>
            <dd lang={lang(a.effects)}>{a.effects}</dd>
          </>
        ) : null}
        {a.note ? (
          <>
            <dt>{d.note}</dt>
            <dd lang={lang(a.note)}>{a.note}</dd>
          </>
        ) : null}
        <dt>{d.sources}</dt>
        <dd>
          <SourceLinks sources={a.sources} />
        </dd>
      </dl>

      <section aria-labelledby="counts">
        <h2 id="counts">{d.countsHeading}</h2>
        {a.fulfilledBy ? (
          <p className="muted small">{d.plan.countsNote}</p>
        ) : missing > 0 ? (
          <div className="notice notice-bad" role="note">
            {d.missingNotice(missing)}
          </div>
        ) : (
          <p className="small">{d.allEntered}</p>
        )}
        <Counts a={a} />
      </section>

      {a.fulfilledBy ? null : (
        <section aria-labelledby="designated">
          <h2 id="designated">{d.entitiesHeading}</h2>
          <Entities a={a} />
        </section>
      )}
    </>
  );
}

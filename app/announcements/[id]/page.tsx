import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAnnouncement, type AnnouncementDetail } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { FactStatusBadge, UnofficialBadge } from "@/components/Badges";
import { DateText } from "@/components/DateText";
import { SourceLinks } from "@/components/SourceLinks";
import { EditLink } from "@/components/EditLink";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages();
  const a = getAnnouncement((await params).id);
  return { title: a ? a.title : m.common.notFound.title };
}

/** Names written in Hangul are marked as Korean, for screen readers and fonts. */
const langOf = (text: string) => (/[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/.test(text) ? "ko" : undefined);

const href = (id: string) => `/announcements/${encodeURIComponent(id)}`;

function Counts({ a }: { a: AnnouncementDetail }) {
  const m = getMessages();
  const t = m.announcements;
  const d = t.detail;
  const plan = a.fulfilledBy !== null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{d.countsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.kind}</th>
            <th scope="col" className="num">
              {d.declared}
            </th>
            {plan ? null : (
              <>
                <th scope="col" className="num">
                  {d.entered}
                </th>
                <th scope="col">{d.enteredOfDeclared}</th>
                <th scope="col" className="num">
                  {d.missing}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {a.counts.map((c) => (
            <tr key={c.kind}>
              <th scope="row">{m.common.kindPlural[c.kind]}</th>
              <td className="num">{c.declared ?? <span className="muted">{t.notDeclared}</span>}</td>
              {plan ? null : (
                <>
                  <td className="num">{c.entered}</td>
                  <td>{c.declared === null ? t.enteredUndeclared(c.entered, c.kind) : t.enteredOf(c.entered, c.declared, c.kind)}</td>
                  <td className="num">{c.missing > 0 ? <span className="badge badge-bad">{t.missing(c.missing)}</span> : c.missing}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Entities({ a }: { a: AnnouncementDetail }) {
  const m = getMessages();
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
          <div className="table-wrap">
            <table aria-label={d.entitiesCaption(m.common.kindPlural[g.kind])}>
              <thead>
                <tr>
                  <th scope="col">{d.name}</th>
                  <th scope="col">{d.otherNames}</th>
                  <th scope="col">{d.listed}</th>
                  <th scope="col">{d.effective}</th>
                  <th scope="col">{d.delisted}</th>
                  <th scope="col">{d.reason}</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((e) => (
                  <tr key={e.designationId}>
                    <td>
                      <Link href={`/entities/${e.id}`} lang={langOf(e.name)}>
                        {e.name}
                      </Link>
                    </td>
                    <td>
                      {e.otherNames.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        e.otherNames.map((n, i) => (
                          <span key={`${n.value}-${i}`}>
                            {i > 0 ? "; " : ""}
                            <span lang={langOf(n.value)}>{n.value}</span>
                            {n.official ? null : (
                              <>
                                {" "}
                                <UnofficialBadge />
                              </>
                            )}
                          </span>
                        ))
                      )}
                    </td>
                    <td>
                      <DateText value={e.listedOn} />
                    </td>
                    <td>
                      <DateText value={e.effectiveOn} />
                    </td>
                    <td>{e.delistedOn ? <DateText value={e.delistedOn} /> : <span className="muted">{d.notDelisted}</span>}</td>
                    <td>{e.reason ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

export default async function AnnouncementPage({ params }: Props) {
  const m = getMessages();
  const d = m.announcements.detail;
  const a = getAnnouncement((await params).id);
  if (!a) notFound();
  const missing = a.counts.reduce((n, c) => n + c.missing, 0);

  return (
    <>
      <nav className="breadcrumb" aria-label={d.breadcrumbLabel}>
        <Link href="/announcements">{d.breadcrumb}</Link>
      </nav>
      <div className="title-row">
        <h1>{a.title}</h1>
        <EditLink href={`/admin/announcements/${encodeURIComponent(a.id)}`} />
      </div>

      {a.fulfilledBy ? (
        <div className="notice" role="note">
          <strong>{d.plan.heading}</strong> {d.plan.before}
          <Link href={href(a.fulfilledBy.id)}>{a.fulfilledBy.title}</Link>
          {d.plan.after(a.fulfilledBy.announcedOn, a.fulfilledBy.effectiveOn)}
        </div>
      ) : null}
      {a.fulfills.map((f) => (
        <div className="notice" role="note" key={f.id}>
          {d.fulfills.before}
          <Link href={href(f.id)}>{f.title}</Link>
          {d.fulfills.after(f.announcedOn)}
        </div>
      ))}

      <dl className="facts">
        <dt>{d.authority}</dt>
        <dd>
          {a.authority.name} <span className="muted">({a.authority.code})</span>
        </dd>
        <dt>{d.program}</dt>
        <dd>{a.program ? a.program.name : <span className="muted">{m.common.none}</span>}</dd>
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
            <dd>{a.summary}</dd>
          </>
        ) : null}
        {a.effects ? (
          <>
            <dt>{d.effects}</dt>
            <dd>{a.effects}</dd>
          </>
        ) : null}
        {a.note ? (
          <>
            <dt>{d.note}</dt>
            <dd>{a.note}</dd>
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

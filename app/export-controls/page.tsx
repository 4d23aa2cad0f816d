import type { Metadata } from "next";
import Link from "next/link";
import { listControlLists, type RevisionView } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { FactStatusBadge } from "@/components/Badges";
import { DateText } from "@/components/DateText";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().exportControls.list.title };

/** The check column: adds up, does not add up, or conflicts with another report. */
function CheckMarker({ revision }: { revision: RevisionView }) {
  const t = getMessages().exportControls.marker;
  const { consistent, reported } = revision.check;
  if (consistent && !reported) return <span className="badge badge-ok">{t.ok}</span>;
  return (
    <span className="badge-list">
      {consistent ? null : <span className="badge badge-bad">{t.mismatch}</span>}
      {reported ? <span className="badge badge-warn">{t.conflict}</span> : null}
    </span>
  );
}

const OptionalDate = ({ value }: { value: string | null }) =>
  value ? <DateText value={value} /> : <span className="muted">{getMessages().exportControls.notGiven}</span>;

export default function ExportControlsPage() {
  const t = getMessages().exportControls;
  const lists = listControlLists();
  return (
    <>
      <h1>{t.list.title}</h1>
      <p className="lede">{t.list.lede}</p>
      {lists.map((l) => {
        const href = `/export-controls/${encodeURIComponent(l.key)}`;
        return (
          <section key={l.key} aria-labelledby={`list-${l.key}`}>
            <h2 id={`list-${l.key}`}>
              <Link href={href}>{l.name}</Link>
            </h2>
            <dl className="facts">
              <dt>{t.authority}</dt>
              <dd>
                {l.authority.name} <span className="muted">({l.authority.code})</span>
                {l.authorityNote ? <span className="muted">; {l.authorityNote}</span> : null}
              </dd>
              <dt>{t.unit}</dt>
              <dd>{l.unit}</dd>
              <dt>{t.currentTotal}</dt>
              <dd>
                {l.current ? (
                  <>
                    <strong className="num">{formatNumber(l.current.total)}</strong>{" "}
                    <span className="muted">{t.since(l.current.effectiveOn)}</span>
                  </>
                ) : (
                  <span className="muted">{t.notGiven}</span>
                )}
              </dd>
              {l.discrepancyCount > 0 ? (
                <>
                  <dt>{t.discrepancies}</dt>
                  <dd>
                    <Link href={`${href}#discrepancies`}>{t.discrepancyCount(l.discrepancyCount)}</Link>
                  </dd>
                </>
              ) : null}
            </dl>
            {l.revisions.length === 0 ? (
              <p className="muted">{t.noRevisions}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption>{t.caption(l.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.effective}</th>
                      <th scope="col">{t.columns.announced}</th>
                      <th scope="col">{t.columns.proposed}</th>
                      <th scope="col" className="num">
                        {t.columns.added}
                      </th>
                      <th scope="col" className="num">
                        {t.columns.removed}
                      </th>
                      <th scope="col" className="num">
                        {t.columns.total}
                      </th>
                      <th scope="col">{t.columns.check}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.revisions.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <DateText value={r.effectiveOn} /> <FactStatusBadge status={r.status} />
                        </td>
                        <td>
                          <OptionalDate value={r.announcedOn} />
                        </td>
                        <td>
                          <OptionalDate value={r.proposedOn} />
                        </td>
                        <td className="num">{formatNumber(r.added)}</td>
                        <td className="num">{formatNumber(r.removed)}</td>
                        <td className="num">
                          <strong>{formatNumber(r.total)}</strong>
                        </td>
                        <td>
                          <CheckMarker revision={r} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p className="small">
              <Link href={href}>{t.list.open(l.name)}</Link>
            </p>
          </section>
        );
      })}
    </>
  );
}

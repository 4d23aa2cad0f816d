import type { Metadata } from "next";
import Link from "next/link";
import { listControlLists } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { FactStatusBadge } from "@/components/Badges";
import { DateText } from "@/components/DateText";
import styles from "./export-controls.module.css";
import { CheckMarker, DiscrepancyLine, ListFacts, restated, revisionAnchor } from "./ListParts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().exportControls.list.title };

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
              <ListFacts list={l} />
              {l.discrepancyCount > 0 ? (
                <>
                  <dt>{t.discrepancies}</dt>
                  <dd>
                    {t.discrepancyCount(
                      l.revisions.filter((r) => r.check.mismatch).length,
                      l.revisions.filter((r) => r.check.reported).length,
                    )} (<Link href={`${href}#discrepancies`}>{t.discrepancyDetails}</Link>)
                    <ul className={styles.tight}>
                      {l.revisions
                        .filter((r) => r.hasDiscrepancy)
                        .map((r) => (
                          <li key={r.id}>
                            <DiscrepancyLine r={r} href={`${href}#${revisionAnchor(r)}`} />
                          </li>
                        ))}
                    </ul>
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
                          {r.check.restatement ? <div className="small">{restated(r)}</div> : null}
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

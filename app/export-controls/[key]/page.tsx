import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { getControlList } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";
import { today } from "@/lib/domain/partial-date";
import { langOfDataText } from "@/lib/domain/script";
import { FactStatusBadge } from "@/components/Badges";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { CheckMarker, DiscrepancyLine, ListFacts, Reported, arithmetic, restated, revisionAnchor as anchor } from "../ListParts";
import { SourceLinks } from "@/components/SourceLinks";
import { StepChart } from "@/components/StepChart";
import styles from "../export-controls.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await getMessages();
  const list = getControlList((await params).key);
  return { title: list ? m.referenceNames.controlList(list.key, list.name) : m.common.notFound.title };
}

export default async function ControlListPage({ params }: Props) {
  const m = await getMessages();
  const t = m.exportControls;
  const d = t.detail;
  const list = getControlList((await params).key);
  if (!list) notFound();
  const flagged = list.revisions.filter((r) => r.hasDiscrepancy);
  const restatements = list.revisions.filter((r) => r.check.restatement);
  const name = m.referenceNames.controlList(list.key, list.name);
  const unit = m.referenceNames.unit;
  /** A revision's note and the discrepancy notes are the data's words: marked as such on a Korean page. */
  const lang = (text: string | null) => langOfDataText(text, m.locale);

  return (
    <>
      <nav className="breadcrumb" aria-label={d.breadcrumbLabel}>
        <Link href="/export-controls">{d.breadcrumb}</Link>
      </nav>
      <h1>{name}</h1>
      <dl className="facts">
        <ListFacts list={list} />
      </dl>

      {flagged.length > 0 ? (
        <section aria-labelledby="discrepancies" className="notice notice-bad">
          <h2 id="discrepancies" className={styles.noticeHeading}>
            {d.discrepanciesHeading}
          </h2>
          <p>{d.discrepancySummary(flagged.length)}</p>
          <ul className={styles.tight}>
            {flagged.map((r) => (
              <li key={r.id}>
                <DiscrepancyLine r={r} href={`#${anchor(r)}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {restatements.length > 0 ? (
        <section aria-labelledby="restatements" className="notice">
          <h2 id="restatements" className={styles.noticeHeading}>
            {d.restatementsHeading}
          </h2>
          <p>{d.restatementSummary(restatements.length)}</p>
          <ul className={styles.tight}>
            {restatements.map((r) => (
              <li key={r.id}>
                <Link href={`#${anchor(r)}`}>{d.revisionHeading(r.effectiveOn)}</Link>: {restated(r, m)}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {list.revisions.length === 0 ? (
        <p className="muted">{t.noRevisions}</p>
      ) : (
        <div className={`two-col ${styles.cols}`}>
          <section aria-labelledby="chart">
            <h2 id="chart">{d.chartHeading}</h2>
            <StepChart
              points={list.revisions.map((r) => ({
                date: r.effectiveOn,
                value: r.total,
                mark: r.hasDiscrepancy ? "discrepancy" : r.check.restatement ? "restatement" : undefined,
              }))}
              until={today()}
              title={d.chartTitle(name)}
              label={d.chartLabel(
                unit(list.unit),
                list.revisions.map((r) => ({
                  date: r.effectiveOn,
                  total: r.total,
                  newBasis: r.check.restatement ? unit(r.check.restatement.basis) : null,
                })),
              )}
              legend={{ discrepancy: d.flaggedLegend, restatement: d.restatedLegend }}
            />
          </section>
          <section aria-labelledby="revisions">
            <h2 id="revisions">{d.revisionsHeading}</h2>
            <DataTable
              caption={d.revisionsCaption}
              className={styles.compact}
              rows={list.revisions}
              rowKey={(r) => r.id}
              columns={[
                {
                  header: t.columns.effective,
                  cell: (r) => (
                    <Link href={`#${anchor(r)}`}>
                      <DateText value={r.effectiveOn} />
                    </Link>
                  ),
                },
                { header: t.columns.added, numeric: true, cell: (r) => formatNumber(r.added) },
                { header: t.columns.removed, numeric: true, cell: (r) => formatNumber(r.removed) },
                { header: t.columns.total, numeric: true, cell: (r) => <strong>{formatNumber(r.total)}</strong> },
                { header: t.columns.check, cell: (r) => <CheckMarker revision={r} /> },
              ]}
            />
          </section>
        </div>
      )}

      {list.revisions.length > 0 ? (
        <section aria-labelledby="details">
          <h2 id="details">{d.detailsHeading}</h2>
          {list.revisions.map((r) => (
            <section key={r.id} id={anchor(r)} aria-labelledby={`${anchor(r)}-h`} className={styles.revision}>
              <h3 id={`${anchor(r)}-h`}>
                {d.revisionHeading(r.effectiveOn)} <FactStatusBadge status={r.status} />
              </h3>
              <dl className="facts">
                {r.note ? (
                  <>
                    <dt>{t.columns.note}</dt>
                    <dd lang={lang(r.note)}>{r.note}</dd>
                  </>
                ) : null}
                {r.announcedOn ? (
                  <>
                    <dt>{t.columns.announced}</dt>
                    <dd>
                      <DateText value={r.announcedOn} />
                    </dd>
                  </>
                ) : null}
                {r.proposedOn ? (
                  <>
                    <dt>{t.columns.proposed}</dt>
                    <dd>
                      <DateText value={r.proposedOn} />
                    </dd>
                  </>
                ) : null}
                <dt>{d.arithmetic}</dt>
                <dd>
                  {r.check.restatement ? (
                    <span>{restated(r, m)}</span>
                  ) : (
                    <span className={r.check.mismatch ? styles.bad : undefined}>{arithmetic(r, m)}</span>
                  )}
                  {r.hasDiscrepancy || r.check.restatement ? (
                    <>
                      {" "}
                      <CheckMarker revision={r} />
                    </>
                  ) : null}
                  {r.check.mismatch ? <div className="small">{t.checkFailed(r.check.expectedTotal, r.total)}</div> : null}
                  {r.check.restatement ? (
                    <div className="small">
                      {t.restatedExplained(unit(r.check.restatement.previousBasis), unit(r.check.restatement.basis))}
                    </div>
                  ) : null}
                </dd>
                {r.discrepancyNote ? (
                  <>
                    <dt>{d.recordedNote}</dt>
                    <dd lang={lang(r.discrepancyNote)}>{r.discrepancyNote}</dd>
                  </>
                ) : null}
                {r.check.reported ? (
                  <>
                    <dt>{d.reportedHeading}</dt>
                    <dd>
                      <Reported r={r} />
                    </dd>
                  </>
                ) : null}
                <dt>{t.columns.sources}</dt>
                <dd>
                  <SourceLinks sources={r.sources} />
                </dd>
              </dl>
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { listControlLists } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";
import { FactStatusBadge } from "@/components/Badges";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import styles from "./export-controls.module.css";
import { CheckMarker, DiscrepancyLine, ListFacts, restated, revisionAnchor } from "./ListParts";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const messages = await getMessages();
  return { title: messages.exportControls.list.title };
}

async function OptionalDate({ value }: { value: string | null }) {
  return value ? <DateText value={value} /> : <span className="muted">{(await getMessages()).exportControls.notGiven}</span>;
}

export default async function ExportControlsPage() {
  const messages = await getMessages();
  const t = messages.exportControls;
  const lists = listControlLists();
  return (
    <>
      <h1>{t.list.title}</h1>
      <p className="lede">{t.list.lede}</p>
      {lists.map((l) => {
        const href = `/export-controls/${encodeURIComponent(l.key)}`;
        const name = messages.referenceNames.controlList(l.key, l.name);
        return (
          <section key={l.key} aria-labelledby={`list-${l.key}`}>
            <h2 id={`list-${l.key}`}>
              <Link href={href}>{name}</Link>
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
                    )}{" "}
                    (<Link href={`${href}#discrepancies`}>{t.discrepancyDetails}</Link>)
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
              <DataTable
                caption={t.caption(name)}
                rows={l.revisions}
                rowKey={(r) => r.id}
                columns={[
                  {
                    header: t.columns.effective,
                    cell: (r) => (
                      <>
                        <DateText value={r.effectiveOn} /> <FactStatusBadge status={r.status} />
                      </>
                    ),
                  },
                  { header: t.columns.announced, cell: (r) => <OptionalDate value={r.announcedOn} /> },
                  { header: t.columns.proposed, cell: (r) => <OptionalDate value={r.proposedOn} /> },
                  { header: t.columns.added, numeric: true, cell: (r) => formatNumber(r.added) },
                  { header: t.columns.removed, numeric: true, cell: (r) => formatNumber(r.removed) },
                  { header: t.columns.total, numeric: true, cell: (r) => <strong>{formatNumber(r.total)}</strong> },
                  {
                    header: t.columns.check,
                    cell: (r) => (
                      <>
                        <CheckMarker revision={r} />
                        {r.check.restatement ? <div className="small">{restated(r, messages)}</div> : null}
                      </>
                    ),
                  },
                ]}
              />
            )}
            <p className="small">
              <Link href={href}>{t.list.open(name)}</Link>
            </p>
          </section>
        );
      })}
    </>
  );
}

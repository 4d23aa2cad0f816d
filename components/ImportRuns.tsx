import { Link } from "@/components/Link";
import type { ImportRunSummary } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";
import { DataTable, type Column } from "./DataTable";
import { DateText } from "./DateText";

/** A tracker timestamp (when a run started or finished), readable, with its machine form. */
export async function Timestamp({ value }: { value: string | null }) {
  const messages = await getMessages();
  if (!value) return <span className="muted">{messages.common.unknown}</span>;
  return (
    <time dateTime={value} className="nowrap">
      {messages.sources.timestamp(value)}
    </time>
  );
}

export async function RunStatusBadge({ status }: { status: ImportRunSummary["status"] }) {
  const messages = await getMessages();
  const words = messages.sources.runStatus;
  const cls = status === "succeeded" ? "badge badge-ok" : status === "failed" ? "badge badge-bad" : "badge badge-warn";
  return <span className={cls}>{words[status]}</span>;
}

/** Import runs as a table: the list, its publication, the outcome and what each run changed. */
export async function ImportRunTable({
  runs,
  caption,
  hideCaption = false,
  showErrors = false,
  showMerged = false,
}: {
  runs: ImportRunSummary[];
  caption: string;
  hideCaption?: boolean;
  showErrors?: boolean;
  showMerged?: boolean;
}) {
  const m = await getMessages();
  const c = m.sources.runs.columns;
  const counts = ["added", "changed", "removed", "unchanged", ...(showMerged ? (["merged"] as const) : [])] as const;
  return (
    <DataTable
      caption={caption}
      captionClassName={hideCaption ? "visually-hidden" : undefined}
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        {
          header: c.run,
          cell: (r) => (
            <Link href={`/imports/${r.id}`} className="nowrap">
              {m.sources.runs.runLink(r.id)}
            </Link>
          ),
        },
        { header: c.list, cell: (r) => m.referenceNames.list(r.listKey, r.label) },
        { header: c.published, cell: (r) => <DateText value={r.publishedOn} /> },
        {
          header: c.status,
          cell: (r) => (
            <>
              <RunStatusBadge status={r.status} />
              {showErrors && r.error ? <div className="small mono">{r.error.slice(0, 160)}</div> : null}
            </>
          ),
        },
        { header: c.started, cell: (r) => <Timestamp value={r.startedAt} /> },
        ...counts.map((k): Column<ImportRunSummary> => ({ header: c[k], numeric: true, cell: (r) => formatNumber(r[k]) })),
      ]}
    />
  );
}

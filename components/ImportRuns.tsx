import Link from "next/link";
import type { ImportRunSummary } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { DateText } from "./DateText";

/** A tracker timestamp (when a run started or finished), readable, with its machine form. */
export function Timestamp({ value }: { value: string | null }) {
  if (!value) return <span className="muted">{getMessages().common.unknown}</span>;
  return (
    <time dateTime={value} className="nowrap">
      {getMessages().sources.timestamp(value)}
    </time>
  );
}

export function RunStatusBadge({ status }: { status: ImportRunSummary["status"] }) {
  const words = getMessages().sources.runStatus;
  const cls = status === "succeeded" ? "badge badge-ok" : status === "failed" ? "badge badge-bad" : "badge badge-warn";
  return <span className={cls}>{words[status]}</span>;
}

/** Import runs as a table: the list, its publication, the outcome and what each run changed. */
export function ImportRunTable({
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
  const m = getMessages();
  const c = m.sources.runs.columns;
  const counts = (["added", "changed", "removed", "unchanged", ...(showMerged ? (["merged"] as const) : [])] as const);
  return (
    <div className="table-wrap">
      <table>
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.run}</th>
            <th scope="col">{c.list}</th>
            <th scope="col">{c.published}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.started}</th>
            {counts.map((k) => (
              <th key={k} scope="col" className="num">
                {c[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/imports/${r.id}`} className="nowrap">
                  {m.sources.runs.runLink(r.id)}
                </Link>
              </td>
              <td>{r.label}</td>
              <td>
                <DateText value={r.publishedOn} />
              </td>
              <td>
                <RunStatusBadge status={r.status} />
                {showErrors && r.error ? <div className="small mono">{r.error.slice(0, 160)}</div> : null}
              </td>
              <td>
                <Timestamp value={r.startedAt} />
              </td>
              {counts.map((k) => (
                <td key={k} className="num">
                  {formatNumber(r[k])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

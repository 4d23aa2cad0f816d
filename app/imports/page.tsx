import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LIST_KEYS } from "@/db/schema";
import { LISTS } from "@/lib/importers/lists";
import { listImportRuns, type ImportRunSummary } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { ParamReader, type SearchParams } from "@/lib/params";
import { DateText } from "@/components/DateText";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().sources.runs.title };

function Timestamp({ value }: { value: string | null }) {
  if (!value) return <span className="muted">{getMessages().common.unknown}</span>;
  return (
    <time dateTime={value} className="nowrap">
      {getMessages().sources.timestamp(value)}
    </time>
  );
}

function StatusBadge({ status }: { status: ImportRunSummary["status"] }) {
  const words = getMessages().sources.runStatus;
  const cls = status === "succeeded" ? "badge badge-ok" : status === "failed" ? "badge badge-bad" : "badge badge-warn";
  return <span className={cls}>{words[status]}</span>;
}

export default async function ImportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = getMessages();
  const t = m.sources.runs;
  const c = t.columns;
  const params = new ParamReader(await searchParams);
  const listKey = params.get("list", z.enum(LIST_KEYS));
  const page = params.get("page", z.coerce.number().int().min(1).max(100000));

  const result = listImportRuns({ listKey, page });
  if (page !== undefined && page > result.pageCount) params.notices.push(t.pageClamped(page, result.pageCount));

  return (
    <>
      <nav className="breadcrumb" aria-label={m.sources.run.breadcrumbLabel}>
        <Link href="/sources">{m.sources.run.breadcrumbSources}</Link>
      </nav>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />

      <form className="filters" method="get" action="/imports" aria-label={t.filters}>
        <div className="field">
          <label htmlFor="i-list">{t.list}</label>
          <select id="i-list" name="list" defaultValue={listKey ?? ""}>
            <option value="">{t.allLists}</option>
            {LIST_KEYS.map((k) => (
              <option key={k} value={k}>
                {LISTS[k].label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{m.common.apply}</button>
        <Link href="/imports" className="button button-secondary">
          {m.common.reset}
        </Link>
      </form>

      <p role="status">
        <strong>{t.count(result.total)}</strong>
      </p>

      {result.runs.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.run}</th>
                <th scope="col">{c.list}</th>
                <th scope="col">{c.published}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.started}</th>
                <th scope="col" className="num">
                  {c.added}
                </th>
                <th scope="col" className="num">
                  {c.changed}
                </th>
                <th scope="col" className="num">
                  {c.removed}
                </th>
                <th scope="col" className="num">
                  {c.unchanged}
                </th>
                <th scope="col" className="num">
                  {c.merged}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.runs.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/imports/${r.id}`} className="nowrap">
                      {t.runLink(r.id)}
                    </Link>
                  </td>
                  <td>{r.label}</td>
                  <td>
                    <DateText value={r.publishedOn} />
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.error ? <div className="small mono">{r.error.slice(0, 160)}</div> : null}
                  </td>
                  <td>
                    <Timestamp value={r.startedAt} />
                  </td>
                  <td className="num">{formatNumber(r.added)}</td>
                  <td className="num">{formatNumber(r.changed)}</td>
                  <td className="num">{formatNumber(r.removed)}</td>
                  <td className="num">{formatNumber(r.unchanged)}</td>
                  <td className="num">{formatNumber(r.merged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/imports" params={{ list: listKey }} page={result.page} pageCount={result.pageCount} />
    </>
  );
}

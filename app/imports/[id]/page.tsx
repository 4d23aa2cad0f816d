import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { z } from "zod";
import {
  getImportRun,
  getImportRunSummary,
  RUN_CHANGE_CATEGORIES,
  RUN_DEFAULT_CATEGORIES,
  type ImportRunChanges,
  type RunChangeCategory,
} from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";
import { ParamReader, type SearchParams } from "@/lib/params";
import { pageNumber } from "@/lib/validation/number";
import { isId } from "@/lib/validation/id";
import { ChangeList } from "@/components/ChangeList";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { RunStatusBadge, Timestamp } from "@/components/ImportRuns";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { SourceLinks } from "@/components/SourceLinks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await getMessages();
  const { id } = await params;
  const run = isId(id) ? getImportRunSummary(Number(id)) : null;
  return { title: run ? m.sources.run.title(m.referenceNames.list(run.listKey, run.label), run.publishedOn) : m.common.notFound.title };
}

const COUNT_KEYS = ["added", "changed", "removed", "unchanged", "merged"] as const;

async function Counts({ run }: { run: ImportRunChanges["run"] }) {
  const messages = await getMessages();
  const t = messages.sources.run;
  return (
    <DataTable
      caption={t.countsCaption}
      rows={COUNT_KEYS}
      rowKey={(k) => k}
      columns={[
        { header: t.countsColumns.what, rowHeader: true, cell: (k) => t.counts[k][0] },
        { header: t.countsColumns.count, numeric: true, cell: (k) => formatNumber(run[k]) },
        { header: t.countsColumns.meaning, className: "small", cell: (k) => t.counts[k][1] },
      ]}
    />
  );
}

async function Files({ run }: { run: ImportRunChanges["run"] }) {
  const messages = await getMessages();
  const t = messages.sources.run;
  if (run.files.length === 0) return <p className="muted">{t.noFiles}</p>;
  return (
    <DataTable
      caption={t.filesCaption}
      rows={run.files}
      rowKey={(f) => `${f.name}-${f.sha256}`}
      columns={[
        { header: t.filesColumns.name, rowHeader: true, className: "mono", cell: (f) => f.name },
        { header: t.filesColumns.sha256, className: "mono break-all", cell: (f) => f.sha256 },
        { header: t.filesColumns.bytes, numeric: true, className: "nowrap", cell: (f) => t.bytes(f.bytes) },
      ]}
    />
  );
}

export default async function ImportRunPage({ params, searchParams }: Props) {
  const m = await getMessages();
  const t = m.sources.run;
  const { id } = await params;
  if (!isId(id)) notFound();
  const query = new ParamReader(await searchParams, m.common.invalidParam);
  const category = query.get("category", z.enum(RUN_CHANGE_CATEGORIES));
  const page = query.get("page", pageNumber());

  const found = getImportRun(Number(id), { category, page });
  if (!found) notFound();
  const { run, changes, countsByCategory } = found;
  const label = m.referenceNames.list(run.listKey, run.label);
  if (page !== undefined && page > changes.pageCount) query.notices.push(t.pageClamped(page, changes.pageCount));

  const first = (changes.page - 1) * changes.pageSize + 1;
  const last = first + changes.items.length - 1;
  const defaultTotal = RUN_DEFAULT_CATEGORIES.reduce((n, c) => n + countsByCategory[c], 0);
  const categoryWord = (c: RunChangeCategory) => t.categories[c];

  return (
    <>
      <nav className="breadcrumb" aria-label={t.breadcrumbLabel}>
        <Link href="/sources">{t.breadcrumbSources}</Link>
        {" › "}
        <Link href="/imports">{t.breadcrumb}</Link>
      </nav>
      <h1>{t.title(label, run.publishedOn)}</h1>
      <p>
        <RunStatusBadge status={run.status} /> <span className="muted">{m.sources.runs.runLink(run.id)}</span>
      </p>
      <Notices notices={query.notices} />

      {run.status === "failed" ? (
        <div className="notice notice-bad" role="note">
          <p>{t.failedNotice}</p>
          {run.error ? (
            <p>
              <strong>{t.errorHeading}:</strong> <span className="mono">{run.error}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {run.status === "running" ? (
        <div className="notice notice-warn" role="note">
          {t.runningNotice}
        </div>
      ) : null}

      <dl className="facts">
        <dt>{t.list}</dt>
        <dd>
          <Link href={`/imports?list=${encodeURIComponent(run.listKey)}`}>{label}</Link>
        </dd>
        <dt>{t.published}</dt>
        <dd>
          <DateText value={run.publishedOn} />
        </dd>
        <dt>{t.status}</dt>
        <dd>{m.sources.runStatus[run.status]}</dd>
        <dt>{t.started}</dt>
        <dd>
          <Timestamp value={run.startedAt} />
        </dd>
        <dt>{t.finished}</dt>
        <dd>
          <Timestamp value={run.finishedAt} />
        </dd>
        <dt>{t.actor}</dt>
        <dd>{m.common.actor(run.by)}</dd>
        <dt>{t.records}</dt>
        <dd>{formatNumber(run.records)}</dd>
        {run.source ? (
          <>
            <dt>{t.source}</dt>
            <dd>
              <SourceLinks sources={[run.source]} inline />
            </dd>
          </>
        ) : null}
        {run.previous ? (
          <>
            <dt>{t.previous}</dt>
            <dd>
              <Link href={`/imports/${run.previous.id}`}>{t.title(label, run.previous.publishedOn)}</Link>{" "}
              <span className="muted small">({m.sources.runStatus[run.previous.status]})</span>
            </dd>
          </>
        ) : null}
        {run.next ? (
          <>
            <dt>{t.next}</dt>
            <dd>
              <Link href={`/imports/${run.next.id}`}>{t.title(label, run.next.publishedOn)}</Link>{" "}
              <span className="muted small">({m.sources.runStatus[run.next.status]})</span>
            </dd>
          </>
        ) : null}
      </dl>

      {run.status === "failed" ? null : (
        <section aria-labelledby="counts">
          <h2 id="counts">{t.countsHeading}</h2>
          <Counts run={run} />
        </section>
      )}

      <section aria-labelledby="files">
        <h2 id="files">{t.filesHeading}</h2>
        <Files run={run} />
      </section>

      {run.status === "failed" ? null : (
        <section aria-labelledby="changes">
          <h2 id="changes">{t.changesHeading}</h2>
          <p className="muted small">{t.changesLede}</p>
          <form className="filters" method="get" action={m.path(`/imports/${run.id}`)} aria-label={t.filters}>
            <div className="field">
              <label htmlFor="r-category">{t.category}</label>
              <select id="r-category" name="category" defaultValue={category ?? ""}>
                <option value="">{t.categoryOption(t.allCategories, defaultTotal)}</option>
                {RUN_CHANGE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t.categoryOption(categoryWord(c), countsByCategory[c])}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t.show}</button>
          </form>
          <p className="small muted" role="status">
            {changes.total === 0 ? t.noChanges(category ? categoryWord(category) : null) : t.showing(first, last, changes.total)}
          </p>
          {changes.items.length > 0 ? <ChangeList items={changes.items} /> : null}
          <Pagination path={`/imports/${run.id}`} params={{ category }} page={changes.page} pageCount={changes.pageCount} />
        </section>
      )}
    </>
  );
}

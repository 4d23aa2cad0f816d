import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { z } from "zod";
import { listImportRuns, listSourceHealth } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n/request";
import { ParamReader, type SearchParams } from "@/lib/params";
import { pageNumber } from "@/lib/validation/number";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { ImportRunTable } from "@/components/ImportRuns";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).sources.runs.title };
}

export default async function ImportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const t = m.sources.runs;
  const params = new ParamReader(await searchParams, m.common.invalidParam);
  // The built-in lists and those FtM imports created.
  const lists = listSourceHealth().map((l) => ({ key: l.listKey, label: m.referenceNames.list(l.listKey, l.label) }));
  const listKey = params.get(
    "list",
    z.string().refine((k) => lists.some((l) => l.key === k)),
  );
  const page = params.get("page", pageNumber());

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

      <form className="filters" method="get" action={m.path("/imports")} aria-label={t.filters}>
        <div className="field">
          <label htmlFor="i-list">{t.list}</label>
          <select id="i-list" name="list" defaultValue={listKey ?? ""}>
            <option value="">{t.allLists}</option>
            {lists.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
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
        <ImportRunTable runs={result.runs} caption={t.caption} hideCaption showErrors showMerged />
      )}
      <Pagination path="/imports" params={{ list: listKey }} page={result.page} pageCount={result.pageCount} />
    </>
  );
}

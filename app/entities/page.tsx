import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { z } from "zod";
import { ENTITY_KINDS } from "@/db/schema";
import { ENTITY_SORTS, ENTITY_STATUS_FILTERS, SORT_DIRECTIONS, listAuthorities, listEntities, type EntityStatusFilter } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";
import { fullDateSchema } from "@/lib/domain/partial-date";
import { ParamReader, hrefWith, type SearchParams } from "@/lib/params";
import { pageNumber } from "@/lib/validation/number";
import { DayCountsLine } from "@/components/DayCountsLine";
import { DataBasis } from "@/components/DataBasis";
import { EntityTable, type TableSort } from "./EntityTable";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { Downloads } from "@/components/Downloads";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).entities.list.title };
}

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const t = m.entities.list;
  const params = new ParamReader(await searchParams, m.common.invalidParam);
  const authorities = listAuthorities();
  const authorityCodes = authorities.map((a) => a.code) as [string, ...string[]];

  const q = params.get("q", z.string().max(200));
  const kind = params.get("kind", z.enum(ENTITY_KINDS));
  const authority = params.get("authority", z.enum(authorityCodes));
  const asOf = params.get("asOf", fullDateSchema);
  // "What was in force on a date" is what a date alone asks for.
  const status: EntityStatusFilter = params.get("status", z.enum(ENTITY_STATUS_FILTERS)) ?? (asOf ? "active" : "all");
  const page = params.get("page", pageNumber());
  // By name, A to Z, unless the reader asked for another order (a header link).
  const sort = params.get("sort", z.enum(ENTITY_SORTS));
  const dir = params.get("dir", z.enum(SORT_DIRECTIONS));

  // A Korean page lists Hangul names first, in Korean order (lib/read/entities.ts).
  const nameOrder = m.locale === "ko" ? "ko" : undefined;
  const result = listEntities({ q, kind, authority, asOf, status, page, sort, dir, nameOrder });
  const kept = { q, kind, authority, asOf, status: status === "all" && !asOf ? undefined : status, sort, dir };
  // A new order starts again at the first page.
  const sorting: TableSort = {
    sort: sort ?? "name",
    dir: dir ?? "asc",
    href: (s, d) => hrefWith("/entities", { ...kept, sort: s, dir: d }),
  };
  // A past-date view of what was in force also lists, under a heading of their own, the entities it cannot place.
  const unknown =
    asOf && status === "active" && result.counts.unknown > 0
      ? listEntities({ q, kind, authority, asOf, status: "unknown", pageSize: 10, sort, dir, nameOrder })
      : null;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />

      {/* Keyed by the query: a header or page link navigates in place, and the fields' default values must follow it. */}
      <form key={hrefWith("/entities", kept)} className="filters" method="get" action={m.path("/entities")} aria-label={t.filters}>
        <div className="field">
          <label htmlFor="f-q">{t.name}</label>
          <input id="f-q" type="search" name="q" defaultValue={q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t.kind}</label>
          <select id="f-kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">{m.common.all}</option>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.common.kindPlural[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-authority">{t.authority}</label>
          <select id="f-authority" name="authority" defaultValue={authority ?? ""}>
            <option value="">{m.common.all}</option>
            {authorities.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t.status}</label>
          <select id="f-status" name="status" defaultValue={status}>
            <option value="all">{t.statusAll}</option>
            <option value="active">{t.statusActive}</option>
            <option value="delisted">{t.statusDelisted}</option>
            <option value="unknown">{t.statusUnknown}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-asof">{t.asOf}</label>
          <input id="f-asof" type="date" name="asOf" defaultValue={asOf ?? ""} aria-describedby="f-asof-hint" />
          <span id="f-asof-hint" className="small muted">
            {t.asOfHint}
          </span>
        </div>
        {/* The order as fields too: on a phone the table's headers (its sort links) are not shown. */}
        <div className="field">
          <label htmlFor="f-sort">{t.sortBy}</label>
          <select id="f-sort" name="sort" defaultValue={sort ?? "name"}>
            {ENTITY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t.sortOptions[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-dir">{t.sortDir}</label>
          <select id="f-dir" name="dir" defaultValue={dir ?? "asc"}>
            {SORT_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t.sortDirOptions[d]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{m.common.apply}</button>
        <Link href="/entities" className="button button-secondary">
          {m.common.reset}
        </Link>
      </form>

      <div role="status">
        {asOf ? (
          <>
            <DayCountsLine counts={result.counts} asOf={asOf} href={(status) => hrefWith("/entities", { ...kept, status })} />
            {status !== "active" ? (
              <p>
                <strong>{t.count(formatNumber(result.total))}</strong>
              </p>
            ) : null}
          </>
        ) : (
          <p>
            <strong>{t.count(formatNumber(result.total))}</strong>
          </p>
        )}
      </div>
      <DataBasis />

      {result.rows.length === 0 ? <p>{t.empty}</p> : <EntityTable rows={result.rows} caption={t.caption} sorting={sorting} />}
      <Pagination path="/entities" params={kept} page={result.page} pageCount={result.pageCount} />
      {unknown && asOf ? (
        <section aria-labelledby="not-known">
          <h2 id="not-known">{t.day.unknownHeading(asOf)}</h2>
          <p className="muted">{t.day.unknownLede}</p>
          <EntityTable rows={unknown.rows} caption={t.day.unknownHeading(asOf)} />
          {unknown.total > unknown.rows.length ? (
            <p>
              <Link href={hrefWith("/entities", { ...kept, status: "unknown" })}>{t.day.unknownAll(formatNumber(unknown.total))}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <Downloads />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ENTITY_KINDS } from "@/db/schema";
import { listAuthorities, listEntities, type EntityStatusFilter } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { fullDateSchema } from "@/lib/domain/partial-date";
import { ParamReader, type SearchParams } from "@/lib/params";
import { InForceBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { DateText } from "@/components/DateText";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { Downloads } from "@/components/Downloads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().entities.list.title };

const STATUSES = ["active", "delisted", "all"] as const;

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = getMessages();
  const t = m.entities.list;
  const params = new ParamReader(await searchParams);
  const authorities = listAuthorities();
  const authorityCodes = authorities.map((a) => a.code) as [string, ...string[]];

  const q = params.get("q", z.string().max(200));
  const kind = params.get("kind", z.enum(ENTITY_KINDS));
  const authority = params.get("authority", z.enum(authorityCodes));
  const asOf = params.get("asOf", fullDateSchema);
  // "What was in force on a date" is what a date alone asks for.
  const status: EntityStatusFilter = params.get("status", z.enum(STATUSES)) ?? (asOf ? "active" : "all");
  const page = params.get("page", z.coerce.number().int().min(1).max(100000));

  const result = listEntities({ q, kind, authority, asOf, status, page });
  const kept = { q, kind, authority, asOf, status: status === "all" && !asOf ? undefined : status };

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />

      <form className="filters" method="get" action="/entities" aria-label={t.filters}>
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
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-asof">{t.asOf}</label>
          <input id="f-asof" type="date" name="asOf" defaultValue={asOf ?? ""} aria-describedby="f-asof-hint" />
          <span id="f-asof-hint" className="small muted">
            {t.asOfHint}
          </span>
        </div>
        <button type="submit">{m.common.apply}</button>
        <Link href="/entities" className="button button-secondary">
          {m.common.reset}
        </Link>
      </form>

      <p role="status">
        <strong>{t.count(formatNumber(result.total))}</strong>
        {asOf ? <span className="muted"> · {t.asOfNote(asOf)}</span> : null}
      </p>

      {result.rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.authorities}</th>
                <th scope="col">{t.columns.firstListed}</th>
                <th scope="col">{t.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/entities/${r.id}`}>{r.name}</Link>
                    {r.otherNames.length > 0 ? (
                      <div className="small muted">
                        {r.otherNames.map((n, i) => (
                          <span key={n.value}>
                            {i > 0 ? " · " : ""}
                            <span lang={n.script === "Hang" ? "ko" : n.script === "Cyrl" ? "ru" : undefined}>{n.value}</span>
                            {!n.official ? (
                              <>
                                {" "}
                                <UnofficialBadge />
                              </>
                            ) : null}
                          </span>
                        ))}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <KindBadge kind={r.kind} />
                  </td>
                  <td>
                    <span className="badge-list">
                      {r.authorities.map((a) => (
                        <span key={a.code} className={a.inForce ? "badge badge-ok" : "badge badge-off"}>
                          {a.code}
                          {a.inForce ? "" : ` (${m.common.status.delisted.toLowerCase()})`}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td>
                    <DateText value={r.firstListedOn} />
                  </td>
                  <td>
                    <InForceBadge inForce={r.inForce} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/entities" params={kept} page={result.page} pageCount={result.pageCount} />
      <Downloads />
    </>
  );
}

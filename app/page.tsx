import { Link } from "@/components/Link";
import { getHomeSummary } from "@/lib/read";
import { listSourceHealth } from "@/lib/read/imports";
import { messagesFor } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/request";
import { LanguageSuggestion } from "@/components/LanguageSuggestion";
import { formatNumber } from "@/lib/format";
import { ChangeList } from "@/components/ChangeList";
import { DataTable } from "@/components/DataTable";
import { recordKeepingHref } from "@/lib/params";
import { DateText } from "@/components/DateText";
import { Notices } from "@/components/Notices";
import { PublicationAge } from "@/components/PublicationAge";
import { ParamReader, type SearchParams } from "@/lib/params";
import { fullDateSchema } from "@/lib/domain/partial-date";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const t = m.home;
  const params = new ParamReader(await searchParams, m.common.invalidParam);
  const asOf = params.get("asOf", fullDateSchema);
  const s = getHomeSummary(asOf);
  const kept = asOf ? `&asOf=${asOf}` : "";
  // Authorities whose figures no imported list feeds: they rest on the facts entered.
  const fedByLists = new Set(s.publications.flatMap((p) => p.authorities));
  const ages = new Map(s.publications.map((p) => [p.listKey, p]));
  const factsOnly = s.byAuthority.map((a) => a.code).filter((c) => !fedByLists.has(c));
  const lists = listSourceHealth();
  const ts = m.sources.home;
  return (
    <>
      {m.locale === "en" ? <LanguageSuggestion locale="ko" href={localePath("ko", "/")} words={messagesFor("ko").common.language} /> : null}
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>

      <form action={m.path("/search")} method="get" className="searchbox" role="search">
        <label htmlFor="home-q" className="visually-hidden">
          {t.search.label}
        </label>
        <input id="home-q" name="q" type="search" placeholder={t.search.placeholder} />
        <button type="submit">{t.search.button}</button>
      </form>

      <section aria-labelledby="figures">
        <h2 id="figures">{t.figures.heading}</h2>
        <Notices notices={params.notices} />
        <div role="status" className="small">
          <p>
            <strong>{s.past ? t.figures.past(s.asOf) : t.figures.today(s.asOf)}</strong>{" "}
            {s.past ? <Link href="/">{t.figures.backToToday}</Link> : null}
          </p>
          {s.onFirstSeen.designations > 0 && s.past ? <p>{t.figures.onFirstSeen(formatNumber(s.onFirstSeen.designations))}.</p> : null}
          {s.unknown.designations > 0 ? (
            <p>
              <Link href={`/entities?asOf=${s.asOf}&status=unknown`}>
                {t.figures.unknown(formatNumber(s.unknown.designations), s.asOf)}
              </Link>
              .
            </p>
          ) : null}
          <p>{t.figures.countedFrom}</p>
          <ul>
            {s.publications.map((p) => (
              <li key={p.listKey}>
                <Link href={`/imports/${p.runId}`}>{t.figures.publication(m.referenceNames.list(p.listKey, p.label), p.publishedOn)}</Link>,{" "}
                <PublicationAge age={p.age} outOfDate={p.outOfDate} />
              </li>
            ))}
            {factsOnly.length ? <li>{t.figures.facts(factsOnly)}</li> : null}
          </ul>
        </div>
        <form method="get" action={m.path("/")} className="inline-form small" aria-label={t.figures.pastForm}>
          <label htmlFor="home-asof">{t.figures.pastForm}</label> <input id="home-asof" type="date" name="asOf" defaultValue={asOf ?? ""} />{" "}
          <button type="submit">{t.figures.pastButton}</button>
        </form>
        <div className="cards">
          <div className="card">
            <div className="figure">{formatNumber(s.totals.designations)}</div>
            <div className="figure-label">
              {t.figures.total} · {t.figures.entities(formatNumber(s.totals.entities))}
            </div>
          </div>
          {s.byKind.map((k) => (
            <div className="card" key={k.kind}>
              <div className="figure">{formatNumber(k.designations)}</div>
              <div className="figure-label">
                <Link href={`/entities?kind=${k.kind}&status=active${kept}`}>{m.common.kindPlural[k.kind]}</Link>
                {" · "}
                {t.figures.entities(formatNumber(k.entities))}
              </div>
            </div>
          ))}
        </div>
        <DataTable
          caption={t.figures.byAuthority}
          rows={s.byAuthority}
          rowKey={(a) => a.code}
          columns={[
            {
              header: t.figures.authority,
              cell: (a) => (
                <>
                  <Link href={`/entities?authority=${encodeURIComponent(a.code)}&status=active${kept}`}>{a.code}</Link>{" "}
                  <span className="muted small">{m.referenceNames.authority(a.code, a.name)}</span>
                </>
              ),
            },
            { header: t.figures.designationsColumn, numeric: true, cell: (a) => formatNumber(a.designations) },
            { header: t.figures.entitiesColumn, numeric: true, cell: (a) => formatNumber(a.entities) },
            {
              header: t.figures.dataColumn,
              className: "small",
              cell: (a) => (
                <>
                  {s.publications
                    .filter((p) => p.authorities.includes(a.code))
                    .map((p) => (
                      <div key={p.listKey}>
                        <time dateTime={p.publishedOn}>{m.common.date(p.publishedOn)}</time>,{" "}
                        <PublicationAge age={p.age} outOfDate={p.outOfDate} />
                      </div>
                    ))}
                  {fedByLists.has(a.code) ? null : <span className="muted">{m.sources.factsOnly}</span>}
                </>
              ),
            },
          ]}
        />
      </section>

      <div className="two-col">
        <section aria-labelledby="latest">
          <h2 id="latest">{t.latest.heading}</h2>
          <p className="small muted">{t.latest.lede}</p>
          <ChangeList items={s.latestChanges} />
          <p>
            <Link href="/history">{t.latest.all}</Link>
            {" · "}
            <Link href={recordKeepingHref("/history", true)}>{t.latest.withRecordKeeping}</Link>
          </p>
        </section>
        <section aria-labelledby="controls">
          <h2 id="controls">{t.controls.heading}</h2>
          <ul className="plain">
            {s.controlLists.map((l) => (
              <li key={l.key}>
                <Link href={`/export-controls/${l.key}`}>{m.referenceNames.controlList(l.key, l.name)}</Link>
                {l.current ? (
                  <div>
                    <span className="figure">{formatNumber(l.current.total)}</span>{" "}
                    <span className="muted">
                      {m.referenceNames.unit(l.unit)} · {t.controls.since("")}
                      <DateText value={l.current.effectiveOn} />
                    </span>
                  </div>
                ) : null}
                {l.discrepancyCount > 0 || l.restatementCount > 0 ? (
                  <span className="badge-list">
                    {l.discrepancyCount > 0 ? (
                      <Link href={`/export-controls/${l.key}#discrepancies`} className="badge badge-warn">
                        {t.controls.discrepancies(l.discrepancyCount)}
                      </Link>
                    ) : null}
                    {l.restatementCount > 0 ? (
                      <Link href={`/export-controls/${l.key}#restatements`} className="badge badge-info">
                        {t.controls.restatements(l.restatementCount)}
                      </Link>
                    ) : null}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="official-lists">
        <h2 id="official-lists">{ts.heading}</h2>
        <div className="table-wrap">
          <table className="stack" role="table">
            <caption>{ts.caption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {ts.columns.list}
                </th>
                <th scope="col" role="columnheader">
                  {ts.columns.published}
                </th>
                <th scope="col" role="columnheader">
                  {ts.columns.imported}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {ts.columns.held}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {ts.columns.added}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {ts.columns.changed}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {ts.columns.removed}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {lists.map((l) => (
                <tr key={l.listKey} role="row">
                  <th scope="row" role="rowheader">
                    {m.referenceNames.list(l.listKey, l.label)}
                    {l.lastFailure ? (
                      <>
                        {" "}
                        <Link href={`/imports/${l.lastFailure.runId}`} className="badge badge-bad">
                          {ts.failedBadge}
                        </Link>
                      </>
                    ) : null}
                  </th>
                  {l.lastSuccess ? (
                    <>
                      <td role="cell" data-label={ts.columns.published}>
                        <Link href={`/imports/${l.lastSuccess.runId}`}>
                          {l.lastSuccess.publishedOn ? (
                            <time dateTime={l.lastSuccess.publishedOn}>{m.common.date(l.lastSuccess.publishedOn)}</time>
                          ) : (
                            ts.publicationLink(null)
                          )}
                        </Link>
                        {ages.get(l.listKey) ? (
                          <div className="small">
                            <PublicationAge age={ages.get(l.listKey)!.age} outOfDate={ages.get(l.listKey)!.outOfDate} />
                          </div>
                        ) : null}
                      </td>
                      <td role="cell" data-label={ts.columns.imported}>
                        {l.lastSuccess.finishedAt ? (
                          <time dateTime={l.lastSuccess.finishedAt} className="nowrap">
                            {m.sources.timestamp(l.lastSuccess.finishedAt)}
                          </time>
                        ) : (
                          <span className="muted">{m.common.unknown}</span>
                        )}
                      </td>
                      <td role="cell" className="num" data-label={ts.columns.held}>
                        {formatNumber(l.recordsHeld)}
                      </td>
                      <td role="cell" className="num" data-label={ts.columns.added}>
                        {formatNumber(l.lastSuccess.added)}
                      </td>
                      <td role="cell" className="num" data-label={ts.columns.changed}>
                        {formatNumber(l.lastSuccess.changed)}
                      </td>
                      <td role="cell" className="num" data-label={ts.columns.removed}>
                        {formatNumber(l.lastSuccess.removed)}
                      </td>
                    </>
                  ) : (
                    <td role="cell" colSpan={6} className="muted">
                      {ts.notImported}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <Link href="/sources">{ts.all}</Link>
        </p>
      </section>
    </>
  );
}

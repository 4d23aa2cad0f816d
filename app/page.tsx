import Link from "next/link";
import { getHomeSummary } from "@/lib/read";
import { listSourceHealth } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { ChangeList } from "@/components/ChangeList";
import { recordKeepingHref } from "@/lib/params";
import { DateText } from "@/components/DateText";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const m = getMessages();
  const t = m.home;
  const s = getHomeSummary();
  const lists = listSourceHealth();
  const ts = m.sources.home;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>

      <form action="/search" method="get" className="searchbox" role="search">
        <label htmlFor="home-q" className="visually-hidden">
          {t.search.label}
        </label>
        <input id="home-q" name="q" type="search" placeholder={t.search.placeholder} />
        <button type="submit">{t.search.button}</button>
      </form>

      <section aria-labelledby="figures">
        <h2 id="figures">{t.figures.heading}</h2>
        <p className="muted small">{t.figures.asOf(s.asOf)}</p>
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
                <Link href={`/entities?kind=${k.kind}&status=active`}>{m.common.kindPlural[k.kind]}</Link>
                {" · "}
                {t.figures.entities(formatNumber(k.entities))}
              </div>
            </div>
          ))}
        </div>
        <div className="table-wrap">
          <table>
            <caption>{t.figures.byAuthority}</caption>
            <thead>
              <tr>
                <th scope="col">{t.figures.authority}</th>
                <th scope="col" className="num">
                  {t.figures.designationsColumn}
                </th>
                <th scope="col" className="num">
                  {t.figures.entitiesColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.byAuthority.map((a) => (
                <tr key={a.code}>
                  <td>
                    <Link href={`/entities?authority=${encodeURIComponent(a.code)}&status=active`}>{a.code}</Link>{" "}
                    <span className="muted small">{a.name}</span>
                  </td>
                  <td className="num">{formatNumber(a.designations)}</td>
                  <td className="num">{formatNumber(a.entities)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
                <Link href={`/export-controls/${l.key}`}>{l.name}</Link>
                {l.current ? (
                  <div>
                    <span className="figure">{formatNumber(l.current.total)}</span>{" "}
                    <span className="muted">
                      {l.unit} · {t.controls.since("")}
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
          <table>
            <caption>{ts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{ts.columns.list}</th>
                <th scope="col">{ts.columns.published}</th>
                <th scope="col">{ts.columns.imported}</th>
                <th scope="col" className="num">
                  {ts.columns.held}
                </th>
                <th scope="col" className="num">
                  {ts.columns.added}
                </th>
                <th scope="col" className="num">
                  {ts.columns.changed}
                </th>
                <th scope="col" className="num">
                  {ts.columns.removed}
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((l) => (
                <tr key={l.listKey}>
                  <th scope="row">
                    {l.label}
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
                      <td>
                        <Link href={`/imports/${l.lastSuccess.runId}`}>
                          {l.lastSuccess.publishedOn ? (
                            <time dateTime={l.lastSuccess.publishedOn}>{l.lastSuccess.publishedOn}</time>
                          ) : (
                            ts.publicationLink(null)
                          )}
                        </Link>
                      </td>
                      <td>
                        {l.lastSuccess.finishedAt ? (
                          <time dateTime={l.lastSuccess.finishedAt} className="nowrap">
                            {m.sources.timestamp(l.lastSuccess.finishedAt)}
                          </time>
                        ) : (
                          <span className="muted">{m.common.unknown}</span>
                        )}
                      </td>
                      <td className="num">{formatNumber(l.recordsHeld)}</td>
                      <td className="num">{formatNumber(l.lastSuccess.added)}</td>
                      <td className="num">{formatNumber(l.lastSuccess.changed)}</td>
                      <td className="num">{formatNumber(l.lastSuccess.removed)}</td>
                    </>
                  ) : (
                    <td colSpan={6} className="muted">
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

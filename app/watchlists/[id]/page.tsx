import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { checkPageAccess } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { MATCH_DECISIONS } from "@/lib/domain/vocabulary";
import { getMessages } from "@/lib/i18n/request";
import { ParamReader, type SearchParams } from "@/lib/params";
import { getWatchlist, type ResultView } from "@/lib/read/watchlists";
import { parseId } from "@/lib/validation/id";
import { decideAction } from "./actions";
import { FeedForm } from "./FeedForm";
import styles from "./watchlist.module.css";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).watchlists.title, robots: { index: false } };
}

async function Decision({ watchlistId, itemId, r }: { watchlistId: number; itemId: number; r: ResultView }) {
  const messages = await getMessages();
  const t = messages.watchlists.decision;
  return (
    <form action={decideAction} className={styles.decision}>
      <input type="hidden" name="watchlistId" value={watchlistId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="entityId" value={r.entityId} />
      {r.decision ? (
        <p className="small">
          {t.recorded(t.decisions[r.decision.decision], r.decision.by, r.decision.decidedAt)}
          {r.decision.note ? ` “${r.decision.note}”` : ""}
          {r.decision.current ? "" : ` ${t.outdated}`}
        </p>
      ) : null}
      <fieldset>
        <legend>{t.legend}</legend>
        {MATCH_DECISIONS.map((d) => (
          <label key={d}>
            <input type="radio" name="decision" value={d} required defaultChecked={r.decision?.decision === d} /> {t.decisions[d]}
          </label>
        ))}
        <label>
          {t.note} <input type="text" name="note" maxLength={2000} />
        </label>
        <button type="submit">{t.save}</button>
      </fieldset>
    </form>
  );
}

/** /watchlists/[id]: alerts, then each counterparty with its matches, their reasons and decisions; downloads and feeds. */
export default async function WatchlistPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id: raw } = await params;
  const id = parseId(raw);
  const { user } = await checkPageAccess("viewer", `/watchlists/${raw}`);
  const w = id ? getWatchlist(id) : null;
  if (!w || (w.ownerUserId !== user.id && !hasRole(user.role, "admin"))) notFound();
  const m = await getMessages();
  const query = new ParamReader(await searchParams, m.common.invalidParam);
  const t = m.watchlists;
  // Its results are written in the language it was saved in: marked so on the other language's page.
  const resultsLang = w.locale === m.locale ? undefined : w.locale;
  const evidence = w.items.flatMap((i) => i.results)[0];
  // A watchlist may hold 10,000 counterparties: the page shows those with a match or a decision; the others are in the downloads.
  const alerted = new Set(w.alerts.map((a) => a.itemId));
  const shown = w.items.filter((i) => alerted.has(i.id) || i.results.some((r) => r.match || r.decision));
  const quiet = w.items.length - shown.length;
  return (
    <>
      <p className="small">
        <Link href="/watchlists">{t.title}</Link>
      </p>
      <h1>{w.name}</h1>
      <p className="small muted">
        {t.detail.owner(w.owner, w.createdAt.slice(0, 10))}{" "}
        {t.detail.evidence(w.threshold, evidence?.scoringVersion ?? "—", w.screenedThrough)}
        {evidence?.publications.length
          ? ` ${t.detail.against}: ${evidence.publications.map((p) => `${p.list} ${m.common.date(p.publishedOn)}`).join("; ")}.`
          : ""}
      </p>
      {query.raw("decided") ? <p role="status">{t.decision.saved}</p> : null}

      <section aria-labelledby="alerts">
        <h2 id="alerts">{t.detail.alertsTitle}</h2>
        {w.alerts.length === 0 ? (
          <p>{t.detail.noAlerts}</p>
        ) : (
          <ul className={styles.alerts}>
            {w.alerts.map((a) => (
              <li key={a.id}>
                <span className={styles[a.kind]}>{t.alertKinds[a.kind]}</span> {m.common.date(a.createdAt.slice(0, 10))}:{" "}
                <a href={`#item-${a.itemId}`}>{a.itemLabel}</a> → <Link href={`/entities/${a.entityId}`}>{a.entityName}</Link> (
                {t.detail.score} {a.score.toFixed(2)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="items">
        <h2 id="items">{t.detail.itemsTitle}</h2>
        <p>{t.detail.itemsSummary(w.items.length, shown.length, quiet)}</p>
        <ol className={styles.items}>
          {shown.map((item) => (
            <li key={item.id} id={`item-${item.id}`} value={item.position}>
              <h3>{item.label}</h3>
              {item.results.length === 0 ? (
                <p className="muted">{t.detail.noResults}</p>
              ) : (
                <ul>
                  {item.results.map((r) => (
                    <li key={r.id} className={r.match ? styles.hit : undefined}>
                      <Link href={`/entities/${r.entityId}`}>{r.entityName}</Link>{" "}
                      <span className={r.match ? styles.match : "muted"}>
                        {t.detail.score} {r.score.toFixed(2)} · {r.match ? t.detail.match : t.detail.belowThreshold}
                      </span>
                      {r.explanation.length ? (
                        <ul className={styles.why} aria-label={t.detail.why} lang={resultsLang}>
                          {r.explanation.map((line, i) => (
                            <li key={i}>{line}</li>
                          ))}
                        </ul>
                      ) : null}
                      {r.designations.length ? (
                        <p className="small" lang={resultsLang}>
                          {t.detail.designations}: {r.designations.join("; ")}
                        </p>
                      ) : null}
                      {r.match || r.decision ? <Decision watchlistId={w.id} itemId={item.id} r={r} /> : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="downloads">
        <h2 id="downloads">{t.detail.downloads}</h2>
        <ul>
          <li>
            <a href={m.path(`/watchlists/${w.id}/export.csv`)}>{t.detail.csv}</a>
          </li>
          <li>
            <a href={m.path(`/watchlists/${w.id}/export.json`)}>{t.detail.json}</a>
          </li>
        </ul>
        {w.ownerUserId === user.id ? (
          <>
            <h3>{t.detail.feeds}</h3>
            <p className="small">{t.detail.feedsLede}</p>
            <FeedForm
              watchlistId={w.id}
              page={m.path(`/watchlists/${w.id}`)}
              t={{
                newFeed: t.detail.newFeed,
                feedAtom: t.detail.feedAtom,
                feedJson: t.detail.feedJson,
                feedShownOnce: t.detail.feedShownOnce,
              }}
            />
          </>
        ) : null}
      </section>
    </>
  );
}

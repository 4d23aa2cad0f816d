import "server-only";
import { Feed } from "feed";
import { messagesFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "@/lib/http/origin";
import type { WatchlistDetail } from "@/lib/read/watchlists";

/**
 * A watchlist's alerts as a feed, newest first, in the language of the feed's
 * address (/ko/watchlists/1/feed.atom is Korean, with links to the Korean
 * pages); English by default.
 */
export function watchlistFeed(w: WatchlistDetail, origin: string, locale: Locale = "en"): Feed {
  const m = messagesFor(locale);
  const t = m.watchlists;
  const page = `${origin}${m.path(`/watchlists/${w.id}`)}`;
  const feed = new Feed({
    id: page,
    link: page,
    title: t.feed.title(w.name),
    description: t.feed.description,
    copyright: "",
    language: locale,
    updated: w.alerts[0] ? new Date(w.alerts[0].createdAt) : new Date(w.createdAt),
  });
  for (const a of w.alerts.slice(0, 200)) {
    const title = t.alertLine(t.alertKinds[a.kind], a.itemLabel, a.entityName, a.score);
    feed.addItem({
      id: `${page}#alert-${a.id}`,
      link: `${origin}${m.path(`/entities/${a.entityId}`)}`,
      title: escapeHtml(title),
      date: new Date(a.createdAt),
    });
  }
  return feed;
}

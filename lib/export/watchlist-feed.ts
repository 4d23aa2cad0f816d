import "server-only";
import { Feed } from "feed";
import { messagesFor } from "@/lib/i18n";
import { escapeHtml } from "@/lib/http/origin";
import type { WatchlistDetail } from "@/lib/read/watchlists";

/** A watchlist's alerts as a feed, newest first. */
export function watchlistFeed(w: WatchlistDetail, origin: string): Feed {
  const t = messagesFor("en").watchlists;
  const page = `${origin}/watchlists/${w.id}`;
  const feed = new Feed({
    id: page,
    link: page,
    title: t.feed.title(w.name),
    description: t.feed.description,
    copyright: "",
    updated: w.alerts[0] ? new Date(w.alerts[0].createdAt) : new Date(w.createdAt),
  });
  for (const a of w.alerts.slice(0, 200)) {
    const title = t.alertLine(t.alertKinds[a.kind], a.itemLabel, a.entityName, a.score);
    feed.addItem({
      id: `${page}#alert-${a.id}`,
      link: `${origin}/entities/${a.entityId}`,
      title: escapeHtml(title),
      date: new Date(a.createdAt),
    });
  }
  return feed;
}

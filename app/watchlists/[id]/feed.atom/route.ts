import { watchlistFeed } from "@/lib/export/watchlist-feed";
import { withLanguage } from "@/lib/export/history-feed";
import { originOf } from "@/lib/http/origin";
import { watchlistForFeed } from "@/lib/http/watchlist-access";
import { feedTokenValid } from "@/lib/read/watchlists";
import { getLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/** GET /watchlists/:id/feed.atom?token=…: the watchlist's alerts for a feed reader (the secret stands for the cookie); /ko/watchlists/:id/feed.atom in Korean. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const w = watchlistForFeed(request, (await params).id, feedTokenValid);
  if (w instanceof Response) return w;
  const locale = await getLocale();
  return new Response(withLanguage(watchlistFeed(w, originOf(request).origin, locale).atom1(), locale), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-store" },
  });
}

import { watchlistFeed } from "@/lib/export/watchlist-feed";
import { originOf } from "@/lib/http/origin";
import { watchlistForFeed } from "@/lib/http/watchlist-access";
import { feedTokenValid } from "@/lib/read/watchlists";
import { getLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/** GET /watchlists/:id/feed.json?token=…: the same alerts as a JSON Feed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const w = watchlistForFeed(request, (await params).id, feedTokenValid);
  if (w instanceof Response) return w;
  return new Response(watchlistFeed(w, originOf(request).origin, await getLocale()).json1(), {
    headers: { "content-type": "application/feed+json; charset=utf-8", "cache-control": "no-store" },
  });
}

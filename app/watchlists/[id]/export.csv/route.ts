import { watchlistCsv } from "@/lib/export/watchlist";
import { watchlistForRequest } from "@/lib/http/watchlist-access";
import { getLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/** GET /watchlists/:id/export.csv: results, decisions and evidence for an auditor (signed in, owner or administrator); from /ko/..., with a Korean header line. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const w = watchlistForRequest(request, (await params).id);
  if (w instanceof Response) return w;
  return new Response(watchlistCsv(w, await getLocale()), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="watchlist-${w.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}

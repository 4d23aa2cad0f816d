import { watchlistCsv } from "@/lib/export/watchlist";
import { watchlistForRequest } from "@/lib/http/watchlist-access";

export const dynamic = "force-dynamic";

/** GET /watchlists/:id/export.csv: results, decisions and evidence for an auditor (signed in, owner or administrator). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const w = watchlistForRequest(request, (await params).id);
  if (w instanceof Response) return w;
  return new Response(watchlistCsv(w), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="watchlist-${w.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}

import { watchlistJson } from "@/lib/export/watchlist";
import { watchlistForRequest } from "@/lib/http/watchlist-access";

export const dynamic = "force-dynamic";

/** GET /watchlists/:id/export.json: the watchlist, its results with their evidence, decisions and alerts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const w = watchlistForRequest(request, (await params).id);
  if (w instanceof Response) return w;
  return Response.json(watchlistJson(w), {
    headers: { "content-disposition": `attachment; filename="watchlist-${w.id}.json"`, "cache-control": "no-store" },
  });
}

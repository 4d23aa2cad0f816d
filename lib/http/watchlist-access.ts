import "server-only";
import { authorizeRequest } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { getWatchlist, type WatchlistDetail } from "@/lib/read/watchlists";
import { parseId } from "@/lib/validation/id";

const notFound = () =>
  Response.json(
    { error: "not_found", reason: "There is no such watchlist, or it is not yours." },
    { status: 404, headers: { "cache-control": "no-store" } },
  );

/** The watchlist a signed-in request may read (its owner's, or any for an administrator), or the JSON refusal to return. */
export function watchlistForRequest(request: Request, rawId: string): WatchlistDetail | Response {
  const user = authorizeRequest(request, "viewer");
  if (user instanceof Response) return user;
  const id = parseId(rawId);
  const w = id ? getWatchlist(id) : null;
  if (!w || (w.ownerUserId !== user.id && !hasRole(user.role, "admin"))) return notFound();
  return w;
}

/** The watchlist of a feed address, when its secret is right; else the JSON refusal. */
export function watchlistForFeed(
  request: Request,
  rawId: string,
  valid: (id: number, token: string | null) => boolean,
): WatchlistDetail | Response {
  const id = parseId(rawId);
  const token = new URL(request.url).searchParams.get("token");
  const w = id && valid(id, token) ? getWatchlist(id) : null;
  return w ?? notFound();
}

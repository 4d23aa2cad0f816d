import { getDb, isDatabaseBusy } from "@/db/client";
import { badRequest, json } from "@/lib/api/responses";
import { authorizeRequest } from "@/lib/auth/guard";
import { DomainError } from "@/lib/commands/context";
import { createWatchlist } from "@/lib/commands/watchlists";
import { sameOrigin } from "@/lib/http/origin";
import { watchlistInputSchema } from "@/lib/validation/watchlist";

export const dynamic = "force-dynamic";

/**
 * POST /api/watchlists: saves a screening as a watchlist of the signed-in user
 * (`{ name, threshold, items: [{ label, query }] }`); answers 201 with its id,
 * its page and the secret of its feed addresses (shown this once).
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return json({ error: "forbidden", reason: "The request came from another site." }, { status: 403 });
  const user = authorizeRequest(request, "viewer");
  if (user instanceof Response) return user;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "invalid_body", reason: "The body is not JSON." }, { status: 400 });
  }
  const parsed = watchlistInputSchema.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error);
  try {
    const { id, feedToken } = createWatchlist({ db: getDb(), actor: { name: `user:${user.id}`, userId: user.id } }, parsed.data);
    return json({ id, url: `/watchlists/${id}`, feedToken }, { status: 201 });
  } catch (err) {
    if (err instanceof DomainError) return json({ error: "refused", reason: err.message }, { status: 400 });
    if (isDatabaseBusy(err)) return json({ error: "busy", reason: "An import is being written; try again in a moment." }, { status: 503 });
    throw err;
  }
}

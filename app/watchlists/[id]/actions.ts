"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/guard";
import { DomainError } from "@/lib/commands/context";
import { recordDecision, rotateFeedToken } from "@/lib/commands/watchlists";
import { parseId } from "@/lib/validation/id";
import { flatValues } from "@/lib/validation/form-data";

/** A reviewer's decision on one match, from the watchlist page (works without JavaScript). */
export async function decideAction(formData: FormData): Promise<void> {
  const values = flatValues(formData);
  const watchlistId = parseId(values.watchlistId);
  const page = watchlistId ? `/watchlists/${watchlistId}` : "/watchlists";
  const user = await requireUser("viewer", page);
  const itemId = parseId(values.itemId);
  const entityId = parseId(values.entityId);
  let outcome = "decided";
  try {
    recordDecision(
      { db: getDb(), actor: { name: `user:${user.id}`, userId: user.id } },
      // The schema refuses what is missing or wrong; 0 is never an id.
      { itemId: itemId ?? 0, entityId: entityId ?? 0, decision: values.decision as "true_match", note: values.note || undefined },
    );
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    outcome = "refused";
  }
  redirect(`${page}?${outcome}=1#item-${itemId ?? ""}`);
}

export type FeedState = { token: string | null; error: string | null };

/** New feed addresses for the watchlist; the secret is shown once, in the page, never in an address bar. */
export async function feedAction(_prev: FeedState, formData: FormData): Promise<FeedState> {
  const watchlistId = parseId(formData.get("watchlistId"));
  const user = await requireUser("viewer", watchlistId ? `/watchlists/${watchlistId}` : "/watchlists");
  if (!watchlistId) return { token: null, error: "No such watchlist" };
  try {
    return { token: rotateFeedToken({ db: getDb(), actor: { name: `user:${user.id}`, userId: user.id } }, watchlistId), error: null };
  } catch (err) {
    if (err instanceof DomainError) return { token: null, error: err.message };
    throw err;
  }
}

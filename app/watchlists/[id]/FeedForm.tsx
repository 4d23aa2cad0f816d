"use client";

import { useActionState } from "react";
import { feedAction, type FeedState } from "./actions";

export type FeedWords = { newFeed: string; feedAtom: string; feedJson: string; feedShownOnce: string };

/** Makes new feed addresses and shows them once; `page` is the watchlist's address in the page's language, which the feeds speak too. */
export function FeedForm({ watchlistId, page, t }: { watchlistId: number; page: string; t: FeedWords }) {
  const [state, action, pending] = useActionState<FeedState, FormData>(feedAction, { token: null, error: null });
  const base = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <form action={action}>
      <input type="hidden" name="watchlistId" value={watchlistId} />
      <button type="submit" disabled={pending}>
        {t.newFeed}
      </button>
      {state.error ? <p role="alert">{state.error}</p> : null}
      {state.token ? (
        <div role="status">
          <p>{t.feedShownOnce}</p>
          <ul>
            <li>
              {t.feedAtom}: <code>{`${base}${page}/feed.atom?token=${state.token}`}</code>
            </li>
            <li>
              {t.feedJson}: <code>{`${base}${page}/feed.json?token=${state.token}`}</code>
            </li>
          </ul>
        </div>
      ) : null}
    </form>
  );
}

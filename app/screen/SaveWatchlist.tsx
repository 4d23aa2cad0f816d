"use client";

import { Link } from "@/components/Link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useClientWords } from "@/components/ClientWords";
import { useSession } from "@/components/SessionProvider";
import type { Messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locales";
import { screeningQueryOf, type ScreeningRow } from "@/lib/screening/input";
import { fill } from "@/lib/screening/words";

/** The form's words, in the page's language, from the server page (no catalog in the browser). */
export type SaveWords = Messages["watchlists"]["save"];

/** Saves the rows just screened as a watchlist (signed-in users), then opens it, in the page's language. */
export function SaveWatchlist({ rows, threshold, t }: { rows: ScreeningRow[]; threshold: number; t: SaveWords }) {
  const { locale } = useClientWords();
  const session = useSession();
  const router = useRouter();
  const nameId = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!session?.signedIn) {
    return (
      <p className="small">
        <Link href={`/signin?next=${localePath(locale, "/screen")}`}>{t.signIn}</Link>
      </p>
    );
  }
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    setSaving(true);
    setError(null);
    try {
      const res = await fetch("/api/watchlists", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name: typeof name === "string" ? name : "",
          threshold,
          items: rows.map((r) => ({ label: r.name || r.imo || r.identifier || String(r.row), query: screeningQueryOf(r) })),
          // Its results explained in the page's language, now and at every re-screen.
          lang: locale,
        }),
      });
      const body = (await res.json().catch(() => null)) as { url?: string; reason?: string } | null;
      if (res.ok && body?.url) router.push(localePath(locale, body.url));
      else setError(fill(t.failed, { reason: body?.reason ?? `HTTP ${res.status}` }));
    } catch {
      setError(fill(t.failed, { reason: t.unreachable }));
    } finally {
      setSaving(false);
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${nameId}-title`}>
      <h2 id={`${nameId}-title`}>{t.title}</h2>
      <label htmlFor={nameId}>{t.name}</label> <input id={nameId} name="name" type="text" required maxLength={200} />{" "}
      <button type="submit" disabled={saving}>
        {t.submit}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

"use client";

import { Link } from "@/components/Link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useSession } from "@/components/SessionProvider";
import { watchlists as t } from "@/lib/i18n/en/watchlists";
import { screeningQueryOf, type ScreeningRow } from "@/lib/screening/input";

/** Saves the rows just screened as a watchlist (signed-in users), then opens it. */
export function SaveWatchlist({ rows, threshold }: { rows: ScreeningRow[]; threshold: number }) {
  const session = useSession();
  const router = useRouter();
  const nameId = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!session?.signedIn) {
    return (
      <p className="small">
        <Link href="/signin?next=/screen">{t.save.signIn}</Link>
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
        }),
      });
      const body = (await res.json().catch(() => null)) as { url?: string; reason?: string } | null;
      if (res.ok && body?.url) router.push(body.url);
      else setError(t.save.failed(body?.reason ?? `HTTP ${res.status}`));
    } catch {
      setError(t.save.failed("the server could not be reached"));
    } finally {
      setSaving(false);
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${nameId}-title`}>
      <h2 id={`${nameId}-title`}>{t.save.title}</h2>
      <label htmlFor={nameId}>{t.save.name}</label> <input id={nameId} name="name" type="text" required maxLength={200} />{" "}
      <button type="submit" disabled={saving}>
        {t.save.submit}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { getMessages } from "@/lib/i18n";
import styles from "../../admin.module.css";

const { admin, common } = getMessages();

type Hit = { id: number; name: string; kind: keyof typeof common.kind };

/**
 * Finds an entity by name with GET /api/search and puts its number into the
 * form's field (`inputId`). Keyboard: type, press Enter or "Find", then Tab to
 * a result and press Enter. Without JavaScript the number is typed by hand.
 */
export function EntityPicker({ inputId, what, kind }: { inputId: string; what: string; kind?: string }) {
  const t = admin.announcements.picker;
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  async function find() {
    const q = query.trim();
    if (!q) return;
    setProblem(null);
    try {
      const params = new URLSearchParams({ q, limit: "8" });
      if (kind) params.set("kind", kind);
      const res = await fetch(`/api/search?${params}`, { headers: { accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { results: Hit[] };
      setHits(body.results.map(({ id, name, kind }) => ({ id, name, kind })));
    } catch {
      setHits(null);
      setProblem(t.failed);
    }
  }

  function choose(hit: Hit) {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (input) {
      input.value = String(hit.id);
      input.focus();
    }
    setChosen(t.chosen(hit.name, hit.id));
    setHits(null);
  }

  // Enter searches; it must not submit the form around the picker.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void find();
    }
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={`${id}-q`}>{t.query(what)}</label>{" "}
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown} />{" "}
      <button type="button" className="button-secondary" onClick={() => void find()}>
        {t.button}
      </button>
      <div aria-live="polite">
        {chosen ? <p className={styles.hint}>{chosen}</p> : null}
        {problem ? <p className={styles.error}>{problem}</p> : null}
        {hits && hits.length === 0 ? <p className={styles.hint}>{t.none}</p> : null}
        {hits && hits.length > 0 ? (
          <ul className={styles.results} aria-label={t.results(what)}>
            {hits.map((h) => (
              <li key={h.id}>
                <button type="button" className="button-secondary" onClick={() => choose(h)}>
                  {t.choose(h.name, common.kind[h.kind] ?? h.kind, h.id)}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

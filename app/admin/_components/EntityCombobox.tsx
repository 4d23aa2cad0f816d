"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { detectScript, langOfScript } from "@/lib/domain/script";
import { pickerQueryKey, pickerShownKey } from "../_lib/picked-entity";
import { FieldError, TextField, fieldId, useFormWords, type FormApi } from "./form";
import styles from "../admin.module.css";
import css from "./EntityCombobox.module.css";
import type { FormMessages } from "@/lib/i18n/forms";

/** One result of GET /api/search, as far as the picker uses it. */
type Hit = {
  id: number;
  name: string;
  kind: EntityKind;
  countries: string[];
  authorities: string[];
  matched: { field: string; value: string };
};

/** The chosen entity as shown: kept in the form (`<name>:shown`) to show it again after a refusal. */
type Shown = { id: number; name: string; kind: EntityKind; line: string };

const DEBOUNCE_MS = 250;
const MIN_LENGTH = 2;
const LIMIT = "8";

const langOf = (text: string) => langOfScript(detectScript(text));

/** The line that tells two entities of one name apart: country, who designates it, its number, the name it was found by. */
function lineOf(t: FormMessages["admin"]["picker"], hit: Hit): string {
  const parts = [
    hit.countries.join(", "),
    hit.authorities.length ? t.designatedBy(hit.authorities.join(", ")) : t.notDesignated,
    t.entityNumber(hit.id),
  ];
  if (hit.matched.field !== "identifier" && hit.matched.value !== hit.name) parts.push(t.matched(hit.matched.value));
  return parts.filter(Boolean).join(" · ");
}

function shownFrom(values: FormApi["values"], name: string): Shown | null {
  const id = Number(values[name]);
  const raw = values[pickerShownKey(name)];
  if (!Number.isInteger(id) || id <= 0 || !raw) return null;
  try {
    const shown = JSON.parse(raw) as Partial<Shown>;
    if (shown.id !== id || typeof shown.name !== "string" || typeof shown.kind !== "string") return null;
    return { id, name: shown.name, kind: shown.kind, line: typeof shown.line === "string" ? shown.line : "" };
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

/**
 * An entity field filled by searching names (WAI-ARIA combobox with a
 * listbox): typing part of a name in any script asks GET /api/search (after a
 * pause; a newer request aborts the older), the count of results is said in a
 * live region, the arrow keys move through the options, Enter chooses, Escape
 * closes the list (or empties the field). The chosen entity is shown by its
 * name, kind and a line that tells it apart, with Change and Clear; the form
 * sends its id under the field's name, which the form's schema validates.
 *
 * Without JavaScript (and in the server's first render) it is a plain field
 * for the entity's number, which the same schema accepts.
 */
export function EntityCombobox({
  api,
  name,
  label,
  hint,
  kind,
  exclude,
  required,
}: {
  api: FormApi;
  name: string;
  label: string;
  hint?: string;
  /** Only entities of this kind are offered. */
  kind?: EntityKind;
  /** An entity never offered (the one whose page the form is on). */
  exclude?: number;
  required?: boolean;
}) {
  const t = useFormWords().admin.picker;
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!scripted) {
    return <TextField api={api} name={name} label={label} hint={t.noScriptHint} inputMode="numeric" size="short" required={required} />;
  }
  return <Combobox api={api} name={name} label={label} hint={hint} kind={kind} exclude={exclude} required={required} />;
}

function Combobox({
  api,
  name,
  label,
  hint,
  kind,
  exclude,
  required,
}: {
  api: FormApi;
  name: string;
  label: string;
  hint?: string;
  kind?: EntityKind;
  exclude?: number;
  required?: boolean;
}) {
  const { admin, common } = useFormWords();
  const t = admin.picker;
  const id = fieldId(api, name);
  const listId = `${id}-list`;
  const [chosen, setChosen] = useState<Shown | null>(() => shownFrom(api.values, name));
  const [query, setQuery] = useState(() => api.values[pickerQueryKey(name)] ?? "");
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  /** Where the focus goes once the chosen entity is shown or taken away. */
  const focusNext = useRef<"input" | "change" | null>(null);
  /** An arrow key was pressed while the results were still coming. */
  const wantFirst = useRef(false);

  useEffect(() => {
    const target = focusNext.current === "input" ? input.current : focusNext.current === "change" ? change.current : null;
    focusNext.current = null;
    target?.focus();
  }, [chosen]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  function search(text: string, delay = DEBOUNCE_MS) {
    clearTimeout(timer.current);
    pending.current?.abort();
    const q = text.trim();
    if ([...q].length < MIN_LENGTH) {
      setHits([]);
      setOpen(false);
      setActive(-1);
      setStatus(q ? t.tooShort : "");
      return;
    }
    timer.current = setTimeout(() => void run(q), delay);
  }

  async function run(q: string) {
    const controller = new AbortController();
    pending.current = controller;
    setStatus(t.searching);
    try {
      const params = new URLSearchParams({ q, limit: LIMIT });
      if (kind) params.set("kind", kind);
      const res = await fetch(`/api/search?${params}`, { headers: { accept: "application/json" }, signal: controller.signal });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { results: Hit[] };
      if (controller.signal.aborted) return;
      const found = body.results.filter((h) => h.id !== exclude);
      setHits(found);
      // An arrow key pressed before the results came goes to the first of them.
      setActive(wantFirst.current && found.length ? 0 : -1);
      wantFirst.current = false;
      // Results that come after the field was left wait for it to be entered again.
      setOpen(document.activeElement === input.current);
      setStatus(t.found(found.length));
    } catch {
      if (controller.signal.aborted) return;
      setHits([]);
      setOpen(false);
      setStatus(t.failed);
    }
  }

  function choose(hit: Hit) {
    clearTimeout(timer.current);
    pending.current?.abort();
    focusNext.current = "change";
    setChosen({ id: hit.id, name: hit.name, kind: hit.kind, line: lineOf(t, hit) });
    setHits([]);
    setOpen(false);
    setActive(-1);
    setQuery("");
    setStatus(`${t.chosen(label)}: ${hit.name}`);
  }

  function unchoose(keepName: boolean) {
    const name = keepName ? (chosen?.name ?? "") : "";
    focusNext.current = "input";
    setChosen(null);
    setQuery(name);
    setStatus("");
    if (keepName) search(name, 0);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        e.preventDefault();
        if (!open) {
          if (hits.length) {
            setOpen(true);
            setActive(e.key === "ArrowDown" ? 0 : hits.length - 1);
          } else {
            wantFirst.current = true;
            search(query, 0);
          }
          return;
        }
        if (!hits.length) return;
        const step = e.key === "ArrowDown" ? 1 : -1;
        setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
        return;
      }
      case "Enter":
        // Enter chooses or searches; it never submits the form around the picker.
        e.preventDefault();
        if (open && active >= 0 && hits[active]) choose(hits[active]);
        else if (!open) search(query, 0);
        return;
      case "Escape":
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          setQuery("");
          search("");
        }
        return;
    }
  };

  const error = api.errors[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const activeId = open && active >= 0 && hits[active] ? `${id}-option-${hits[active].id}` : undefined;

  return (
    <div className={`field ${css.picker}`}>
      <input type="hidden" name={name} value={chosen ? String(chosen.id) : ""} />
      <input type="hidden" name={pickerShownKey(name)} value={chosen ? JSON.stringify(chosen) : ""} />
      {chosen ? (
        <>
          <span id={`${id}-label`} className={css.label}>
            {label}
            {required ? <span className={styles.req}> ({admin.form.required})</span> : null}
          </span>
          <div role="group" aria-label={t.chosen(label)} className={css.chosen}>
            <p className={css.chosenName}>
              <span lang={langOf(chosen.name)}>{chosen.name}</span> <span className="badge">{common.kind[chosen.kind]}</span>
            </p>
            {chosen.line ? <p className={css.chosenLine}>{chosen.line}</p> : null}
            <div className={css.actions}>
              <button
                ref={change}
                id={id}
                type="button"
                className="button-secondary"
                aria-label={t.change(chosen.name)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onClick={() => unchoose(true)}
              >
                {t.changeButton}
              </button>
              <button type="button" className="button-secondary" aria-label={t.clear(chosen.name)} onClick={() => unchoose(false)}>
                {t.clearButton}
              </button>
            </div>
          </div>
        </>
      ) : (
        <>
          <label htmlFor={id}>
            {label}
            {required ? <span className={styles.req}> ({admin.form.required})</span> : null}
          </label>
          <input
            ref={input}
            id={id}
            name={pickerQueryKey(name)}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-required={required || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            value={query}
            onChange={(e) => {
              wantFirst.current = false;
              setQuery(e.currentTarget.value);
              search(e.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(hits.length > 0)}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul id={listId} role="listbox" aria-label={t.results(label)} className={css.listbox} hidden={!open || hits.length === 0}>
            {hits.map((h, i) => (
              <li
                key={h.id}
                id={`${id}-option-${h.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? css.active : undefined}
                // The focus stays in the field; the click chooses.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(h)}
              >
                <span className={css.optionName}>
                  <span lang={langOf(h.name)}>{h.name}</span> <span className="badge">{common.kind[h.kind]}</span>
                </span>
                <span className={css.optionLine}>{lineOf(t, h)}</span>
              </li>
            ))}
          </ul>
          {hint ? (
            <p id={hintId} className={styles.hint}>
              {hint}
            </p>
          ) : null}
        </>
      )}
      {/* A live region, not role=status: the page's own status is its done notice. */}
      <p aria-live="polite" aria-atomic="true" className="visually-hidden">
        {status}
      </p>
      <FieldError api={api} name={name} />
    </div>
  );
}

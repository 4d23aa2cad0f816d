"use client";

import { useClientWords } from "@/components/ClientWords";
import { Link } from "@/components/Link";
import { useId, useState, type FormEvent } from "react";
import { csvLines } from "@/lib/csv-lines";
import type { Messages } from "@/lib/i18n";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { matchQueryOf, readPastedNames, readScreeningCsv, type RowProblem, type ScreeningRow } from "@/lib/screening/input";
import { fileProblemText, fill, rowProblemText } from "@/lib/screening/words";
import { SaveWatchlist, type SaveWords } from "./SaveWatchlist";
import styles from "./screen.module.css";

/**
 * The page's words, in its language, from the server page: the catalog stays
 * on the server (a client import of it would ship it to every browser). The
 * two hints that depend only on the page's figures come filled in.
 */
export type ScreenWords = Omit<Messages["screening"], "title" | "lede" | "howTo" | "fileHint" | "thresholdHint"> & {
  fileHint: string;
  thresholdHint: string;
  /** Program names by code, for the codes the page's language names (`referenceNames.programsByCode`). */
  programs: Record<string, string>;
};

/** Queries per POST /api/match: small enough that the progress bar moves, large enough to keep requests few. */
const BATCH = 50;
const RESULTS_PER_ROW = 3;

/** What POST /api/match answers for one result (yente's shape and the tracker's extensions). */
type MatchResult = {
  id: string;
  caption: string;
  schema: string;
  score: number;
  match: boolean;
  explanation?: string[];
  designations?: { authority: string; program: string; state: "in_force" | "delisted" | "unknown" | "not_yet" }[];
};
type Screened = { input: ScreeningRow; results: MatchResult[] };

/** /entities/<id> for the tracker's FtM ids ("st-123"). */
const entityHref = (id: string) => {
  const m = /^st-(\d+)$/.exec(id);
  return m ? `/entities/${m[1]}` : null;
};

const designationText = (t: ScreenWords, r: MatchResult) =>
  (r.designations ?? []).map((d) => `${d.authority} ${t.programs[d.program] ?? d.program} (${t.table.states[d.state]})`);

async function screenBatch(t: ScreenWords, locale: Locale, rows: ScreeningRow[], threshold: number): Promise<Screened[] | string> {
  const queries = Object.fromEntries(rows.map((r) => [String(r.row), matchQueryOf(r)]));
  let res: Response;
  try {
    // The explanations in the page's language.
    res = await fetch(`/api/match?threshold=${threshold}&limit=${RESULTS_PER_ROW}&lang=${locale}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ queries }),
    });
  } catch {
    return t.networkFailed;
  }
  const body = (await res.json().catch(() => null)) as {
    responses?: Record<string, { results: MatchResult[] }>;
    reason?: string;
  } | null;
  if (!res.ok || !body?.responses) return fill(t.requestFailed, { reason: body?.reason ?? `HTTP ${res.status}.` });
  return rows.map((input) => ({ input, results: body.responses![String(input.row)]?.results ?? [] }));
}

/** The results as a CSV file: its header line in the page's language, the entity links to the page's language's pages; the columns the same in every language. */
function downloadCsv(t: ScreenWords, locale: Locale, screened: Screened[], threshold: number) {
  const c = t.csv;
  const lines: string[][] = [[c.row, c.input, c.entity, c.url, c.score, c.match, c.why, c.designations, c.threshold]];
  for (const s of screened) {
    const inputName = s.input.name || s.input.imo || s.input.identifier || "";
    if (s.results.length === 0) lines.push([String(s.input.row), inputName, "", "", "", "false", "", "", String(threshold)]);
    for (const r of s.results) {
      const href = entityHref(r.id);
      lines.push([
        String(s.input.row),
        inputName,
        r.caption,
        href ? new URL(localePath(locale, href), window.location.origin).href : "",
        r.score.toFixed(3),
        String(r.match),
        (r.explanation ?? []).join(" "),
        designationText(t, r).join("; "),
        String(threshold),
      ]);
    }
  }
  const blob = new Blob([csvLines(lines)], { type: "text/csv;charset=utf-8" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `screening-${new Date().toISOString().slice(0, 10)}.csv`;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function ScreenForm({ defaultThreshold, t, saveWords }: { defaultThreshold: number; t: ScreenWords; saveWords: SaveWords }) {
  const { locale } = useClientWords();
  const ids = { names: useId(), file: useId(), threshold: useId() };
  const [threshold, setThreshold] = useState(defaultThreshold);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [screened, setScreened] = useState<Screened[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [rowProblems, setRowProblems] = useState<RowProblem[]>([]);
  const [usedThreshold, setUsedThreshold] = useState(defaultThreshold);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const names = form.get("names");
    const input =
      file instanceof File && file.size > 0 ? readScreeningCsv(await file.text()) : readPastedNames(typeof names === "string" ? names : "");
    setScreened([]);
    setRowProblems(input.problems);
    setError(input.fileProblem ? fileProblemText(t.fileProblem, input.fileProblem) : null);
    if (input.fileProblem) return;
    if (input.rows.length === 0) {
      if (input.problems.length === 0) setError(t.nothingToScreen);
      return;
    }
    setRunning(true);
    setUsedThreshold(threshold);
    setProgress({ done: 0, total: input.rows.length });
    const done: Screened[] = [];
    for (let i = 0; i < input.rows.length; i += BATCH) {
      const answer = await screenBatch(t, locale, input.rows.slice(i, i + BATCH), threshold);
      if (typeof answer === "string") {
        setError(answer);
        break;
      }
      done.push(...answer);
      setScreened([...done]);
      setProgress({ done: done.length, total: input.rows.length });
    }
    setRunning(false);
  }

  const matched = screened.filter((s) => s.results.some((r) => r.match)).length;
  return (
    <>
      <form className={styles.form} onSubmit={(e) => void onSubmit(e)} aria-busy={running}>
        <label htmlFor={ids.names}>{t.names}</label>
        <textarea id={ids.names} name="names" rows={8} aria-describedby={`${ids.names}-hint`} />
        <p id={`${ids.names}-hint`} className="small muted">
          {t.namesHint}
        </p>
        <label htmlFor={ids.file}>{t.file}</label>
        <input id={ids.file} name="file" type="file" accept=".csv,text/csv" aria-describedby={`${ids.file}-hint`} />
        <p id={`${ids.file}-hint`} className="small muted">
          {t.fileHint}
        </p>
        <label htmlFor={ids.threshold}>{t.threshold}</label>
        <input
          id={ids.threshold}
          name="threshold"
          type="number"
          min={0.5}
          max={1}
          step={0.01}
          value={threshold}
          onChange={(e) => setThreshold(Math.min(1, Math.max(0.5, Number(e.target.value) || defaultThreshold)))}
          aria-describedby={`${ids.threshold}-hint`}
        />
        <p id={`${ids.threshold}-hint`} className="small muted">
          {t.thresholdHint}
        </p>
        <div>
          <button type="submit" disabled={running}>
            {running ? t.running : t.submit}
          </button>
        </div>
      </form>

      {progress ? (
        <p className={styles.progress}>
          <progress value={progress.done} max={progress.total} aria-label={fill(t.progress, progress)} />{" "}
          <span role="status">{fill(t.progress, progress)}</span>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {rowProblems.length ? (
        <section aria-labelledby="row-problems">
          <h2 id="row-problems">{t.rowProblemsTitle}</h2>
          <ul className={styles.problems}>
            {rowProblems.map((p, i) => (
              <li key={i}>{rowProblemText(t, p)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {screened.length ? (
        <section aria-label={t.table.caption}>
          <p>
            {fill(screened.length === 1 ? t.summary.one : t.summary.other, { rows: screened.length, matched })}{" "}
            <button type="button" onClick={() => downloadCsv(t, locale, screened, usedThreshold)} disabled={running}>
              {t.download}
            </button>
          </p>
          {!running && !error ? <SaveWatchlist rows={screened.map((s) => s.input)} threshold={usedThreshold} t={saveWords} /> : null}
          <div className={styles.scroll}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t.table.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.table.row}</th>
                  <th scope="col">{t.table.input}</th>
                  <th scope="col">{t.table.matches}</th>
                </tr>
              </thead>
              <tbody>
                {screened.map((s) => (
                  <tr key={s.input.row} className={s.results.some((r) => r.match) ? styles.hit : undefined}>
                    <td>{s.input.row}</td>
                    <td>{s.input.name || s.input.imo || s.input.identifier}</td>
                    <td>
                      {s.results.length === 0 ? (
                        <span className="muted">{t.table.noMatch}</span>
                      ) : (
                        <ol className={styles.results}>
                          {s.results.map((r) => {
                            const href = entityHref(r.id);
                            return (
                              <li key={r.id}>
                                {href ? <Link href={href}>{r.caption}</Link> : r.caption}{" "}
                                <span className={r.match ? styles.match : styles.below}>
                                  {t.table.score} {r.score.toFixed(2)} · {r.match ? t.table.match : t.table.belowThreshold}
                                </span>
                                {r.explanation?.length ? (
                                  <ul className={styles.why} aria-label={t.table.why}>
                                    {r.explanation.map((line, i) => (
                                      <li key={i}>{line}</li>
                                    ))}
                                  </ul>
                                ) : null}
                                {designationText(t, r).length ? (
                                  <p className="small">
                                    {t.table.designations}: {designationText(t, r).join("; ")}
                                  </p>
                                ) : null}
                              </li>
                            );
                          })}
                        </ol>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

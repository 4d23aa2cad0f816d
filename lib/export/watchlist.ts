import "server-only";
import { csvLines } from "@/lib/csv-lines";
import { messagesFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { WatchlistDetail } from "@/lib/read/watchlists";

/**
 * A watchlist's results and decisions for an auditor: one line per
 * counterparty and candidate (a counterparty without one has a line of its
 * own), each with its evidence (what it was screened against, when, by which
 * scoring and threshold) and the latest decision. The header line is in the
 * given language (the download's address's: /ko/watchlists/1/export.csv is
 * Korean); the columns, their order and the cells are the same in every one.
 */
export function watchlistCsv(w: WatchlistDetail, locale: Locale = "en"): string {
  const c = messagesFor(locale).watchlists.csvColumns;
  const header = [
    c.item,
    c.label,
    c.entityId,
    c.entity,
    c.score,
    c.match,
    c.explanation,
    c.designations,
    c.decision,
    c.decisionNote,
    c.decidedBy,
    c.decidedAt,
    c.screenedAt,
    c.dataChangeId,
    c.publications,
    c.scoringVersion,
    c.threshold,
  ];
  const lines: string[][] = [header];
  for (const item of w.items) {
    if (item.results.length === 0) lines.push([String(item.position), item.label, ...Array<string>(header.length - 2).fill("")]);
    for (const r of item.results) {
      lines.push([
        String(item.position),
        item.label,
        String(r.entityId),
        r.entityName,
        r.score.toFixed(3),
        String(r.match),
        r.explanation.join(" "),
        r.designations.join("; "),
        r.decision?.decision ?? "",
        r.decision?.note ?? "",
        r.decision?.by ?? "",
        r.decision?.decidedAt ?? "",
        r.screenedAt,
        String(r.dataChangeId),
        r.publications.map((p) => `${p.list} ${p.publishedOn}`).join("; "),
        r.scoringVersion,
        String(r.threshold),
      ]);
    }
  }
  return csvLines(lines);
}

/** The same as JSON: the watchlist, its counterparties with their results and decisions, and its alerts. */
export function watchlistJson(w: WatchlistDetail) {
  const { ownerUserId: _owner, ...rest } = w;
  return rest;
}

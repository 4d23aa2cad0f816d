import { formatNumber as n } from "@/lib/format";

/** previous + added − removed, as the check writes it: "798 + 682 − 0". */
const sum = (previous: number, added: number, removed: number) => `${n(previous)} + ${n(added)} − ${n(removed)}`;

/** "798 items plus 682 added, counted as 1,159 HS 6-digit codes": a restatement in words, not as a sum that fails. */
const restated = (previous: number, previousBasis: string, added: number, removed: number, total: number, basis: string) =>
  `${n(previous)} ${previousBasis} plus ${n(added)} added${removed ? ` and ${n(removed)} removed` : ""}, counted as ${n(total)} ${basis}`;

/** Words for the export-control pages. */
export const exportControls = {
  list: {
    title: "Export controls",
    lede: "Lists of items that may not be exported without a licence, with every revision: how many items each added and removed, the new total, and whether the figures add up.",
    open: (name: string) => `Chart and sources: ${name}`,
  },
  detail: {
    breadcrumb: "Export controls",
    breadcrumbLabel: "Breadcrumb",
    chartHeading: "Total over time",
    revisionsHeading: "Revisions",
    detailsHeading: "Each revision, with its sources and arithmetic",
    revisionHeading: (effectiveOn: string) => `Effective ${effectiveOn}`,
    chartTitle: (name: string) => `${name}: total over time`,
    chartLabel: (unit: string, steps: { date: string; total: number; newBasis: string | null }[]) =>
      `Step chart of the total, in ${unit}: ${steps
        .map((s) => `${n(s.total)} from ${s.date}${s.newBasis ? ` (counted as ${s.newBasis} from then)` : ""}`)
        .join(", ")}.`,
    flaggedLegend: "Figures that do not add up or conflict with another report",
    restatedLegend: "Count basis changed: a restatement, not an error",
    discrepanciesHeading: "Discrepancies",
    discrepancySummary: (count: number) =>
      `${count === 1 ? "One revision has figures" : `${count} revisions have figures`} that do not add up or that another source reports differently. They are kept as published, with the mismatch stated:`,
    restatementsHeading: "Count basis changed",
    restatementSummary: (count: number) =>
      `${count === 1 ? "One revision counts" : `${count} revisions count`} the list on a new basis. Such a total restates the list rather than adding to the previous one, so it is not checked against the previous total plus the change:`,
    arithmetic: "Arithmetic",
    recordedNote: "Recorded note",
    reportedHeading: "Conflicting report",
    revisionsCaption: "Revisions, oldest first",
  },
  authority: "Authority",
  unit: "Unit",
  currentTotal: "Current total",
  since: (date: string) => `since ${date}`,
  discrepancies: "Discrepancies",
  /** "1 revision whose figures do not add up; 1 revision whose previous total another source reports differently". */
  discrepancyCount: (mismatches: number, conflicts: number) =>
    [
      mismatches ? `${n(mismatches)} ${mismatches === 1 ? "revision whose figures do" : "revisions whose figures do"} not add up` : "",
      conflicts
        ? `${n(conflicts)} ${conflicts === 1 ? "revision whose previous total another source reports" : "revisions whose previous totals other sources report"} differently`
        : "",
    ]
      .filter(Boolean)
      .join("; "),
  discrepancyDetails: "details and sources",
  noRevisions: "No revisions recorded.",
  caption: (name: string) => `Revisions of ${name}, oldest first`,
  columns: {
    effective: "Effective",
    announced: "Announced",
    proposed: "Proposed",
    added: "Added",
    removed: "Removed",
    total: "Total",
    check: "Check",
    note: "Note",
    sources: "Sources",
  },
  /** The check column. */
  marker: {
    ok: "✓ Adds up",
    mismatch: "Does not add up",
    conflict: "Conflicting report",
    restatement: "Count basis changed",
  },
  restated,
  /** After a restatement's figures: why they are not a failed sum. */
  restatedExplained: (previousBasis: string, basis: string) =>
    `Not an arithmetic error: from this revision the list is counted in ${basis} instead of ${previousBasis}, so its total restates the list rather than adding to the previous one. The check resumes with the next revision.`,
  notGiven: "—",
  /** "798 + 682 − 0 = 1,480 ≠ 1,159" or "1,159 + 243 − 0 = 1,402 ✓". */
  check: (previous: number, added: number, removed: number, expected: number, total: number) =>
    expected === total
      ? `${sum(previous, added, removed)} = ${n(total)} ✓`
      : `${sum(previous, added, removed)} = ${n(expected)} ≠ ${n(total)}`,
  checkFailed: (expected: number, total: number) =>
    `Does not add up: the previous total plus the change gives ${n(expected)}, but the recorded total is ${n(total)}.`,
  /** "Reported elsewhere: 1,139 (source …)." — the source is shown between these two parts. */
  reportedBefore: (reported: number) => `Reported elsewhere: ${n(reported)} as the previous total (source: `,
  reportedAfter: ").",
  reportedNoSource: (reported: number) => `Reported elsewhere: ${n(reported)} as the previous total (source not recorded).`,
  /** "1,139 + 243 = 1,382, not 1,402; the official previous total is 1,159." */
  reportedSum: (reported: number, added: number, removed: number, implied: number, total: number, official: number, addsUp: boolean) =>
    `${n(reported)} + ${n(added)}${removed ? ` − ${n(removed)}` : ""} = ${n(implied)}${addsUp ? "" : `, not ${n(total)}`}; the official previous total is ${n(official)}.`,
};

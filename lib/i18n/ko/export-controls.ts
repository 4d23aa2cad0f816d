import { formatNumber as n } from "@/lib/format";
import type { exportControls as enExportControls } from "../en/export-controls";
import { koDate } from "./format";
import { referenceNames } from "./reference-names";

/** previous + added − removed, as the check writes it: "798 + 682 − 0". */
const sum = (previous: number, added: number, removed: number) => `${n(previous)} + ${n(added)} − ${n(removed)}`;

/**
 * A revision's count basis in Korean, for callers that pass the data's words
 * (the admin form's check); a basis already named in Korean is left as it is.
 */
const basisKo = referenceNames.unit;

/** "798 items plus 682 added, counted as 1,159 HS 6-digit codes": a restatement in words, not as a sum that fails. */
const restated = (previous: number, previousBasis: string, added: number, removed: number, total: number, basis: string) =>
  `기존 ${n(previous)}(${basisKo(previousBasis)})에 ${n(added)} 추가${removed ? `, ${n(removed)} 삭제` : ""}, 재산정 결과 ${basisKo(basis)} 기준 ${n(total)}`;

/** Words for the export-control pages. */
export const exportControls: typeof enExportControls = {
  list: {
    title: "수출통제 품목",
    lede: "허가 없이 수출할 수 없는 품목의 통제 목록과 모든 개정 내역입니다. 개정마다 추가·삭제된 품목 수, 새 품목 수, 수치가 계산상 맞는지를 함께 보여 줍니다.",
    open: (name: string) => `차트 및 출처: ${name}`,
  },
  detail: {
    breadcrumb: "수출통제 품목",
    breadcrumbLabel: "이동 경로",
    chartHeading: "품목 수 추이",
    revisionsHeading: "개정",
    detailsHeading: "개정별 출처 및 계산",
    revisionHeading: (effectiveOn: string) => `${koDate(effectiveOn)} 발효`,
    chartTitle: (name: string) => `${name}: 품목 수 추이`,
    chartLabel: (unit: string, steps: { date: string; total: number; newBasis: string | null }[]) =>
      `품목 수 계단형 차트(단위: ${unit}): ${steps
        .map((s) => `${koDate(s.date)}부터 ${n(s.total)}${s.newBasis ? `(이때부터 ${basisKo(s.newBasis)} 기준으로 집계)` : ""}`)
        .join(", ")}.`,
    flaggedLegend: "계산이 맞지 않거나 다른 보도와 상충하는 수치",
    restatedLegend: "집계 기준 변경: 오류가 아닌 재산정",
    discrepanciesHeading: "불일치",
    discrepancySummary: (count: number) =>
      `개정 ${n(count)}건의 수치가 계산상 맞지 않거나 다른 출처의 수치와 다릅니다. 공표된 수치를 그대로 두고 불일치 내용을 밝혀 둡니다.`,
    restatementsHeading: "집계 기준 변경",
    restatementSummary: (count: number) =>
      `개정 ${n(count)}건은 새 기준으로 목록을 집계합니다. 이때의 품목 수는 이전 품목 수에 더한 값이 아니라 목록을 재산정한 값이므로, 이전 품목 수에 변경분을 반영한 값과 대조하지 않습니다.`,
    arithmetic: "계산",
    recordedNote: "기록된 설명",
    reportedHeading: "상충하는 보도",
    revisionsCaption: "개정 내역(오래된 순)",
  },
  authority: "지정 기관",
  unit: "단위",
  currentTotal: "현재 품목 수",
  since: (date: string) => `${koDate(date)}부터`,
  discrepancies: "불일치",
  /** "1 revision whose figures do not add up; 1 revision whose previous total another source reports differently". */
  discrepancyCount: (mismatches: number, conflicts: number) =>
    [
      mismatches ? `계산이 맞지 않는 개정 ${n(mismatches)}건` : "",
      conflicts ? `이전 품목 수를 다른 출처가 다르게 보도한 개정 ${n(conflicts)}건` : "",
    ]
      .filter(Boolean)
      .join("; "),
  discrepancyDetails: "상세 내용 및 출처",
  noRevisions: "기록된 개정이 없습니다.",
  caption: (name: string) => `${name} 개정 내역(오래된 순)`,
  columns: {
    effective: "발효일",
    announced: "발표일",
    proposed: "예고일",
    added: "추가",
    removed: "삭제",
    total: "품목 수",
    check: "검증",
    note: "비고",
    sources: "출처",
  },
  /** The check column. */
  marker: {
    ok: "✓ 계산 일치",
    mismatch: "계산 불일치",
    conflict: "상충하는 보도",
    restatement: "집계 기준 변경",
  },
  restated,
  /** After a restatement's figures: why they are not a failed sum. */
  restatedExplained: (previousBasis: string, basis: string) =>
    `계산 오류가 아닙니다. 이 개정부터 목록을 ${basisKo(previousBasis)} 대신 ${basisKo(basis)} 기준으로 집계하므로, 품목 수는 이전 품목 수에 더한 값이 아니라 목록을 재산정한 값입니다. 다음 개정부터 다시 검증합니다.`,
  notGiven: "—",
  /** "798 + 682 − 0 = 1,480 ≠ 1,159" or "1,159 + 243 − 0 = 1,402 ✓". */
  check: (previous: number, added: number, removed: number, expected: number, total: number) =>
    expected === total
      ? `${sum(previous, added, removed)} = ${n(total)} ✓`
      : `${sum(previous, added, removed)} = ${n(expected)} ≠ ${n(total)}`,
  checkFailed: (expected: number, total: number) =>
    `계산이 맞지 않습니다. 이전 품목 수에 변경분을 반영하면 ${n(expected)}개가 되지만, 기록된 품목 수는 ${n(total)}개입니다.`,
  /** "Reported elsewhere: 1,139 (source …)." — the source is shown between these two parts. */
  reportedBefore: (reported: number) => `다른 보도: 이전 품목 수 ${n(reported)}개(출처: `,
  reportedAfter: ").",
  reportedNoSource: (reported: number) => `다른 보도: 이전 품목 수 ${n(reported)}개(출처 미기록).`,
  /** "1,139 + 243 = 1,382, not 1,402; the official previous total is 1,159." */
  reportedSum: (reported: number, added: number, removed: number, implied: number, total: number, official: number, addsUp: boolean) =>
    `${n(reported)} + ${n(added)}${removed ? ` − ${n(removed)}` : ""} = ${n(implied)}${addsUp ? "" : `(기록된 품목 수 ${n(total)}개와 다름)`}. 공식 이전 품목 수는 ${n(official)}개입니다.`,
};

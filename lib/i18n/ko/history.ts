import { formatNumber } from "@/lib/format";
import type { history as enHistory } from "../en/history";
import { koDate } from "./format";

/** Words for the change feed at /history. */
export const history: typeof enHistory = {
  title: "변경 이력",
  lede: "실제로 일어난 변경을 발생일 기준 최신순으로 보여 줍니다. 지정 및 지정 해제, 명단 항목 수정, 통제 목록 개정, 발표와 주요 사건을 각각의 날짜 및 출처와 함께 제공합니다. 출처에 자체 날짜가 없는 변경은 해당 변경을 반영한 공표의 날짜를 따릅니다.",
  filters: "변경 필터",
  categories: "변경 유형",
  from: "시작",
  to: "종료",
  datePlaceholder: "YYYY-MM-DD",
  dateHelp:
    "시작과 종료에는 연도(YYYY), 연월(YYYY-MM) 또는 날짜(YYYY-MM-DD)를 입력합니다. 종료에 연도나 연월을 입력하면 해당 연도 또는 월 전체가 포함됩니다.",
  feedHeading: "변경",
  total: (n: number) => `변경 ${formatNumber(n)}건`,
  showing: (first: number, last: number, total: number) =>
    `변경 ${formatNumber(total)}건 중 ${formatNumber(first)}–${formatNumber(last)}번째 (최신순)`,
  empty: "조건에 맞는 변경이 없습니다.",
  recordOnlyCategories: "선택한 변경 유형은 실제 변경이 아닌 본 서비스의 기록 관리 내역이므로, 기록 관리 내역을 포함하여 표시합니다.",
  emptyRange: (from: string, to: string) => `날짜 범위가 비어 있습니다. 시작일(${koDate(from)})이 종료일(${koDate(to)})보다 늦습니다.`,
  pageClamped: (page: number, count: number) => `${page} 페이지는 없습니다. 마지막 페이지인 ${count} 페이지를 표시합니다.`,
};

import { formatNumber as n } from "@/lib/format";
import type { sources as enSources } from "../en/sources";
import { koDate, koTimestamp } from "./format";

type RunStatus = "running" | "succeeded" | "failed";
type RunCategory = "added" | "changed" | "delisted" | "merged" | "details";

/** A tracker timestamp as the pages show it: 2026년 2월 27일 14:05 UTC. */
const timestamp = (iso: string) => koTimestamp(iso);

/** "추가 1,003건 (그중 312건은 기존 제재 대상에 병합), 변경 0건, 삭제 0건, 변동 없음 0건". */
const changeSummary = (c: { added: number; changed: number; removed: number; unchanged: number; merged: number }) =>
  [
    `추가 ${n(c.added)}건${c.merged > 0 ? ` (그중 ${n(c.merged)}건은 기존 제재 대상에 병합)` : ""}`,
    `변경 ${n(c.changed)}건`,
    `삭제 ${n(c.removed)}건`,
    `변동 없음 ${n(c.unchanged)}건`,
  ].join(", ");

const runStatus = {
  running: "진행 중",
  succeeded: "성공",
  failed: "실패",
} satisfies Record<RunStatus, string>;

/** Words for /sources, /imports, /imports/[id] and the home page's section on the official lists. */
export const sources: typeof enSources = {
  timestamp,
  changeSummary,
  runStatus,

  page: {
    title: "출처",
    lede: "Sanctions Tracker가 가져오는 공식 명단을 발표 단위로 보여 줍니다. 각 명단에 현재 반영된 발표, 가져온 시각, 보유 중인 기록 수, 마지막 가져오기로 바뀐 내용을 확인할 수 있습니다.",
    latestPublication: "최신 발표",
    importedAt: "가져온 시각",
    recordsHeld: "보유 기록",
    recordsHeldValue: (count: number) => `명단 기록 ${n(count)}건`,
    lastChange: "마지막 가져오기의 변경",
    seeChanges: "이 발표로 바뀐 내용 보기",
    imports: "가져오기",
    importCount: (count: number) => `이 명단의 가져오기 ${n(count)}건`,
    notImported: "아직 가져오지 않았습니다. 이 명단의 기록은 보유하고 있지 않습니다.",
    failedHeading: "가져오기 실패",
    failed: (publishedOn: string | null, when: string) =>
      `${publishedOn ? `${koDate(publishedOn)} 발표` : "발표"}의 가져오기가 실패했습니다(${timestamp(when)}). 변경된 내용은 없으며, 데이터는 마지막으로 성공한 가져오기 당시 그대로입니다.`,
    failedError: "오류",
    failedLink: "실패한 가져오기의 상세 정보",
    recentHeading: "최근 가져오기",
    recentCaption: "모든 명단의 최근 가져오기 (최신순)",
    allImports: "가져오기 전체 내역",
  },

  runs: {
    title: "가져오기",
    lede: "공식 명단을 가져온 모든 내역을 최신순으로 보여 줍니다. 어떤 발표를 언제 가져왔는지, 성공했는지, 기록이 몇 건 추가·변경·삭제되었는지 확인할 수 있습니다.",
    filters: "가져오기 필터",
    list: "명단",
    allLists: "전체 명단",
    count: (count: number) => `가져오기 ${n(count)}건`,
    caption: "가져오기 (최신순)",
    empty: "아직 가져온 명단이 없습니다.",
    pageClamped: (page: number, count: number) => `${page} 페이지가 없어 마지막 페이지인 ${count} 페이지를 표시합니다.`,
    columns: {
      run: "가져오기",
      list: "명단",
      published: "발표",
      status: "상태",
      started: "시작",
      added: "추가",
      changed: "변경",
      removed: "삭제",
      unchanged: "변동 없음",
      merged: "병합",
    },
    runLink: (id: number) => `가져오기 #${id}`,
  },

  run: {
    title: (label: string, publishedOn: string | null) =>
      publishedOn ? `${label}, ${koDate(publishedOn)} 발표` : `${label}, 발표일 알 수 없음`,
    breadcrumb: "가져오기",
    breadcrumbSources: "출처",
    breadcrumbLabel: "이동 경로",
    list: "명단",
    published: "발표일",
    status: "상태",
    started: "시작",
    finished: "종료",
    notFinished: "종료되지 않음",
    actor: "실행 주체",
    records: "발표에 포함된 기록",
    source: "인용 출처",
    previous: "이 명단의 이전 가져오기",
    next: "이 명단의 다음 가져오기",
    failedNotice: "이 가져오기는 실패했습니다. 처리한 내용은 모두 롤백되어 변경된 것이 없으며, 데이터는 이전 가져오기 당시 그대로입니다.",
    errorHeading: "오류",
    runningNotice: "이 페이지를 표시한 시점에 가져오기가 아직 끝나지 않았습니다.",
    countsHeading: "건수",
    countsCaption: "이 발표의 기록 수 (이전 발표와 비교)",
    countsColumns: { what: "구분", count: "기록", meaning: "의미" },
    counts: {
      added: ["추가", "명단에 새로 오른 기록: 해당 제재 대상 지정이 기록되었습니다"],
      changed: ["변경", "이전에도 명단에 있었으나 내용이 달라진 기록 (또는 명단에 다시 오른 기록)"],
      removed: ["삭제", "명단에서 빠진 기록: 이 기록만을 근거로 한 지정은 이 발표 시점으로 종료됩니다"],
      unchanged: ["변동 없음", "이전 발표와 완전히 같은 기록"],
      merged: ["병합", "추가된 기록 가운데 이미 보유한 제재 대상으로 확인된 기록 (같은 식별 정보, 또는 같은 이름과 생년월일)"],
    } satisfies Record<"added" | "changed" | "removed" | "unchanged" | "merged", [string, string]>,
    filesHeading: "파일",
    filesCaption: "읽어 들인 파일과 SHA-256 해시값 및 크기",
    filesColumns: { name: "파일", sha256: "SHA-256", bytes: "크기" },
    bytes: (count: number) => `${n(count)}바이트`,
    noFiles: "기록된 파일이 없습니다.",
    changesHeading: "이 발표로 바뀐 내용",
    changesLede: "이 가져오기가 기록한 모든 변경을 처리한 순서대로 보여 줍니다.",
    filters: "변경 필터",
    category: "변경 유형",
    allCategories: "명단 변경 전체",
    categories: {
      added: "지정 추가",
      changed: "변경",
      delisted: "지정 해제",
      merged: "병합 및 일치 가능 대상",
      details: "기록 세부 사항",
    } satisfies Record<RunCategory, string>,
    categoryOption: (label: string, count: number) => `${label} (${n(count)})`,
    show: "보기",
    showing: (first: number, last: number, total: number) => `변경 ${n(total)}건 중 ${n(first)}–${n(last)}번째 (가져오기 처리 순서)`,
    noChanges: (category: string | null) =>
      category ? `이 가져오기에서 기록된 「${category}」 항목이 없습니다.` : "이 가져오기에서 기록된 변경이 없습니다.",
    pageClamped: (page: number, count: number) => `${page} 페이지가 없어 마지막 페이지인 ${count} 페이지를 표시합니다.`,
  },

  factsOnly: "출처 기반 사실 정보",
  home: {
    heading: "공식 명단",
    caption: "가져온 공식 명단과 최신 발표",
    columns: {
      list: "명단",
      published: "발표",
      imported: "가져온 시각",
      held: "보유 기록",
      added: "추가",
      changed: "변경",
      removed: "삭제",
    },
    publicationLink: (publishedOn: string | null) => (publishedOn ? koDate(publishedOn) : "발표일 알 수 없음"),
    notImported: "가져오지 않음",
    failedBadge: "마지막 가져오기 실패",
    all: "출처 및 가져오기 내역",
  },
};

import type { AlertKind, MatchDecision } from "@/lib/domain/vocabulary";
import type { watchlists as enWatchlists } from "../en/watchlists";
import { koDate } from "./format";

const n = (x: number) => x.toLocaleString("en-US");

/** Words for saved screenings: /watchlists, a watchlist's page, its feeds and exports. */
export const watchlists: typeof enWatchlists = {
  title: "감시 목록",
  lede: "저장한 스크리닝입니다. 가져오기나 관리자 변경이 거래 상대방과 관련될 수 있는 제재 대상에 영향을 줄 때마다 다시 스크리닝하며, 달라진 결과는 알림으로 알려 드립니다.",
  none: "감시 목록이 아직 없습니다. 스크리닝 페이지에서 명단을 스크리닝한 뒤 저장하십시오.",
  screenLink: "명단 스크리닝",
  columns: { name: "감시 목록", owner: "소유자", items: "거래 상대방", matched: "일치", alerts: "알림", created: "저장일" },
  notFound: "해당 감시 목록이 없거나 본인의 감시 목록이 아닙니다.",
  detail: {
    owner: (who: string, on: string) => `${who} 님이 ${koDate(on)}에 저장했습니다.`,
    evidence: (threshold: number, version: string, change: number) =>
      `기준 점수 ${threshold.toFixed(2)}, 점수 산정 버전 ${version}, 변경 번호 ${n(change)}까지 반영된 데이터로 스크리닝했습니다.`,
    against: "기준 명단",
    alertsTitle: "알림",
    noAlerts: "알림이 아직 없습니다. 감시 목록을 저장한 뒤 변경된 내용 중 거래 상대방과 관련된 것이 없습니다.",
    itemsTitle: "거래 상대방 및 일치 결과",
    itemsSummary: (all: number, shown: number, quiet: number) =>
      `거래 상대방 ${n(all)}건 중 일치, 알림 또는 판단이 있는 ${n(shown)}건을 다른 후보와 함께 아래에 표시합니다.${quiet ? ` 기준 점수 이상 일치가 없는 ${n(quiet)}건은 가장 가까운 후보와 함께 내려받기 파일에 들어 있습니다.` : ""}`,
    noResults: "후보 없음",
    score: "점수",
    match: "일치",
    belowThreshold: "기준 점수 미만",
    designations: "지정",
    why: "근거",
    downloads: "감사용 자료",
    csv: "결과 및 판단(CSV)",
    json: "결과 및 판단(JSON)",
    feeds: "피드",
    feedsLede:
      "피드 리더는 쿠키를 보내지 않으므로 피드 주소에 비밀 토큰이 들어 있습니다. 새 주소를 만들면 이전 주소는 더 이상 작동하지 않습니다.",
    newFeed: "피드 주소 만들기",
    feedAtom: "Atom 피드",
    feedJson: "JSON 피드",
    feedShownOnce: "지금 이 주소를 복사해 두십시오. 주소에 포함된 비밀 토큰은 다시 표시되지 않습니다.",
  },
  alertKinds: {
    new_match: "새 일치",
    changed_match: "일치 변경",
    delisted: "일치 대상 지정 해제",
  } satisfies Record<AlertKind, string>,
  alertLine: (kind: string, label: string, entity: string, score: number) => `${kind}: ${label} → ${entity} (점수 ${score.toFixed(2)})`,
  decision: {
    legend: "판단",
    decisions: { true_match: "일치로 확인", false_positive: "해당 없음으로 판단" } satisfies Record<MatchDecision, string>,
    note: "메모",
    save: "판단 기록",
    recorded: (d: string, by: string, on: string) => `${d}(${koDate(on.slice(0, 10))}, 기록자 ${by}).`,
    outdated: "이 판단 이후 제재 대상 정보가 변경되었습니다. 다시 검토하십시오.",
    saved: "판단을 기록했습니다.",
  },
  save: {
    title: "감시 목록으로 저장",
    name: "감시 목록 이름",
    submit: "저장",
    signIn: "로그인하면 이 스크리닝을 감시 목록으로 저장할 수 있으며, 데이터가 바뀔 때마다 다시 스크리닝합니다.",
    /** Filled in the browser (lib/screening/words.ts fill()): the form gets its words as props. */
    failed: "저장하지 못했습니다: {reason}",
    unreachable: "서버에 연결할 수 없습니다",
  },
  csvColumns: {
    item: "거래 상대방 행",
    label: "거래 상대방",
    entityId: "대상 ID",
    entity: "제재 대상",
    score: "점수",
    match: "일치",
    explanation: "근거",
    designations: "지정",
    decision: "판단",
    decisionNote: "판단 메모",
    decidedBy: "판단자",
    decidedAt: "판단 일시",
    screenedAt: "스크리닝 일시",
    dataChangeId: "데이터 변경 ID",
    publications: "기준 명단(공표일)",
    scoringVersion: "점수 산정 버전",
    threshold: "기준 점수",
  },
  feed: {
    title: (name: string) => `감시 목록: ${name}`,
    description: "새 일치, 변경된 일치, 일치 대상의 지정 해제.",
  },
};

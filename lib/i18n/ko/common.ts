import type { BuiltInListKey, EntityKind } from "@/lib/domain/vocabulary";
import type { ActorView } from "@/lib/read/actors";
import type { common as enCommon } from "../en/common";
import { koDate } from "./format";

/** Each official list as a sentence names it ("import of the OFAC SDN list"). */
const LIST_NAMES: Record<BuiltInListKey, string> = {
  "ofac-sdn": "OFAC SDN 명단",
  "ofac-consolidated": "OFAC 비SDN 통합 명단",
  "un-consolidated": "유엔 안보리 통합 제재 명단",
  "bis-dpl": "BIS 거래 금지자 명단(DPL)",
};
const listName = (key: string) => LIST_NAMES[key as BuiltInListKey] ?? `${key} 명단`;

/** An account as the public pages name it: its display name, else its email; a deleted one by its number. */
const account = (a: Extract<ActorView, { kind: "account" }>) => a.name ?? a.email ?? `계정 #${a.id}`;

/** Who made a change, in words. */
const actor = (by: ActorView): string => {
  switch (by.kind) {
    case "account":
      return account(by);
    case "seed":
      return "기본 데이터";
    case "import":
      return `${listName(by.list)} 가져오기`;
    case "cli":
      return "명령줄";
    case "reconcile":
      return "명단 간 대조";
    case "other":
      return by.actor;
  }
};

const kindWords = {
  vessel: "선박",
  organization: "단체",
  individual: "개인",
  aircraft: "항공기",
} satisfies Record<EntityKind, string>;

/** The Korean counter of each kind: 선박 3척, 단체 5곳, 개인 4명, 항공기 2대. */
const counters = {
  vessel: "척",
  organization: "곳",
  individual: "명",
  aircraft: "대",
} satisfies Record<EntityKind, string>;

export const common: typeof enCommon = {
  siteName: "Sanctions Tracker",
  siteTagline: "제재 대상 선박·단체·개인, 그리고 모든 지정 내역과 그 출처",
  skipToContent: "본문 바로가기",
  nav: {
    label: "주 메뉴",
    home: "홈",
    search: "검색",
    screen: "스크리닝",
    watchlists: "감시 목록",
    entities: "제재 대상",
    announcements: "발표",
    history: "변경 이력",
    exportControls: "수출통제 품목",
    sources: "출처",
    admin: "관리",
  },
  /** The header's language switch, and the home page's suggestion to a browser that prefers this language (in this language's words). */
  language: {
    label: "언어",
    suggestion: "이 사이트는 한국어로도 볼 수 있습니다.",
    accept: "한국어로 보기",
    decline: "괜찮습니다",
  },
  /** The header's account area, filled in client-side from GET /api/session. */
  account: {
    label: "계정",
    /** Read out before the account's name or email. */
    signedInAs: "로그인 계정:",
  },
  /** The link from a public page to its admin page, for editors and admins. */
  edit: "편집",
  footerLinks: { api: "JSON API", feed: "Atom 피드", signIn: "로그인" },
  footer: "모든 사실 정보에는 출처가 표시됩니다. 어떤 내용도 덮어쓰지 않으며, 모든 변경은 변경 이력에 보존됩니다.",
  kind: kindWords,
  kindPlural: kindWords,
  kindCount: (n: number, kind: EntityKind) => `${kindWords[kind]} ${n}${counters[kind]}`,
  status: {
    inForce: "효력 중",
    delisted: "해제됨",
    confirmed: "확인됨",
    reported: "보도됨 (출처 1건)",
  },
  unofficial: "비공식",
  sources: "출처",
  source: "출처",
  noSources: "기록된 출처 없음",
  none: "없음",
  unknown: "알 수 없음",
  /** A tracker date (ISO, possibly partial: 2024, 2024-07) as this language writes it: 2024년 7월 1일, 2024년 7월, 2024년. */
  date: koDate,
  /** How long ago a date was, in whole calendar units. */
  ago: (a: { years: number; months: number; days: number; totalDays: number }) => {
    if (a.totalDays <= 0) return "오늘";
    if (a.years === 0 && a.months === 0) return `${a.days}일 전`;
    return `${[a.years ? `${a.years}년` : "", a.months ? `${a.months}개월` : ""].filter(Boolean).join(" ")} 전`;
  },
  // 만 나이: the age Korea has used in law and official documents since 2023.
  age: (a: { min: number; max: number }) => (a.min === a.max ? `만 ${a.max}세` : `만 ${a.min}~${a.max}세`),
  outOfDate: "최신 아님",
  dataBasis: "데이터 기준:",
  dataBasisFacts: "; 그리고 출처와 함께 기록한 자체 사실 정보.",
  outOfDateTitle: (days: number) => `발표된 지 ${days}일이 넘었습니다. 이 명단의 더 새로운 발표가 있을 수 있습니다`,
  notFound: {
    title: "페이지를 찾을 수 없습니다",
    body: "이 주소에 해당하는 페이지가 없습니다. 주소가 잘못 입력되었거나 해당 기록이 존재하지 않을 수 있습니다.",
    back: "홈으로 이동",
  },
  error: {
    title: "오류가 발생했습니다",
    body: "페이지를 표시할 수 없습니다. 다시 시도해 주십시오. 문제가 계속되더라도 오류 내용은 이미 기록되어 있습니다.",
    retry: "다시 시도",
  },
  pagination: {
    label: "페이지 이동",
    previous: "이전",
    next: "다음",
    pageOf: (page: number, count: number) => `${page} / ${count} 페이지`,
  },
  invalidParam: (name: string, value: string) => `올바른 값이 아니므로 ${name}="${value}" 조건을 무시했습니다.`,
  apply: "적용",
  reset: "초기화",
  all: "전체",
  actor,
  recordedAt: (when: string, actor: string) => `${koDate(when.slice(0, 10))} 기록 (${actor})`,
};

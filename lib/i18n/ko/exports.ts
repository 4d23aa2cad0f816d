import type { exportMessages as enExportMessages } from "../en/exports";

/** Words for the downloads (CSV, JSON lines, FtM) and the Atom feed of changes at /history/feed.xml. */
export const exportMessages: typeof enExportMessages = {
  heading: "내려받기",
  lede: "지정 해제된 대상을 포함한 모든 제재 대상의 이름, 식별 정보, 참조 번호, 지정 내역:",
  csv: "CSV",
  jsonl: "JSON Lines",
  ftm: "FollowTheMoney (JSON Lines)",
  feedLink: "최근 변경 Atom 피드",
  /** Download file names, dated with the day of the export. */
  // Kept in ASCII: the name goes into a Content-Disposition header, which takes no Hangul as is.
  fileName: (format: "csv" | "jsonl" | "ftm.jsonl", day: string) => `sanctions-tracker-entities-${day}.${format}`,
  /**
   * The entity CSV's header line, column by column (lib/export/csv.ts
   * CSV_COLUMNS): English names the columns as the code does; another
   * language's header is asked for with `?lang=`, the columns and cells the same.
   */
  csvColumns: {
    id: "ID",
    kind: "유형",
    name: "이름",
    other_names: "다른 이름",
    identifiers: "식별 정보",
    refs: "참조 번호",
    list_published_on: "명단 공표일",
    authorities: "지정 기관",
    programs: "제재 프로그램",
    first_listed_on: "최초 지정일",
    delisted_on: "해제일",
    active: "효력 중",
  },
  feed: {
    title: "Sanctions Tracker: 최근 변경",
    titleWithRecordKeeping: "Sanctions Tracker: 최근 변경 및 기록 관리",
    subtitle:
      "실제로 일어난 최근 변경(지정, 지정 해제, 명단 항목 수정, 통제 목록 개정, 발표 및 사건)을 발생일 기준 최신순으로 출처와 함께 제공합니다.",
    subtitleWithRecordKeeping:
      "실제로 일어난 최근 변경과 Sanctions Tracker의 기록 관리(기록 생성, 출처 첨부, 명단 항목, 병합, 동일 대상 후보)를 날짜 및 출처와 함께 제공합니다.",
    author: "Sanctions Tracker",
    /** An entry's title: the subject's name (when it is an entity) and what happened. */
    entryTitle: (subject: string | null, description: string) => (subject ? `${subject}: ${description}` : description),
    occurred: "발생일",
    recorded: "기록일",
    by: "기록자",
    reason: "사유",
    source: "출처",
    noSource: "기록된 출처 없음",
  },
};

import type { home as enHome } from "../en/home";
import { koDate } from "./format";

export const home: typeof enHome = {
  title: "Sanctions Tracker",
  lede: "누가, 어느 기관에 의해, 언제부터, 어떤 근거로 제재 대상이 되었는지 확인할 수 있습니다. 한국, 미국, 유럽연합, 영국, 유엔이 지정한 선박·단체·개인을 모든 출처 및 변경 이력과 함께 제공합니다.",
  search: {
    label: "이름 검색",
    placeholder: "예: PATRIOT, 김창록, Transmorflot",
    button: "검색",
  },
  figures: {
    heading: "효력 중인 지정",
    today: (date: string) =>
      `아래 데이터 기준으로 효력 중인 지정입니다(${koDate(date)} 집계). 여기에 표시된 공표 이후 명단이 변경된 내용은 이 수치에 반영되지 않았습니다.`,
    past: (date: string) => `${koDate(date)}에 효력 중인 지정입니다.`,
    pastForm: "과거 날짜 기준 수치",
    pastButton: "보기",
    backToToday: "오늘 기준으로 돌아가기",
    countedFrom: "집계 근거:",
    publication: (label: string, publishedOn: string) => (publishedOn ? `${koDate(publishedOn)} 공표 ${label}` : label),
    facts: (codes: string[]) => `${codes.join(", ")}: 본 서비스가 출처와 함께 입력한 사실(발표 및 공식 고시, 해당 날짜 포함)`,
    onFirstSeen: (n: string) =>
      `이 중 지정 ${n}건은 해당일 이전(당일 포함)에 공표된 명단에 수록되어 있다는 점만으로 집계됨(명단에 지정일 없음)`,
    unknown: (n: string, date: string) =>
      `${koDate(date)} 기준 효력 여부를 알 수 없는 지정 ${n}건: 지정일이 없고 그 이후 공표에서 최초 확인되어 위 집계에서 제외됨`,
    dataColumn: "데이터",
    total: "효력 중인 전체 지정",
    designations: (n: string) => `지정 ${n}건`,
    entities: (n: string) => `제재 대상 ${n}건`,
    byKind: "유형별",
    byAuthority: "지정 기관별",
    authority: "지정 기관",
    designationsColumn: "지정",
    entitiesColumn: "제재 대상",
  },
  controls: {
    heading: "수출통제 품목",
    items: (total: string, unit: string) => `${total} ${unit}`,
    // The home page passes "" and writes the date after it: "시행일 " then the date.
    since: (date: string) => `시행일 ${koDate(date)}`,
    discrepancies: (n: number) => `불일치 ${n}건`,
    /** Not a discrepancy: the list is counted in other units from some revision on. */
    restatements: (n: number) => `집계 기준 변경 ${n}회`,
  },
  latest: {
    heading: "최근 변경",
    lede: "실제 변경을 발생일 기준 최신순으로 표시합니다. 기록 관리 내역은 변경 이력에서 볼 수 있습니다.",
    all: "전체 변경 이력",
    withRecordKeeping: "기록 관리 내역 포함",
  },
};

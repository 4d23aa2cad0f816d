import type { EntityKind } from "@/lib/domain/vocabulary";
import { formatNumber } from "@/lib/format";
import type { announcements as enAnnouncements } from "../en/announcements";
import { koDate } from "./format";

/** A kind's noun and its counter: 선박 3척, 단체 5곳, 개인 4명, 항공기 2대. */
const KIND_WORDS: Record<EntityKind, [noun: string, counter: string]> = {
  vessel: ["선박", "척"],
  organization: ["단체", "곳"],
  individual: ["개인", "명"],
  aircraft: ["항공기", "대"],
};

/** Words for the announcement list and detail pages. */
export const announcements: typeof enAnnouncements = {
  list: {
    title: "제재 발표",
    lede: "각 지정 기관이 발표한 제재를 최신순으로 보여 줍니다. 발표마다 선박·단체·개인을 몇 건 지정한다고 밝혔는지, 그중 몇 건이 Sanctions Tracker에 입력되었는지 함께 표시합니다.",
    caption: "제재 발표(최신순): 발표된 지정과 입력된 지정",
    announced: "발표일",
    effective: "발효일",
    authority: "지정 기관",
    titleColumn: "발표",
    entries: "발표 대비 입력",
    empty: "기록된 발표가 아직 없습니다.",
  },
  detail: {
    breadcrumb: "제재 발표",
    breadcrumbLabel: "이동 경로",
    authority: "지정 기관",
    program: "제재 프로그램",
    announced: "발표일",
    effective: "발효일",
    status: "상태",
    summary: "요약",
    effects: "조치 내용",
    note: "비고",
    sources: "출처",
    countsHeading: "발표 대비 입력",
    countsCaption: "발표에서 밝힌 지정 수와 Sanctions Tracker에 입력된 지정 수(유형별)",
    kind: "유형",
    declared: "발표 수",
    entered: "입력 수",
    enteredOfDeclared: "입력 현황",
    missing: "누락",
    entitiesHeading: "지정된 제재 대상",
    entitiesCaption: (kindPlural: string) => `이 발표로 지정된 ${kindPlural}`,
    noEntities: "이 발표에 따른 지정 중 입력된 것이 없습니다.",
    name: "이름",
    otherNames: "다른 이름",
    listed: "지정일",
    delisted: "해제일",
    reason: "지정 사유",
    notDelisted: "—",
    plan: {
      heading: "추후 이행된 계획입니다.",
      before: "이 발표는 계획을 밝힌 것이며, 실제 조치는 다음 발표로 이행되었습니다: ",
      after: (announcedOn: string, effectiveOn: string | null) =>
        ` (${koDate(announcedOn)} 발표${effectiveOn ? `, ${koDate(effectiveOn)} 발효` : ""}). 지정 내역은 그 발표에 기록되어 있으므로 이 발표에서 누락된 것은 없습니다.`,
      countsNote: "아래 수치는 계획에서 밝힌 것입니다. 실제 입력 현황은 계획을 이행한 발표에서 확인하십시오.",
    },
    fulfills: {
      before: "이 발표는 앞서 밝힌 계획을 이행한 것입니다: ",
      after: (announcedOn: string) => ` (${koDate(announcedOn)} 발표).`,
    },
    missingNotice: (missing: number) => `발표된 지정 중 ${formatNumber(missing)}건이 아직 Sanctions Tracker에 입력되지 않았습니다.`,
    allEntered: "발표된 지정이 모두 Sanctions Tracker에 입력되어 있습니다.",
  },
  /** "4 of 4 vessels", "2 of 7 individuals". */
  enteredOf: (entered: number, declared: number, kind: EntityKind) => {
    const [noun, counter] = KIND_WORDS[kind];
    return `${noun} ${formatNumber(declared)}${counter} 중 ${formatNumber(entered)}${counter}`;
  },
  /** Entries for an announcement that gave no count for a kind. */
  enteredUndeclared: (entered: number, kind: EntityKind) => {
    const [noun, counter] = KIND_WORDS[kind];
    return `${noun} ${formatNumber(entered)}${counter}(발표된 수 없음)`;
  },
  missing: (n: number) => `${formatNumber(n)}건 누락`,
  carriedOutBy: "이행 발표:",
  noneDeclared: "발표된 지정 없음",
  notDeclared: "밝히지 않음",
};

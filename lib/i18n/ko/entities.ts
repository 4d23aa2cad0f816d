import type { BuiltInListKey } from "@/lib/domain/vocabulary";
import type { entities as enEntities } from "../en/entities";
import { koDate } from "./format";

/** Short names of the built-in lists, for cells that repeat them. */
const LIST_SHORT = {
  "ofac-sdn": "OFAC SDN",
  "ofac-consolidated": "OFAC 통합(비SDN)",
  "un-consolidated": "유엔 안보리 통합",
  "bis-dpl": "BIS DPL",
} satisfies Record<BuiltInListKey, string> as Record<string, string | undefined>;

/** "2024년 7월 1일 공표 OFAC SDN 명단"; without a date, the list's name alone. */
const published = (label: string, publishedOn: string) => (publishedOn ? `${koDate(publishedOn)} 공표 ${label}` : label);
/** A publication date in brackets; the words for an unknown one are passed as they are. */
const publishedIn = (publishedOn: string) => (/^\d{4}(-\d{2}){0,2}$/.test(publishedOn) ? `${koDate(publishedOn)} 공표` : publishedOn);

export const entities: typeof enEntities = {
  list: {
    title: "제재 대상",
    lede: "제재 대상 선박·단체·개인 목록입니다. 유형, 지정 기관, 상태별로 필터링하거나 과거 특정일 기준 목록을 볼 수 있습니다.",
    filters: "제재 대상 필터",
    name: "이름 검색",
    kind: "유형",
    authority: "지정 기관",
    status: "상태",
    statusAll: "전체",
    statusActive: "효력 중",
    statusDelisted: "해제됨",
    asOf: "기준일",
    asOfHint: "해당일에 효력 중인 지정",
    count: (n: string) => `제재 대상 ${n}건`,
    asOfNote: (date: string) => `${koDate(date)} 기준: 해당일에 효력 중인 지정을 표시합니다.`,
    statusUnknown: "해당일 효력 여부 알 수 없음",
    /** The count line of a past-date view: in force, resting on first-seen dates, not known. */
    day: {
      inForce: (n: string, date: string) => `${koDate(date)}에 효력 중인 제재 대상 ${n}건`,
      onFirstSeen: (n: string) =>
        `이 중 ${n}건은 해당일 이전(당일 포함)에 공표된 명단에 수록되어 있다는 점만으로 포함됨(명단에 지정일이 없어, 최초 확인된 공표일 이전에 지정된 것으로 봄)`,
      unknown: (n: string, date: string) =>
        `${koDate(date)} 기준 효력 여부를 알 수 없는 제재 대상 ${n}건: 지정일이 없고, 그 이후 공표된 명단에서 최초 확인됨`,
      unknownHeading: (date: string) => `${koDate(date)} 기준 효력 여부 알 수 없음`,
      unknownLede:
        "아래 지정은 자체 지정일이 없고, 이를 수록한 것으로 본 서비스가 보유한 최초 공표가 조회한 날짜보다 나중입니다. 따라서 당시 효력 중이었는지 알 수 없으며, 위 집계에 포함되지 않았습니다.",
      unknownAll: (n: string) => `해당일 효력 여부를 알 수 없는 ${n}건 전체 보기`,
      seen: (date: string) => `${koDate(date)} 이전 지정`,
      firstSeen: (date: string) => `${koDate(date)} 최초 확인`,
    },
    columns: { name: "이름", kind: "유형", authorities: "지정 기관", firstListed: "최초 지정일", status: "상태" },
    sortBy: "정렬 기준",
    sortOptions: { name: "이름", kind: "유형", authority: "지정 기관", listed: "최초 지정일" },
    sortDir: "정렬 순서",
    sortDirOptions: { asc: "오름차순 (가나다·A→Z, 오래된 순)", desc: "내림차순 (Z→A·하→가, 최신순)" },
    /** A sortable column's header link: what a click does, said after the column's name (the arrow is not read). */
    sortLink: {
      asc: { name: "오름차순 정렬", kind: "오름차순 정렬", authority: "오름차순 정렬", listed: "오래된 순 정렬" },
      desc: { name: "내림차순 정렬", kind: "내림차순 정렬", authority: "내림차순 정렬", listed: "최신순 정렬" },
    },
    /** How the "First listed" date is known (see lib/read/first-listing.ts). */
    firstListed: {
      listed: "지정일",
      seen: (list: string | null) => (list ? `${list} 명단에서 최초 확인` : "명단에서 최초 확인"),
      seenTitle: (date: string, list: string | null) =>
        `지정일 미공표: ${koDate(date)} 이전(당일 포함)에 지정되었습니다. 이 날짜는 본 서비스가 이 대상을 처음 확인한 ${list ? `${list} 명단` : "명단"}의 공표일입니다.`,
    },
    caption: "필터 조건에 맞는 제재 대상",
    empty: "조건에 맞는 제재 대상이 없습니다.",
  },
  detail: {
    kindLabel: "유형",
    /** The line under the name: sanctioned now or not, by whom, since when. */
    status: {
      label: "제재 상태",
      since: {
        on: (date: string) => `${koDate(date)}부터`,
        onOrBefore: (date: string) => `${koDate(date)} 이전 지정`,
        unknown: "지정일 알 수 없음",
      },
      until: (date: string) => `, ${koDate(date)} 해제 예정`,
      authority: (code: string, since: string) => `${code} (${since})`,
      inForce: (authorities: string[]) => `현재 제재 대상입니다. 지정 기관: ${authorities.join(", ")}.`,
      notYet: (authorities: { code: string; from: string }[]) =>
        `아직 효력이 발생하지 않았습니다: ${authorities.map((a) => `${a.code} 지정, ${koDate(a.from)}부터 효력`).join("; ")}.`,
      delisted: (since: string, delistings: { code: string; on: string }[]) =>
        `${koDate(since)}부터 효력 중인 지정이 없습니다: ${delistings.map((d) => `${d.code} ${koDate(d.on)} 해제`).join(", ")}.`,
      none: "기록된 지정이 없습니다. 본 서비스에는 어느 지정 기관의 이 대상 지정도 기록되어 있지 않습니다.",
      /** Split around the link to the publication. */
      onList: {
        before: "",
        link: (label: string, publishedOn: string) => published(label, publishedOn),
        after: (recordId: string) => `(가져온 최신 공표, 항목 ${recordId})에 여전히 수록되어 있습니다.`,
      },
      goneFrom: {
        before: "",
        link: (label: string, removedOn: string) => published(label, removedOn),
        after: (recordId: string) => `에는 수록되어 있지 않습니다(항목 ${recordId} 삭제됨).`,
      },
    },
    withdrawn: (reason: string | null) => `이 레코드는 철회되었습니다${reason ? `: ${reason}` : ""}.`,
    names: "이름",
    nameColumns: { name: "이름", type: "구분", script: "문자", language: "언어" },
    /** Said once above the facts (names, identifiers, details) that come from the same sources. */
    sourceLine: (_count: number) => "출처:",
    nameOrigin: {
      listRecord: (list: string, recordId: string) => `${list} 항목 ${recordId}`,
      announcement: (authority: string, announcedOn: string) => `${authority} ${koDate(announcedOn)} 발표`,
      unofficialRomanization: "출처 없음: 본 서비스가 작성한 로마자 표기 (비공식)",
      none: "기록된 출처 없음",
    },
    /** Short names of the lists, for cells that repeat them. */
    listShort: LIST_SHORT,
    /** A list's short name: a built-in list's, or a created list's own name. */
    listShortOf(key: string): string {
      return LIST_SHORT[key] ?? key;
    },
    nameType: {
      primary: "기본 이름",
      alias: "별칭",
      former_name: "이전 이름",
      new_name: "새 이름",
      romanization: "로마자 표기",
    },
    script: { Latn: "라틴 문자", Hang: "한글", Cyrl: "키릴 문자", Hani: "한자", Arab: "아랍 문자", Zyyy: "—" },
    language: { ko: "한국어", ru: "러시아어", en: "영어" },
    identifiers: "식별 정보",
    identifierType: {
      imo: "IMO 번호",
      mmsi: "MMSI",
      call_sign: "호출 부호",
      imo_company: "IMO 회사 번호",
      registration: "등록 번호",
      tax_id: "납세자 번호",
      passport: "여권 번호",
      national_id: "신분증 번호",
      other: "기타",
    },
    checkDigitValid: "검사 숫자 일치",
    checkDigitInvalid: "검사 숫자 불일치",
    details: "세부 정보",
    attribute: {
      flag: "선적국",
      vessel_type: "선종",
      tonnage: "톤수",
      gross_tonnage: "총톤수",
      build_year: "건조 연도",
      aircraft_model: "항공기 기종",
      birth_date: "생년월일",
      birth_place: "출생지",
      nationality: "국적",
      gender: "성별",
      position: "직위",
      country: "국가",
      address: "주소",
    },
    remarks: "비고",
    designations: "제재 대상 지정",
    noDesignations: "기록된 지정이 없습니다.",
    designationColumns: {
      program: "제재 프로그램",
      listed: "지정일",
      effective: "발효일",
      delisted: "해제일",
      reason: "지정 사유",
      sources: "출처",
    },
    byAuthority: (code: string, name: string) => `${code} — ${name}`,
    legalBasis: "법적 근거",
    announcement: "발표",
    listRecord: "명단 항목",
    delistingReason: "해제 사유",
    relationships: "관계",
    relation: {
      outgoing: {
        owned_by: "소유자",
        operated_by: "운항사",
        linked_to: "관련 대상",
        director_of: "임원으로 재직 중인 곳",
        subsidiary_of: "모회사",
      },
      incoming: {
        owned_by: "소유 대상",
        operated_by: "운항 대상",
        linked_to: "관련 대상",
        director_of: "임원",
        subsidiary_of: "자회사",
      },
    },
    refs: "다른 명단의 참조",
    /** A record the entity was made from, one merged into it (its basis names the rule), a same-as claim. */
    refOrigin: { record: "원 레코드", merged: "병합된 레코드", same_as: "동일 대상" },
    firstSeenIn: "최초 확인된 명단 공표일:",
    listingDateNotPublished: "지정일 미공표",
    possibleMatches: "동일 대상 가능성",
    possibleMatchesLede:
      "이 레코드와 실제로 같은 대상일 수 있으나 병합하지 않은 레코드입니다. 공통점이 적어 같은 대상이라고 단정할 수 없습니다.",
    possibleMatchBasis: "공통점",
    merged: "병합된 레코드",
    mergedLede:
      "공식 명단에는 별개로 기재되어 있으나 본 서비스가 실제로는 이 대상 하나임을 확인한 레코드입니다. 해당 레코드의 이름, 지정, 명단 항목은 이제 이 레코드에 속하며, 이전 주소는 이 페이지로 연결됩니다.",
    mergedEntry: (name: string, id: number) => `${name} (이전 레코드 ${id})`,
    mergedBy: "병합 근거",
    listRemarks: "공식 명단의 비고",
    listRemarksLede: "각 명단이 해당 항목에 기재한 비고를 공표된 원문 그대로 싣습니다.",
    /** Split around the link to the publication. */
    remarksIn: {
      before: "비고 출처: ",
      link: (label: string, publishedOn: string) => `${label} (${publishedIn(publishedOn)})`,
      after: (recordId: string, removedOn: string | null) =>
        `, 항목 ${recordId}${removedOn ? `, ${koDate(removedOn)} 공표 명단에서 삭제됨` : ""}:`,
    },
    /** A list whose parser builds the text from several fields (BIS DPL): not the list's own words. */
    fieldsIn: {
      before: "여러 필드를 조합한 내용(명단 원문 아님), 출처: ",
      link: (label: string, publishedOn: string) => `${label} (${publishedIn(publishedOn)})`,
      after: (recordId: string, removedOn: string | null) =>
        `, 항목 ${recordId}${removedOn ? `, ${koDate(removedOn)} 공표 명단에서 삭제됨` : ""}:`,
    },
    publicationDateUnknown: "공표일 알 수 없음",
    listRecords: "명단 항목",
    listRecordsCaption: "가져온 공식 명단에 있는 이 대상의 항목",
    listRecordColumns: { list: "명단", record: "항목", firstSeen: "최초 확인일", removed: "삭제일" },
    listRecordOnList: "명단에 수록 중",
    timeline: "변경 이력",
    timelineLede: "이 대상과 관련해 실제로 일어난 변경을 최신순으로 보여 줍니다. 발생일과 함께 언제, 누가 기록했는지 표시합니다.",
    sources: "출처",
  },
};

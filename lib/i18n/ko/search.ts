import type { search as enSearch } from "../en/search";

export const search: typeof enSearch = {
  title: "검색",
  lede: "어떤 문자나 철자로 쓴 이름이든 찾습니다. 김영철, Kim Young-chul, KIM Yong Chol 중 어느 표기로 검색해도 나머지 표기의 이름이 함께 검색됩니다. 오타나 단어 순서의 차이도 허용하며, IMO 번호 같은 식별 정보로도 검색할 수 있습니다.",
  label: "이름 또는 식별 정보",
  placeholder: "예: 김영철, Gim Yeong-cheol, Дерипаска, IMO 9003550",
  button: "검색",
  hint: "입력하는 대로 결과가 갱신됩니다.",
  filters: "결과 좁히기",
  facet: {
    kind: "유형",
    authority: "지정 기관",
    program: "제재 프로그램",
    country: "국가",
    status: "상태",
  },
  status: { active: "효력 중", delisted: "해제됨", unknown: "해당 날짜 기준 알 수 없음" },
  asOf: "기준일",
  asOfHint: "해당 날짜 기준 상태이며, 그날까지 지정된 대상만 표시",
  clearFilter: (name: string) => `${name} 필터 해제`,
  results: "검색 결과",
  count: (total: number) => (total === 0 ? "검색 결과가 없습니다." : `검색 결과 ${total}건(가까운 순).`),
  best: {
    identifier: "가장 가까운 결과는 식별 정보가 일치합니다.",
    full: "가장 가까운 결과는 이름 전체가 일치합니다.",
    shorter: (matched: number, of: number) =>
      `가장 가까운 결과의 이름에는 검색한 단어 ${of}개 중 ${matched}개만 들어 있습니다. 확인한 뒤 활용하십시오.`,
    surname: "가장 가까운 결과는 성만 일치합니다. 나머지 이름과 세부 정보를 확인한 뒤 활용하십시오.",
    partial: (matched: number, of: number) =>
      `가장 가까운 결과는 이름의 단어 ${of}개 중 ${matched}개가 일치합니다. 나머지 단어와 세부 정보를 확인한 뒤 활용하십시오.`,
    similar: "가장 가까운 결과는 철자가 다른 이름과 일치합니다. 확인한 뒤 활용하십시오.",
  },
  score: "점수",
  kindOfMatch: {
    identifier: "식별 정보",
    full: "이름 전체",
    shorter: (matched: number, of: number) => `검색한 단어 ${of}개 중 ${matched}개`,
    surname: "성만 일치",
    partial: (matched: number, of: number) => `단어 ${of}개 중 ${matched}개`,
    similar: "유사 철자",
  },
  matchedVia: {
    name: "일치한 이름",
    alias: "일치한 다른 이름",
    identifier: "일치한 식별 정보",
  },
  script: { Latn: "로마자", Hang: "한글", Cyrl: "키릴 문자", Hani: "한자", Arab: "아랍 문자", Zyyy: "" },
  unofficial: "비공식",
  /** An IMO number whose check digit fails (the only identifier the search refuses): not searched as text. */
  invalidIdentifier: (value: string) =>
    `IMO 번호 ${value}: 검사 숫자(check digit)가 맞지 않습니다. 번호를 확인하십시오. 이 번호는 텍스트로 검색하지 않습니다.`,
  identifierRead: (type: string, value: string) =>
    `인식한 번호: ${type === "imo" ? "IMO 번호" : type === "mmsi" ? "MMSI" : "식별 정보"} ${value}.`,
  api: "같은 검색을 JSON으로 받기:",
  apiDocs: "API 문서",
  empty: "검색할 이름이나 식별 정보를 입력하십시오.",
};

import type { screening as enScreening } from "../en/screening";

const n = (x: number) => x.toLocaleString("en-US");

/**
 * Words for the /screen page: batch screening of pasted names or a CSV file.
 * The form runs in the browser and gets these words as props from the page,
 * so what it fills in at run time is a template (`{done}`: lib/screening/words.ts
 * fill()) rather than a function, which could not be sent.
 */
export const screening: typeof enScreening = {
  title: "명단 스크리닝",
  lede: "이름을 한 줄에 하나씩 붙여 넣거나 거래 상대방 CSV 파일을 선택하십시오. 각 항목을 Sanctions Tracker에 있는 모든 제재 대상 선박·단체·개인과 비교하여, 가장 가까운 일치 후보와 그 점수 및 근거를 보여 줍니다.",
  howTo: {
    title: "파일 작성 방법",
    body: "첫 행은 열 이름을 적은 머리글 행이어야 합니다. 이름 열은 필수입니다(열 이름: name, full name, counterparty, company, company name 또는 vessel name). kind(individual, organization, vessel, aircraft), country(국가 코드 또는 영문 국가명), birth date(YYYY, YYYY-MM 또는 YYYY-MM-DD), IMO, identifier(여권 번호, 등록 번호, 납세자 번호, MMSI) 열이 있으면 이름이 같은 사람이나 회사를 구별하는 데 도움이 됩니다.",
  },
  names: "이름(한 줄에 하나씩)",
  namesHint:
    "한글, 키릴 문자, 로마자 표기를 모두 인식합니다. 김영철, Kim Young-chul, KIM Yong Chol 중 어느 표기로 입력해도 나머지 표기의 이름을 찾습니다.",
  file: "또는 CSV 파일",
  fileHint: (max: number) => `파일을 선택하면 위에 입력한 이름은 사용하지 않습니다. 한 번에 최대 ${n(max)}행까지 처리합니다.`,
  threshold: "일치 기준 점수",
  thresholdHint: (defaultValue: number) =>
    `이 점수 이상인 결과를 일치로 봅니다. 기본값은 ${defaultValue.toFixed(2)}점입니다. 낮추면 더 많은 결과를 찾지만 오탐도 늘어납니다.`,
  submit: "스크리닝",
  running: "스크리닝 중…",
  progress: "{total}건 중 {done}건 완료",
  download: "결과 내려받기(CSV)",
  summary: {
    one: "{rows}행을 스크리닝했으며, 그중 {matched}행에서 기준 점수 이상의 일치 결과가 나왔습니다.",
    other: "{rows}행을 스크리닝했으며, 그중 {matched}행에서 기준 점수 이상의 일치 결과가 나왔습니다.",
  },
  nothingToScreen: "이름을 하나 이상 붙여 넣거나 파일을 선택하십시오.",
  requestFailed: "스크리닝이 중단되었습니다: {reason} 지금까지 스크리닝한 행은 아래에 있습니다.",
  networkFailed: "스크리닝이 중단되었습니다: 서버에 연결할 수 없습니다. 지금까지 스크리닝한 행은 아래에 있습니다.",
  /** Why a file was not screened, by FileProblem code (lib/screening/input.ts). */
  fileProblem: {
    empty: "파일이 비어 있습니다.",
    notText: "파일을 텍스트로 읽을 수 없습니다. CSV(UTF-8) 형식으로 저장한 뒤 다시 선택하십시오.",
    noNameColumn: '파일에 이름 열이 없습니다. 첫 행의 내용: {columns}. 열 하나의 이름을 "name"으로 지정하십시오.',
    /** {columns} of noNameColumn when the first row is empty. */
    noColumns: "없음",
    tooManyRows: "파일에 {rows}행이 있습니다. 한 번에 최대 {max}행까지 스크리닝할 수 있습니다.",
  },
  rowProblemsTitle: "스크리닝하지 않은 행",
  /** Why a row was not screened, by RowProblem code. */
  rowProblem: {
    noName: "{row}행: 이름, IMO 번호, 식별 정보가 모두 없습니다.",
    badKind: "{row}행: kind 값이 individual, organization, vessel, aircraft 중 하나가 아닙니다: 「{value}」.",
    badCountry: "{row}행: 국가 코드나 영문 국가명이 아닙니다: 「{value}」.",
    badBirthDate: "{row}행: 생년월일이 YYYY, YYYY-MM, YYYY-MM-DD 형식이 아닙니다: 「{value}」.",
    badCsv: "{row}행: CSV 형식 오류({detail}).",
  },
  /** The CSV reader's complaint ({detail} of badCsv) by papaparse's error code; {detail} is its own English message. */
  csvErrors: {
    MissingQuotes: "따옴표로 시작한 값이 닫히지 않았습니다",
    InvalidQuotes: "따옴표로 묶은 값 뒤에 잘못된 문자가 있습니다",
    TooFewFields: "열 수가 머리글 행보다 적습니다",
    TooManyFields: "열 수가 머리글 행보다 많습니다",
    UndetectableDelimiter: "구분 기호를 찾을 수 없습니다",
  },
  table: {
    caption: "스크리닝 결과(입력 항목당 한 행)",
    row: "행",
    input: "입력",
    matches: "가장 가까운 후보",
    score: "점수",
    noMatch: "최저 점수를 넘는 후보가 없습니다.",
    match: "일치",
    belowThreshold: "기준 점수 미만",
    why: "근거",
    designations: "지정",
    /** A designation on the day screened (POST /api/match `designations[].state`). */
    states: { in_force: "효력 중", delisted: "해제됨", unknown: "날짜 미상", not_yet: "효력 발생 전" },
  },
  /** Column headers of the downloaded CSV. */
  csv: {
    row: "행",
    input: "입력 이름",
    entity: "일치 대상",
    url: "대상 URL",
    score: "점수",
    match: "일치",
    why: "근거",
    designations: "지정",
    threshold: "기준 점수",
  },
};

import type { matching as enMatching } from "../en/matching";
import { koDate } from "./format";
import { referenceNames } from "./reference-names";

const programs = referenceNames.programsByCode();

/** Signed amount as a user reads it: "+0.02", "−0.15". */
const amount = (n: number) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(2)}`;
const score = (n: number) => n.toFixed(2);
const quoted = (values: string[]) => values.map((v) => `「${v}」`).join(", ");
const dates = (values: string[]) => values.map(koDate).join(", ");
const identifierLabel: Record<string, string> = {
  imo: "IMO 번호",
  imo_company: "회사 IMO 번호",
  mmsi: "MMSI",
  passport: "여권 번호",
  registration: "등록 번호",
  tax_id: "납세자 번호",
  national_id: "신분증 번호",
  call_sign: "호출 부호",
  other: "식별 정보",
};
const label = (type: string) => identifierLabel[type] ?? type;

/**
 * The screening engine's sentences (lib/screening/engine.ts): each feature's
 * explanation, and the lines a user reads under a result.
 */
export const matching: typeof enMatching = {
  feature: {
    nameLiteral: (query: string, stored: string) => `「${query}」: 대상 이름 「${stored}」의 단어와 같음(법인 형태 제외)`,
    name: (query: string, stored: string, similarity: number) =>
      `「${query}」: 대상 이름 「${stored}」의 표기와 유사(${score(similarity)})`,
    nameKeys: (query: string, stored: string, similarity: number) =>
      `「${query}」: 대상 이름 「${stored}」의 다른 철자 또는 음역 표기(${score(similarity)})`,
    nameSkeleton: (query: string, stored: string, similarity: number) =>
      `「${query}」: 대상 이름 「${stored}」의 자음과 일치(${score(similarity)}). 모음을 적지 않는 문자이므로 확인이 필요함`,
    genericOnly: (words: string[], cap: number) =>
      words.length
        ? `회사명에 흔히 쓰이는 단어만 일치(${quoted(words)}): 이런 단어만으로는 일치로 보지 않으므로 점수는 ${score(cap)} 이하로 제한`
        : `이름이 회사명에 흔히 쓰이는 단어로만 이루어짐: 이런 단어만으로는 일치로 보지 않으므로 점수는 ${score(cap)} 이하로 제한`,
    numberMismatch: (query: string[], stored: string[], cap: number) =>
      `숫자가 다름(입력 ${quoted(query)}, 대상 ${quoted(stored)}): 다른 선박 또는 회사이므로 점수는 ${score(cap)} 이하로 제한`,
    numberMissing: (numbers: string[], side: "query" | "entity", n: number) =>
      side === "query"
        ? `스크리닝한 이름에는 숫자(${quoted(numbers)})가 있으나 대상 이름에는 없음: ${amount(n)}`
        : `대상 이름에는 숫자(${quoted(numbers)})가 있으나 스크리닝한 이름에는 없음: ${amount(n)}`,
    wordMismatch: (query: string[], stored: string[], cap: number) =>
      `고유한 단어가 다름(입력 ${quoted(query)}, 대상 ${quoted(stored)}): 다른 회사이므로 점수는 ${score(cap)} 이하로 제한`,
    formerName: (n: number) => `대상이 더 이상 쓰지 않는 이전 이름과 일치: ${amount(n)}`,
    weakAlias: (n: number) => `명단에서 약한 별칭(weak alias)으로 분류한 이름과 일치: ${amount(n)}`,
    identifierMatch: (type: string, value: string, kind: string) => `${label(type)} ${value}: 해당 ${kind}에 등록된 번호와 일치`,
    identifierWeak: (type: string, value: string, kind: string, n: number) =>
      `${label(type)} ${value}: 해당 ${kind}에 등록된 번호와도 일치하나 이것만으로는 판단할 수 없음: ${amount(n)}`,
    identifierMismatch: (type: string, value: string, stored: string[], n: number) =>
      `${label(type)} ${value}: 대상에 등록된 번호(${stored.join(", ")})와 다름: ${amount(n)}`,
    identifierInvalid: (value: string) => `IMO ${value}: 검사 숫자(check digit)가 맞지 않아 비교하지 않음`,
    countryMatch: (countries: string[], n: number) => `국가 일치(${countries.join(", ")}): ${amount(n)}`,
    countryMismatch: (query: string[], stored: string[], n: number) =>
      `국가 다름(입력 ${query.join(", ")}, 대상 ${stored.join(", ")}): ${amount(n)}`,
    dobMatch: (date: string, n: number) => `${/^\d{4}$/.test(date) ? "출생 연도" : "생년월일"} 일치(${koDate(date)}): ${amount(n)}`,
    dobYearMismatch: (query: string[], stored: string[], n: number) =>
      `출생 연도 다름(입력 ${dates(query)}, 대상 ${dates(stored)}): ${amount(n)}`,
    dobDayMismatch: (query: string[], stored: string[], n: number) =>
      `출생 연도는 같으나 날짜가 다름(입력 ${dates(query)}, 대상 ${dates(stored)}): ${amount(n)}`,
    setAside: (parts: string[]) => `이름의 일부가 아닌 것으로 보아 제외: ${quoted(parts)}`,
  },
  /** The first line of an explanation: what matched. */
  matched: (what: string, final: number, isMatch: boolean) => `${what}. 점수 ${score(final)}: ${isMatch ? "일치" : "기준 점수 미만"}.`,
  adjusted: (what: string) => `${what}.`,
  noLongerMatches: "이 대상은 더 이상 이 거래 상대방과 일치하지 않습니다.",
  designationLine: (authority: string, program: string, delistedOn: string | null) =>
    `${authority} ${programs[program] ?? program} ${delistedOn === null ? "효력 중" : `${koDate(delistedOn)} 지정 해제`}`,
  kindNoun: { vessel: "선박", organization: "단체", individual: "개인", aircraft: "항공기" },
};

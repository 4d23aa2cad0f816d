import type { ListingDateBasis } from "@/lib/domain/listing-date";
import type { ActorView } from "@/lib/read/actors";
import type { ShownValue } from "@/lib/read/audit-values";
import type { AttributeKey, IdentifierType, NameType } from "@/lib/domain/vocabulary";
import { clip, formatNumber, programLabel } from "@/lib/format";
import type { admin as enAdmin } from "../en/admin";
import { common } from "./common";
import { entities } from "./entities";
import { koDate, koTimestamp } from "./format";

const REFERENCE: Record<Extract<ShownValue, { kind: "missing" }>["of"], string> = {
  source: "출처",
  program: "제재 프로그램",
  entity: "제재 대상",
  announcement: "발표",
};

/** A value of the audit log (`lib/read/audit-values.ts`) in words. */
const shown = (v: ShownValue): string => {
  switch (v.kind) {
    case "none":
      return "없음";
    case "text":
      return `“${clip(v.text, 160)}”`;
    case "number":
      return formatNumber(v.value);
    case "yesNo":
      return v.value ? "예" : "아니요";
    case "date":
      return koDate(v.value);
    case "timestamp":
      return koTimestamp(v.value);
    case "source":
      return v.title ?? v.citation;
    case "program":
      return programLabel(v.name, v.code);
    case "entity":
      return v.name;
    case "announcement":
      return v.title;
    case "missing":
      return `${REFERENCE[v.of]} ${v.of === "announcement" ? v.id : `#${v.id}`} (더 이상 존재하지 않음)`;
    case "names":
      return v.items
        .map(
          (n) =>
            `${n.value}${n.type ? ` (${entities.detail.nameType[n.type as NameType] ?? n.type}${n.official === false ? `, ${common.unofficial}` : ""})` : ""}`,
        )
        .join("; ");
    case "identifiers":
      return v.items.map((i) => `${entities.detail.identifierType[i.type as IdentifierType] ?? i.type} ${i.value}`).join("; ");
    case "details":
      return v.items.map((d) => `${entities.detail.attribute[d.type as AttributeKey] ?? d.type} ${d.value}`).join("; ");
    case "list":
      return v.items.join("; ");
    case "structured":
      return clip(v.json, 200);
  }
};

/**
 * Who made a change, for editors: an account by its email, which tells two
 * people of one name apart, after its display name when it has one; anyone
 * else as the public pages name them.
 */
const who = (by: ActorView) => (by.kind === "account" && by.email ? (by.name ? `${by.name} (${by.email})` : by.email) : common.actor(by));

/**
 * Field names of the change log as an editor reads them. Beyond the English
 * module's keys, a few more fields the commands log are named here, so that
 * no raw English key shows in the Korean pages.
 */
const FIELD: Record<string, string> = {
  reason: "지정 사유",
  legalBasis: "법적 근거",
  listedOn: "지정일",
  effectiveOn: "발효일",
  delistedOn: "해제일",
  delistingReason: "해제 사유",
  delistingSourceId: "해제 출처",
  status: "상태",
  withdrawnAt: "철회 일시",
  withdrawnReason: "철회 사유",
  name: "이름",
  remarks: "비고",
  title: "제목",
  summary: "요약",
  announcedOn: "발표일",
  declaredVessels: "발표된 선박 수",
  declaredOrganizations: "발표된 단체 수",
  declaredIndividuals: "발표된 개인 수",
  programId: "제재 프로그램",
  sourcesAdded: "추가된 출처",
  countBasis: "집계 기준",
  discrepancyNote: "불일치 메모",
  entityId: "제재 대상",
  fromEntityId: "관계 주체",
  toEntityId: "관계 상대",
  otherEntityId: "다른 기록",
  basis: "근거",
  rule: "병합 근거",
  authorityCode: "지정 기관",
  announcementId: "발표",
  fulfilledById: "이행 발표",
  sourceId: "출처",
  reportedSourceId: "별도 보고 수치의 출처",
  listRecordId: "명단 항목",
  firstSeenOn: "명단 최초 확인일",
  proposedOn: "제안일",
  occurredOn: "발생일",
  publishedOn: "게시일",
  recordedAt: "기록 일시",
  updatedAt: "수정 일시",
  createdAt: "생성 일시",
  disabledAt: "비활성화 일시",
  // Logged by the commands, not named by the English module.
  names: "이름",
  identifiers: "식별 정보",
  attributes: "세부 정보",
  kind: "유형",
  value: "값",
  type: "유형",
  note: "메모",
  effects: "제재 내용",
  added: "추가 품목 수",
  removed: "삭제 품목 수",
  total: "품목 수",
  reportedPreviousTotal: "보고된 이전 품목 수",
  email: "이메일 주소",
  role: "역할",
  sessionsRevoked: "종료된 세션 수",
  designationsWithdrawn: "철회된 지정 수",
};
const field = (key: string) => FIELD[key] ?? key;

/** The audit log's actions (`lib/commands`) in words, for a version conflict; an unknown one as its code reads. */
const ACTION: Record<string, string> = {
  "announcement.create": "발표 등록",
  "announcement.update": "발표 수정",
  "announcement.source.add": "발표 출처 추가",
  "designation.create": "지정 입력",
  "designation.update": "지정 수정",
  "designation.delist": "지정 해제",
  "designation.relist": "재지정",
  "designation.withdraw": "지정 철회",
  "designation.status": "지정 상태 변경",
  "designation.source.add": "지정 출처 추가",
  "designation.listing_date": "지정일 기록",
  "designation.list_entry": "명단 항목 연결",
  "entity.create": "제재 대상 등록",
  "entity.update": "제재 대상 수정",
  "entity.name.add": "이름 추가",
  "entity.name.update": "이름 수정",
  "entity.identifier.add": "식별 정보 추가",
  "entity.attribute.add": "세부 정보 추가",
  "entity.ref.add": "외부 참조 추가",
  "entity.merge": "기록 병합",
  "entity.possible_match": "동일 대상 가능성 기록",
  "entity.withdraw": "기록 철회",
  "relationship.add": "관련 대상 추가",
};
const action = (code: string) => ACTION[code] ?? code.replace(/[._]/g, " ");

/** The subjects of the audit log (`subjectType`) in words. */
const SUBJECT: Record<string, string> = {
  announcement: "발표",
  authority: "지정 기관",
  control_list: "통제 목록",
  control_list_revision: "통제 목록 개정",
  designation: "지정",
  entity: "제재 대상",
  entity_attribute: "세부 정보",
  entity_identifier: "식별 정보",
  entity_name: "이름",
  entity_ref: "외부 참조",
  event: "사건",
  list: "명단",
  list_record: "명단 항목",
  program: "제재 프로그램",
  relationship: "관계",
  source: "출처",
  user: "계정",
};

/** The counter of a number of entities, by the kind's Korean word (선박 3척, 단체 5곳, 개인 4명, 항공기 2대). */
const COUNTER: Record<string, string> = { 선박: "척", 단체: "곳", 개인: "명", 항공기: "대" };
const counted = (n: number, kind: string) => `${formatNumber(n)}${COUNTER[kind.trim()] ?? "건"}`;
/** "선박 5척 중 3척", or "선박 3척" when the announcement states no count. */
const enteredOf = (entered: number, declared: number | null, kind: string) =>
  declared === null ? `${kind} ${counted(entered, kind)}` : `${kind} ${counted(declared, kind)} 중 ${counted(entered, kind)}`;

/** Words for the admin pages: /admin, accounts, data entry and corrections, revisions, the audit log. */
export const admin: typeof enAdmin = {
  timestamp: koTimestamp,
  shown,
  who,
  field,

  home: {
    title: "관리",
    sessionEnds: "세션 만료",
    sections: "메뉴",
    users: "계정",
    usersHint: "계정 생성, 역할 지정, 계정 비활성화, 세션 종료.",
    imports: "공식 명단 가져오기",
    importsHint: "가져오기 실행별 변경 내용과 명단별로 현재 반영된 공표 시점. 명단은 명령줄에서 가져옵니다:",
    importsCommand: "npm run import -- <format> <path>",
    soon: "추후 제공",
    soonItems: ["일치 가능성 검토"],
    announcements: "발표 및 지정",
    announcementsHint: "지정 차수를 선박별, 인물별로 입력하고 아직 입력되지 않은 지정을 확인합니다.",
    entities: "제재 대상",
    entitiesHint: "기록 수정, 이름과 식별 정보 추가, 지정의 수정·해제·철회.",
    exportControls: "수출통제 품목 개정",
    exportControlsHint: "통제 목록의 개정을 계산 검증과 함께 기록합니다.",
    audit: "감사 기록",
    auditHint: "모든 변경: 누가, 언제, 무엇을, 왜 변경했는지.",
  },

  /** Words shared by the data-entry forms. */
  form: {
    required: "필수",
    optional: "선택",
    saving: "저장 중…",
    problems: "입력 내용에 문제가 있습니다. 각 문제는 해당 항목 옆에 표시되어 있습니다.",
    /** One line of the summary of a form's problems. */
    problemOf: (label: string, problem: string) => `${label}: ${problem}`,
    notAllowed: "현재 역할로는 이 변경을 할 수 없습니다.",
    notFound: "이 기록이 없거나 더 이상 존재하지 않습니다. 페이지를 새로 고치십시오.",
    busy: "다른 변경 사항의 기록이 양식의 대기 시간보다 오래 걸렸습니다(명단 가져오기는 최대 1분이 걸립니다). 저장된 내용은 없으며, 입력한 값은 양식에 그대로 있습니다. 잠시 후 다시 제출하십시오.",
    conflict: (what: "entity" | "designation" | "announcement") =>
      `양식을 연 뒤 다른 사용자가 이 ${what === "entity" ? "기록을" : what === "designation" ? "지정을" : "발표를"} 변경했습니다. 저장된 내용은 없습니다. 변경 내용:`,
    conflictChange: (key: string, before: ShownValue, after: ShownValue, by: string, at: string) =>
      `${field(key)}: ${shown(before)} → ${shown(after)}, 변경자 ${by}, ${koTimestamp(at)}`,
    conflictAction: (code: string, by: string, at: string) => `${action(code)}, 변경자 ${by}, ${koTimestamp(at)}`,
    conflictUnknown: (version: number) => `이 기록의 현재 버전은 ${version}입니다.`,
    conflictAgain:
      "입력한 값은 양식에 그대로 있습니다. 이 변경 사항을 덮어쓰고 저장하려면 다시 제출하고, 현재 값에서 다시 시작하려면 페이지를 새로 고치십시오.",
    sourcesHint: "링크 또는 인용을 한 줄에 하나씩 입력합니다.",
    dateHint: "YYYY-MM-DD. 연월 또는 연도만 알려진 경우 YYYY-MM 또는 YYYY.",
    countryHint: "두 글자 국가 코드(ISO 3166). 예: RU, KP",
    backToAdmin: "관리 홈",
    publicPage: "공개 페이지 보기",
    status: { confirmed: "확인됨", reported: "보도됨 (출처 1건)" },
  },

  /** Rules of the data-entry forms and commands that are not refusals (those are in `./errors.ts`). */
  rules: {
    eitherEntity: "기존 제재 대상을 선택하거나 새 대상을 입력하십시오. 둘 다 할 수는 없습니다.",
    listingDateFilled: "입력 양식에서 발표 날짜를 지정일로 안내했으나 지정일 없이 입력된 지정입니다. 해당 날짜가 지정일로 저장되었습니다.",
  },

  /** The search picker of an entity field (owner, operator, related entity). */
  picker: {
    noScriptHint: "제재 대상 번호(대상 페이지 주소에 있는 번호).",
    searching: "검색 중…",
    found: (n: number) =>
      n === 0 ? "해당하는 제재 대상이 없습니다." : `제재 대상 ${formatNumber(n)}건을 찾았습니다. 화살표 키와 Enter 키로 선택하십시오.`,
    tooShort: "두 글자 이상 입력하십시오.",
    failed: "검색 응답이 없습니다. 다시 입력하면 재시도합니다.",
    results: (label: string) => `${label} 검색 결과`,
    chosen: (label: string) => `선택된 ${label}`,
    change: (name: string) => `${name} 변경`,
    clear: (name: string) => `${name} 선택 해제`,
    changeButton: "변경",
    clearButton: "지우기",
    entityNumber: (id: number) => `대상 번호 ${id}`,
    designatedBy: (authorities: string) => `지정 기관: ${authorities}`,
    notDesignated: "지정 없음",
    matched: (name: string) => `일치: “${name}”`,
  },

  validation: {
    tooLong: (max: number) => `${formatNumber(max)}자 이내로 입력하십시오.`,
    unreadable: "제어 문자 또는 읽을 수 없는 문자(\uFFFD로 표시)를 삭제하십시오.",
    date: "날짜를 YYYY-MM-DD, YYYY-MM 또는 YYYY 형식으로 입력하십시오.",
    count: "0 이상의 정수를 입력하십시오.",
    reload: "양식이 최신 상태가 아닙니다. 페이지를 새로 고치십시오.",
    country: "두 글자 국가 코드를 입력하십시오(예: RU, KP).",
    choose: "선택지 중 하나를 고르십시오.",
    announcementId: "영문 소문자, 숫자, 하이픈으로 3~100자를 입력하십시오(예: kr-2024-06-27).",
    authority: "지정 기관을 선택하십시오.",
    title: "제목을 입력하십시오.",
    announcedOn: "발표일을 입력하십시오.",
    sourcesNeeded: "출처(링크 또는 인용)를 하나 이상 입력하십시오.",
    kind: "제재 대상 유형을 선택하십시오.",
    name: "이름을 입력하십시오.",
    entityNumber: "제재 대상 번호를 입력하십시오(검색에서 선택).",
    pickFromList: "입력란 아래 목록에서 제재 대상을 선택하거나 입력란을 비우십시오.",
    relatedEntity: "관련 대상을 선택하십시오. 이름 일부를 입력한 뒤 목록에서 고르십시오.",
    imoDigits: "IMO 번호는 7자리입니다.",
    imoCheckDigit: (imo: string) => `IMO ${imo}의 검증 숫자가 맞지 않습니다. 번호를 확인하십시오.`,
    mmsi: "MMSI는 9자리입니다.",
    birthDate: "생년월일을 YYYY-MM-DD, YYYY-MM 또는 YYYY 형식으로 입력하십시오.",
    identifierValue: "식별 정보를 입력하십시오.",
    detailValue: "값을 입력하십시오.",
    delistedOn: "해제일을 입력하십시오.",
    delistingReason: "해제 사유를 입력하십시오.",
    delistingSource: "해제 출처(링크 또는 인용)를 입력하십시오.",
    withdrawReason: "철회 사유를 입력하십시오.",
    effectiveOn: "개정 발효일을 입력하십시오.",
    added: "추가된 품목 수를 입력하십시오(없으면 0).",
    removed: "삭제된 품목 수를 입력하십시오(없으면 0).",
    total: "새 품목 수를 입력하십시오.",
    reportedSource: "별도 보고 수치의 출처를 입력하십시오.",
  },

  announcements: {
    title: "발표",
    lede: "제재 대상 지정 차수입니다. 차수를 열어 선박, 단체, 개인을 입력하고 아직 입력되지 않은 지정을 확인합니다.",
    create: "새 발표 입력",
    caption: "발표 (최신순)",
    columns: { title: "발표", authority: "지정 기관", announced: "발표일", entered: "발표 대비 입력" },
    enter: (title: string) => `${title}: 지정 입력`,
    none: "아직 발표가 없습니다.",
    counts: (parts: string[]) => (parts.length ? parts.join("; ") : "발표된 지정 수 없음"),
    kindEntered: enteredOf,

    form: {
      id: "ID",
      idHint: "영문 소문자, 숫자, 하이픈. 페이지 주소로 쓰입니다(예: kr-2024-06-27).",
      authority: "지정 기관",
      chooseAuthority: "선택…",
      title: "제목",
      program: "제재 프로그램",
      programHint: "발표에 적힌 명칭대로 입력합니다(예: “대북 독자제재”).",
      dates: "날짜",
      announcedOn: "발표일",
      effectiveOn: "발효일",
      declared: "발표된 지정 수",
      declaredHint: "발표에서 밝힌 유형별 지정 수. 발표에 명시되지 않았으면 비워 둡니다.",
      declaredVessels: "선박",
      declaredOrganizations: "단체",
      declaredIndividuals: "개인",
      summary: "요약",
      sources: "출처",
      addSources: "출처 추가",
      create: "발표 등록",
      save: "발표 저장",
    },

    new: {
      title: "새 발표",
      lede: "지정 기관이 발표한 제재 대상 지정 차수입니다. 지정은 등록 후 해당 발표 페이지에서 입력합니다.",
    },

    detail: {
      breadcrumb: "발표",
      facts: {
        authority: "지정 기관",
        program: "제재 프로그램",
        announced: "발표일",
        effective: "발효일",
        sources: "출처",
        id: "ID",
      },
      countsHeading: "발표 및 입력 현황",
      countsCaption: "유형별 발표된 지정 수와 입력된 지정 수",
      columns: { kind: "유형", declared: "발표", entered: "입력", missing: "미입력" },
      notDeclared: "명시 안 됨",
      enteredOf,
      missing: (n: number) => `${formatNumber(n)}건 미입력`,
      allEntered: "발표된 지정이 모두 입력되었습니다.",
      missingNotice: (parts: string[]) => `아직 입력되지 않은 지정: ${parts.join(", ")}.`,
      enteredHeading: "입력된 지정",
      enteredCaption: "이 발표로 입력된 지정",
      enteredColumns: { name: "이름", kind: "유형", reason: "지정 사유", delisted: "해제" },
      correct: (name: string) => `${name} 수정`,
      noneEntered: "아직 입력된 지정이 없습니다.",
      editHeading: "발표 수정",
      addHeading: "지정 추가",
      addLede: (basis: ListingDateBasis) =>
        `각 지정에는 발표의 지정 기관, 제재 프로그램, 발효일, 출처가 적용되며, 다른 날짜를 입력하지 않으면 ${basis === "effective" ? "발표의 발효일" : "발표일(발표에 발효일이 명시되지 않음)"}이 지정일이 됩니다. 이미 등록된 제재 대상을 연결하거나 새 대상을 입력하십시오.`,
    },

    attach: {
      heading: "이미 등록된 제재 대상",
      query: "이름 또는 식별 정보",
      kind: "유형",
      anyKind: "모든 유형",
      search: "검색",
      caption: (q: string) => `제재 대상 검색 결과: “${q}”`,
      none: (q: string) => `“${q}”에 해당하는 제재 대상이 없습니다. 아래에서 새 대상을 입력하십시오.`,
      button: "연결",
      label: (name: string, kind: string) => `이 발표에 연결: ${name} (${kind})`,
      entered: "이 발표로 입력됨",
      designatedBy: (codes: string) => `지정 기관: ${codes}`,
      notDesignated: "지정 없음",
      entity: (id: number) => `대상 번호 ${id}`,
    },

    entry: {
      heading: "새 제재 대상",
      kind: "제재 대상 유형",
      name: "이름",
      nameHint: "발표에 적힌 그대로, 원래 문자로 입력합니다(한금복, PATRIOT).",
      remarks: "비고",
      reason: "지정 사유",
      legalBasis: "법적 근거",
      legalBasisHint: "발표에서 제재 프로그램과 별도로 법적 근거를 밝힌 경우에만 입력합니다.",
      listedOn: "지정일",
      listedOnHint: (date: string, basis: ListingDateBasis) =>
        `비워 두면 ${koDate(date)}(${basis === "effective" ? "발표의 발효일" : "발효일이 명시되지 않은 발표의 발표일"})이 저장됩니다. 이 지정의 지정일이 다른 경우에만 다른 날짜를 입력하십시오.`,
      vessel: "선박",
      imo: "IMO 번호",
      imoHint: "7자리 숫자. 마지막 자리는 검증 숫자입니다.",
      flag: "선적국",
      vesselType: "선종",
      owner: "소유자",
      operator: "운항사",
      linkHint: "이름 일부를 어떤 문자로든 입력하고 목록에서 선택하십시오.",
      names: "다른 이름",
      namesHint: "각 이름을 어떤 문자로든(한글, 라틴 문자, 키릴 문자) 입력하고, 지정 기관이 공표한 이름이면 공식으로 표시합니다.",
      nameValue: (n: number) => `이름 ${n}`,
      nameType: (n: number) => `이름 ${n} 유형`,
      nameOfficial: (n: number) => `이름 ${n}: 공식`,
      nameLang: (n: number) => `이름 ${n} 언어`,
      langUnknown: "명시 안 됨",
      addName: "이름 추가",
      birthDate: "생년월일",
      nationality: "국적",
      position: "직위",
      country: "국가",
      identifiers: "식별 정보",
      identifierType: (n: number) => `식별 정보 ${n} 유형`,
      identifierValue: (n: number) => `식별 정보 ${n}`,
      addIdentifier: "식별 정보 추가",
      designation: "지정",
      submit: "지정 입력",
    },

    notices: {
      created: "발표가 등록되었습니다. 아래에서 지정을 입력하십시오.",
      updated: "발표가 저장되었습니다.",
      entered: "지정이 입력되었습니다.",
      attached: "제재 대상이 이 발표에 연결되었습니다.",
      unchanged: "변경할 내용이 없습니다.",
    },
  },

  entities: {
    title: "제재 대상",
    lede: "수정할 기록을 찾습니다: 이름과 비고, 다른 이름, 식별 정보, 세부 정보, 지정.",
    query: "이름 또는 식별 정보",
    search: "검색",
    caption: (q: string) => `제재 대상 검색 결과: “${q}”`,
    none: (q: string) => `“${q}”에 해당하는 제재 대상이 없습니다.`,
    editLink: (name: string) => `${name} 수정`,

    edit: {
      breadcrumb: "제재 대상",
      title: (name: string) => `수정: ${name}`,
      withdrawn: (at: string, reason: string | null) =>
        `이 기록은 ${koDate(at.slice(0, 10))}에 철회되었습니다${reason ? `(사유: ${reason})` : ""}. 더 이상 변경할 수 없습니다.`,
      version: (v: number) => `버전 ${v}`,
      record: "기록",
      name: "이름",
      nameHint: "새 이름은 주 명칭이 되고, 이전 이름은 별칭으로 남습니다.",
      remarks: "비고",
      save: "기록 저장",
      names: "이름",
      addName: "이름 추가",
      nameValue: "이름",
      nameType: "유형",
      official: "공식 (지정 기관 공표)",
      lang: "언어",
      source: "출처",
      submitName: "이름 추가",
      identifiers: "식별 정보",
      addIdentifier: "식별 정보 추가",
      identifierType: "유형",
      identifierValue: "식별 정보",
      identifierCountry: "국가",
      submitIdentifier: "식별 정보 추가",
      details: "세부 정보",
      addDetail: "세부 정보 추가",
      detailKey: "항목",
      detailValue: "값",
      submitDetail: "세부 정보 추가",
      relationships: "관련 대상",
      addRelationship: "관련 대상 추가",
      relationshipType: "관계",
      relationshipTypeHint: "상대 대상에 대한 이 대상의 관계(상대 대상이 소유, 상대 대상이 운항, 상대 대상의 이사 등).",
      relatedEntity: "관련 대상",
      relatedEntityHint: "이름 일부를 어떤 문자로든 입력하고 목록에서 선택하십시오.",
      relationshipStatus: "상태",
      submitRelationship: "관련 대상 추가",
      none: "아직 없습니다.",
      designations: "지정",
      noDesignations: "지정 없음.",
      designation: (authority: string, program: string) => `${authority}: ${program}`,
      announcement: "발표",
      inForce: "효력 중",
      notInForce: "효력 없음",
      delistedOn: (date: string, reason: string | null) => `해제일: ${koDate(date)}${reason ? ` (사유: ${reason})` : ""}`,
      designationWithdrawn: (at: string, reason: string | null) =>
        `철회일: ${koDate(at.slice(0, 10))}${reason ? ` (사유: ${reason})` : ""}`,
      editDesignation: "지정 수정",
      reason: "지정 사유",
      legalBasis: "법적 근거",
      listedOn: "지정일",
      effectiveOn: "발효일",
      status: "상태",
      saveDesignation: "지정 저장",
      delist: "지정 해제",
      delistedOnField: "해제일",
      delistingReason: "해제 사유",
      delistingSource: "해제 출처",
      delistingSourceHint: "지정을 해제한 공고의 링크 또는 인용.",
      submitDelist: "지정 해제",
      withdrawDesignation: "오류로 철회",
      withdrawDesignationLede:
        "실제로 이루어지지 않은 지정(잘못 입력된 지정)에 사용합니다. 철회 사유와 함께 변경 이력에 남습니다. 실제 지정이 끝난 경우에는 철회하지 말고 지정 해제를 하십시오.",
      withdrawReason: "철회 사유",
      submitWithdrawDesignation: "지정 철회",
      withdrawEntity: "이 기록 철회",
      withdrawEntityLede:
        "입력되지 말았어야 할 기록(중복, 오류)에 사용합니다. 이 기록과 그 지정은 모든 집계에서 제외됩니다. 삭제되는 것은 없으며 변경 이력에 철회 사유가 남습니다.",
      submitWithdrawEntity: "기록 철회",
      history: "감사 기록의 변경 내역",
    },

    notices: {
      saved: "기록이 저장되었습니다.",
      nameAdded: "이름이 추가되었습니다.",
      identifierAdded: "식별 정보가 추가되었습니다.",
      detailAdded: "세부 정보가 추가되었습니다.",
      designationSaved: "지정이 저장되었습니다.",
      delisted: "지정이 해제되었습니다.",
      designationWithdrawn: "지정이 철회되었습니다.",
      entityWithdrawn: "기록이 철회되었습니다.",
      relationshipAdded: "관련 대상이 추가되었습니다.",
      unchanged: "변경할 내용이 없습니다.",
    },
  },

  revisions: {
    title: (list: string) => `새 개정: ${list}`,
    breadcrumb: "수출통제 품목",
    lede: "공표된 개정 한 건의 수치입니다. 계산(이전 품목 수 + 추가 − 삭제 = 품목 수)은 입력하는 동안, 그리고 저장할 때 다시 검증됩니다.",
    listsTitle: "통제 목록",
    listsLede: "통제 목록의 개정을 기록합니다.",
    record: (name: string) => `${name} 개정 기록`,
    current: (total: string, date: string) => `현재 품목 수: 총 ${total}개 (${koDate(date)}부터)`,
    noRevisions: "아직 기록된 개정이 없습니다.",
    effectiveOn: "발효일",
    announcedOn: "발표일",
    proposedOn: "제안일",
    added: "추가 품목 수",
    removed: "삭제 품목 수",
    total: "새 품목 수",
    countBasis: "새 집계 기준",
    countBasisHint: (current: string | null) =>
      `이 개정에서 통제 목록을 다른 단위로 집계하는 경우에만 입력합니다(예: 품목 대신 HS 6단위 코드). 단위를 적으면 품목 수는 이전 품목 수와 대조하지 않고 재산정으로 기록됩니다.${current ? ` 여전히 ${current} 기준으로 집계하면 비워 두십시오.` : ""}`,
    note: "메모",
    sources: "출처",
    reported: "별도 보고 수치",
    reportedHint: "다른 출처가 이전 품목 수를 다르게 보고한 경우 그 출처와 함께 기록합니다. 공식 수치 옆에 표시됩니다.",
    reportedPreviousTotal: "보고된 이전 품목 수",
    reportedSource: "별도 보고 수치의 출처",
    discrepancyNote: "불일치로 기록",
    discrepancyHint: "공표된 수치가 맞지 않을 때 여기에 적으면, 개정은 공표된 그대로 기록되고 불일치로 표시됩니다.",
    check: "계산 검증",
    checkWaiting: "수치를 입력하면 검증합니다.",
    checkPrevious: (date: string | null, total: string) =>
      date ? `이전 품목 수 ${total}개 (${koDate(date)} 발효)` : `이전 품목 수 ${total}개 (이전 개정 없음)`,
    checkOk: (sum: string, total: string) => `${sum} = ${total}: 계산이 맞습니다.`,
    checkBad: (sum: string, expected: string, total: string) =>
      `${sum} = ${expected} ≠ ${total}: 계산이 맞지 않습니다. 수치를 바로잡거나, 집계 기준이 바뀌었다면 새 집계 기준을 입력하거나, 메모와 함께 불일치로 기록하십시오.`,
    /** "Count basis changed: 1,402 HS 6-digit codes plus 10 added, counted as 1,413 HS 10-digit codes. …" */
    checkRestated: (restated: string) =>
      `집계 기준 변경: ${restated}. 재산정으로 기록되며, 집계 기준이 바뀐 경우에는 계산을 검증하지 않습니다.`,
    submit: "개정 기록",
    recorded: "개정이 기록되었습니다.",
  },

  audit: {
    title: "감사 기록",
    lede: "트래커에 기록된 모든 변경(최신순): 누가, 언제, 무엇을 변경했는지(변경 전 → 변경 후), 그 사유와 출처.",
    filters: "감사 기록 필터",
    actor: "변경자",
    anyone: "전체",
    entity: "제재 대상 번호",
    from: "기록일(부터)",
    to: "기록일(까지)",
    apply: "적용",
    reset: "초기화",
    caption: "변경 (최신순)",
    columns: { when: "일시", who: "변경자", what: "대상", change: "변경 전 → 변경 후", why: "사유", source: "출처" },
    count: (total: number, first: number, last: number) =>
      total === 0
        ? "조건에 맞는 변경이 없습니다."
        : `변경 ${formatNumber(total)}건 중 ${formatNumber(first)}–${formatNumber(last)}번째 표시`,
    subject: (type: string, id: string) => `${SUBJECT[type] ?? type.replace(/_/g, " ")} ${id}`,
    occurred: (date: string) => `발생일 ${koDate(date)}`,
    run: (id: number) => `가져오기 #${id}`,
    noReason: "—",
    moreChanges: (n: number) => `외 ${formatNumber(n)}건`,
  },

  users: {
    title: "계정",
    lede: "로그인할 수 있는 사람과 그 역할입니다. 열람자는 읽기만, 편집자는 데이터 변경까지, 관리자는 계정 관리까지 할 수 있습니다. 여기서 이루어진 모든 변경은 변경 이력에 남습니다.",
    back: "관리 홈",
    tableCaption: "계정",
    email: "이메일 주소",
    name: "이름",
    role: "역할",
    status: "상태",
    sessions: "활성 세션",
    created: "생성일",
    actions: "작업",
    active: "활성",
    disabled: (when: string) => `비활성 (${koDate(when.slice(0, 10))}부터)`,
    you: "(본인)",
    noName: "—",
    none: "아직 계정이 없습니다.",
    changeRole: "역할 변경",
    roleFor: (email: string) => `${email}의 역할`,
    saveRole: "역할 저장",
    disable: "비활성화",
    disableLabel: (email: string) => `${email} 비활성화`,
    enable: "활성화",
    enableLabel: (email: string) => `${email} 활성화`,
    revoke: "세션 종료",
    revokeLabel: (email: string) => `${email}의 세션 종료`,

    create: {
      title: "계정 만들기",
      email: "이메일 주소",
      name: "이름 (선택)",
      role: "역할",
      password: "비밀번호",
      passwordHint: "12자 이상. 안전한 경로로 당사자에게 전달하십시오.",
      submit: "계정 만들기",
      submitting: "만드는 중…",
      errorSummary: "계정을 만들 수 없습니다:",
    },

    notices: {
      created: "계정이 생성되었습니다.",
      role: "역할이 변경되었습니다.",
      disabled: "계정이 비활성화되고 세션이 종료되었습니다.",
      enabled: "계정이 활성화되었습니다. 다시 로그인할 수 있습니다.",
      revoked: "계정의 세션이 종료되었습니다.",
      unchanged: "변경할 내용이 없습니다.",
    },
    problems: {
      notAllowed: "활성 상태의 관리자만 계정을 관리할 수 있습니다.",
      notFound: "해당 계정이 없습니다.",
      lastAdmin: "마지막 활성 관리자입니다. 먼저 다른 계정을 관리자로 지정하십시오.",
      invalid: "요청이 올바르지 않습니다.",
      busy: "다른 변경 사항의 기록이 이 페이지의 대기 시간보다 오래 걸렸습니다(명단 가져오기는 최대 1분이 걸립니다). 변경된 내용은 없습니다. 잠시 후 다시 시도하십시오.",
    },
  },
};

import type { EditedSubject, RefusalCode, RefusalParams } from "@/lib/commands/refusals";
import type { EntityKind } from "@/lib/domain/vocabulary";
import { formatNumber } from "@/lib/format";
import type { errors as enErrors } from "../en/errors";
import { auth } from "./auth";
import { koDate } from "./format";

type Sentences<C extends RefusalCode> = {
  /** The refusal as a whole (the form's message, the CLI's line). */
  message: (p: RefusalParams[C]) => string;
  /** Next to a field, when it says less than the whole (default: the message). */
  field?: (p: RefusalParams[C]) => string;
};

/** The record a version check or a withdrawal is about, as a noun ending in 기록 (so its particles are fixed). */
const record = (what: EditedSubject) =>
  (({ entity: "제재 대상 기록", designation: "지정 기록", announcement: "발표 기록" }) satisfies Record<EditedSubject, string>)[what];

/** What a command's input was (the `what` of parseInput in lib/commands/); anything else as given. */
const INPUTS: Record<string, string> = {
  account: "계정",
  announcement: "발표",
  authority: "지정 기관",
  "control list": "통제 목록",
  decision: "판단",
  delisting: "지정 해제",
  designation: "지정",
  detail: "세부 정보",
  entity: "제재 대상",
  event: "사건",
  identifier: "식별 정보",
  merge: "병합",
  name: "이름",
  program: "제재 프로그램",
  relationship: "관계",
  revision: "개정",
  "role change": "역할 변경",
  "same-as reference": "동일 대상 참조",
  watchlist: "감시 목록",
  withdrawal: "철회",
};
const input = (what: string) => INPUTS[what] ?? what;

const KINDS: Record<EntityKind, string> = { vessel: "선박", organization: "단체", individual: "개인", aircraft: "항공기" };
const kind = (k: string) => KINDS[k as EntityKind] ?? k;

/** The identifiers a merge compares (lib/domain/entity-match.ts). */
const IDENTIFIERS: Record<string, string> = {
  imo: "IMO 번호",
  imo_company: "IMO 회사 번호",
  passport: "여권 번호",
  birth_date: "생년월일",
};
const identifier = (id: string) => IDENTIFIERS[id] ?? id.replace("_", " ");

/** The sentence of every refusal of the domain commands (`lib/commands/refusals.ts`), by its code. */
const refusals: { [C in RefusalCode]: Sentences<C> } = {
  "input.invalid": {
    message: ({ what, first }) =>
      `${input(what)} 입력이 올바르지 않습니다${first ? `: ${first.path ? `${first.path}: ` : ""}${first.message}` : ""}`,
  },
  "record.stale": {
    message: (p) =>
      `이 ${record(p.subjectType)}을 연 뒤 다른 사용자가 변경했습니다(버전 ${p.expectedVersion} → 현재 ${p.currentVersion}). 저장된 내용은 없습니다.`,
  },
  "record.withdrawn": {
    message: (p) => `이 ${record(p.subjectType)}은 ${koDate(p.on)}에 철회되어 더 이상 변경할 수 없습니다.`,
  },
  "authority.unknown": { message: (p) => `알 수 없는 지정 기관: ${p.code}` },
  "announcement.not_found": { message: (p) => `ID가 ${p.id}인 발표가 없습니다`, field: () => "알 수 없는 발표" },
  "announcement.unknown": { message: (p) => `ID가 ${p.id}인 발표가 없습니다`, field: () => "알 수 없는 발표" },
  "announcement.fulfilled_by_unknown": {
    message: (p) => `알 수 없는 발표: ${p.id}`,
    field: (p) => `ID가 ${p.id}인 발표가 없습니다`,
  },
  "announcement.id_taken": { message: (p) => `ID가 ${p.id}인 발표가 이미 있습니다. 다른 ID를 지정해 주십시오.` },
  "announcement.other_authority": {
    message: (p) => `발표 ${p.id}의 지정 기관(${p.authority})이 입력한 지정 기관(${p.expected})과 다릅니다`,
    field: () => "다른 지정 기관의 발표입니다",
  },
  "designation.not_found": { message: (p) => `ID가 ${p.id}인 지정이 없습니다` },
  "designation.delisted_already": { message: (p) => `이미 ${koDate(p.on)}에 지정 해제되었습니다` },
  "designation.delisting_before_listing": {
    message: (p) => `지정 해제일이 지정일(${koDate(p.start)})보다 앞섭니다`,
    field: (p) => `${koDate(p.start)} 이전일 수 없습니다`,
  },
  "designation.starts_after_delisting": {
    message: (p) => `지정일은 지정 해제일(${koDate(p.delistedOn)})보다 늦을 수 없습니다.`,
  },
  "entity.not_found": { message: (p) => `ID가 ${p.id}인 제재 대상이 없습니다`, field: () => "알 수 없는 제재 대상" },
  "entity.unknown": { message: (p) => `ID가 ${p.id}인 제재 대상이 없습니다`, field: () => "알 수 없는 제재 대상" },
  "entity.kind_mismatch": { message: (p) => `${p.ref}의 유형은 ${kind(p.kind)}입니다(입력한 유형: ${kind(p.expected)})` },
  "ref.taken": {
    message: (p) => `${p.ref} 참조는 이미 제재 대상 ${p.owner}에 연결되어 있습니다`,
    field: (p) => `${p.ref} 참조는 이미 다른 제재 대상에 연결되어 있습니다`,
  },
  "entry.announcement_unknown": { message: (p) => `ID가 ${p.id}인 발표가 없습니다.` },
  "entry.entity_unknown": { message: (p) => `ID가 ${p.id}인 제재 대상이 없습니다.` },
  "entry.entity_withdrawn": { message: (p) => `「${p.name}」 대상은 철회되었으므로 지정할 수 없습니다.` },
  "entry.entity_merged": {
    message: (p) => `「${p.name}」 대상은 제재 대상 ${p.into}에 병합되었습니다. 병합된 대상을 지정해 주십시오.`,
  },
  "entry.self_link": { message: () => "제재 대상을 자기 자신과 연결할 수 없습니다." },
  "entry.entered_already": { message: (p) => `「${p.name}」 대상은 이미 이 발표에 등록되어 있습니다.` },
  "entry.designation_withdrawn": {
    message: (p) => `「${p.name}」 대상에는 ${p.authority}의 철회된 지정(제재 프로그램: ${p.program})이 있습니다.`,
  },
  "entry.designated_already": {
    message: (p) =>
      `「${p.name}」 대상은 이미 ${p.authority}에 의해 지정되어 있습니다(제재 프로그램: ${p.program}${p.announcementId ? `, 발표 ${p.announcementId}` : ""}${p.delistedOn ? `, ${koDate(p.delistedOn)} 지정 해제` : ""}).`,
  },
  "merge.merged_already": {
    message: (p) => `제재 대상 ${p.id}: 이미 제재 대상 ${p.into}에 병합되었습니다`,
    field: () => "이미 다른 제재 대상에 병합되었습니다",
  },
  "merge.withdrawn": { message: (p) => `제재 대상 ${p.id}: 철회된 대상입니다`, field: () => "철회됨" },
  "merge.kind_mismatch": {
    message: (p) => `제재 대상 ${p.from}의 유형은 ${kind(p.fromKind)}, 제재 대상 ${p.into}의 유형은 ${kind(p.intoKind)}입니다`,
    field: () => "제재 대상의 유형이 서로 다릅니다",
  },
  "merge.identifier_conflict": {
    message: (p) => `제재 대상 ${p.from}, ${p.into}의 ${identifier(p.identifier)} 정보가 서로 다릅니다: ${p.detail}`,
    field: (p) => `${identifier(p.identifier)} 정보가 다릅니다: ${p.detail}`,
  },
  "control_list.unknown": { message: (p) => `알 수 없는 통제 목록: ${p.key}`, field: () => "알 수 없는 목록" },
  "revision.mismatch": {
    message: (p) =>
      `수치가 맞지 않습니다: ${formatNumber(p.previousTotal)} + ${formatNumber(p.added)} − ${formatNumber(p.removed)} = ${formatNumber(p.expectedTotal)}이지만 입력한 품목 수는 ${formatNumber(p.total)}입니다. ` +
      "수치를 바로잡거나, 집계 기준이 바뀌었다면 새 기준을 입력하거나, 차이를 메모로 기록해 주십시오.",
  },
  "revision.reported_source_missing": {
    message: () => "보도된 수치에는 출처가 필요합니다",
    field: () => "보도된 수치의 출처를 입력해 주십시오",
  },
  "revision.exists": { message: (p) => `발효일이 ${koDate(p.effectiveOn)}인 개정이 이미 기록되어 있습니다.` },
  "user.not_found": { message: () => auth.rules.userNotFound },
  "user.last_admin": { message: () => auth.rules.lastAdmin },
  "user.email_taken": { message: () => auth.validation.emailTaken },
  "watchlist.not_found": { message: (p) => `ID가 ${p.id}인 감시 목록이 없습니다` },
  "watchlist.item_not_found": { message: (p) => `이 감시 목록에는 ID가 ${p.id}인 거래 상대방이 없습니다` },
  "watchlist.not_allowed": { message: () => "감시 목록의 소유자 또는 관리자만 이 작업을 할 수 있습니다" },
};

/** Refusals in words: the admin forms, the CLI and the error's own message render through these. */
export const errors: typeof enErrors = {
  refusals,
  /** The sentence of a refusal. */
  refusal: <C extends RefusalCode>(code: C, params: RefusalParams[C]): string => (refusals[code] as Sentences<C>).message(params),
  /** The sentence next to one of the refusal's fields. */
  refusalField: <C extends RefusalCode>(code: C, params: RefusalParams[C]): string => {
    const s = refusals[code] as Sentences<C>;
    return (s.field ?? s.message)(params);
  },
};

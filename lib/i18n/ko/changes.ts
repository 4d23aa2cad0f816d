import { nameShown } from "@/lib/domain/heading-names";
import type { ChangeCategory, ChangeItem } from "@/lib/read/history";
import { formatNumber, plainText } from "@/lib/format";
import type { changes as enChanges } from "../en/changes";
import { entities } from "./entities";
import { koDate } from "./format";
import { referenceNames } from "./reference-names";

const num = (v: unknown) => (typeof v === "number" ? formatNumber(v) : v == null ? "?" : plainText(v));
const str = plainText;
const words = entities.detail;

/** The control list a revision's change concerns, named in Korean where the catalog knows it. */
const controlList = (c: ChangeItem) => (c.title !== null && c.listKey !== null ? referenceNames.controlList(c.listKey, c.title) : c.title);

const NAME_TYPES: Record<string, string> = {
  primary: "이름",
  alias: "이름",
  former_name: "이전 이름",
  new_name: "새 이름",
  romanization: "로마자 표기",
};

/** A fact's status (confirmed, reported) in words. */
const STATUSES: Record<string, string> = { confirmed: "확인됨", reported: "보도됨 (출처 1건)" };

/** The fields a change names, in words (designation, entity and list-entry fields). */
const FIELDS: Record<string, string> = {
  announcementId: "발표",
  listedOn: "지정일",
  effectiveOn: "발효일",
  reason: "지정 사유",
  legalBasis: "법적 근거",
  status: "상태",
  listRecordId: "명단 항목",
  firstSeenOn: "최초 확인",
  name: "이름",
  remarks: "비고",
  kind: "유형",
  names: "이름",
  identifiers: "식별 정보",
  attributes: "세부 정보",
  programs: "제재 프로그램",
  links: "링크",
};
/** Fields whose values are dates, shown as Korean dates. */
const DATE_FIELDS = new Set(["listedOn", "effectiveOn", "firstSeenOn"]);
const fields = (a: Record<string, unknown>) =>
  Object.keys(a)
    .map((k) => FIELDS[k] ?? k)
    .join(", ");
/** Fields with their values: "명단 항목 24508, 최초 확인 2019년 1월 7일"; a cleared one reads "없음". */
const values = (a: Record<string, unknown>) =>
  Object.entries(a)
    .map(([k, v]) => {
      const value = v == null ? "없음" : DATE_FIELDS.has(k) ? koDate(str(v)) : k === "status" ? (STATUSES[str(v)] ?? str(v)) : str(v);
      return `${FIELDS[k] ?? k} ${value}`;
    })
    .join(", ");

/** Merge rules and possible-match bases as the importer and the reconciliation record them; others read as written. */
const MERGE_RULES: Record<string, string> = {
  same_as: "본 서비스가 보유한 동일 대상 참조",
  "same IMO number": "IMO 번호 동일",
  "same company IMO number": "IMO 회사 번호 동일",
  "same passport": "여권 번호 동일",
  "same name and date of birth": "이름 및 생년월일 동일",
  "same name and country": "이름 및 국가 동일",
  "same name and program family": "이름 및 제재 프로그램 계열 동일",
  "same name, year of birth, country and program family": "이름, 출생 연도, 국가 및 제재 프로그램 계열 동일",
  "same name, on two lists": "이름 동일, 두 명단에 수록",
};
const rule = (v: unknown) => {
  const s = str(v);
  const born = /^same name, born (\d{4})$/.exec(s);
  return born ? `이름 동일, ${born[1]}년 출생` : (MERGE_RULES[s] ?? s);
};

/** An identifier's or a detail's type in words; an unknown one as written. */
const identifierType = (t: string) => (words.identifierType as Record<string, string>)[t] ?? t.toUpperCase().replace("_", " ");
const attributeKey = (k: string) => (words.attribute as Record<string, string>)[k] ?? k.replace("_", " ");

/** Words for the change feed and entity timelines. Each describes what happened to the subject. */
export const changes: typeof enChanges = {
  mergeRule: (r: string) => rule(r),
  categories: {
    designation: "지정",
    delisting: "지정 해제",
    revision: "통제 목록 개정",
    event: "주요 사건",
    announcement: "발표",
    entity: "대상 레코드",
  } satisfies Record<ChangeCategory, string>,
  describe(c: ChangeItem): string {
    const a = c.after ?? {};
    const by = c.authorityCode ?? "?";
    switch (c.action) {
      case "designation.create":
        return `${by} 지정${c.programName ? ` (${referenceNames.program(c.programCode ?? "", c.programName)})` : ""}`;
      case "designation.update":
        return `${by} 지정 내용 수정: ${fields(a)}`;
      case "designation.list_entry":
        return `${by} 지정: ${values(a)}`;
      case "designation.status":
        return `${by} 지정 상태 변경: ${STATUSES[str(a.status)] ?? str(a.status)}`;
      case "designation.listing_date":
        return `${by} 지정: 지정일 ${koDate(str(a.listedOn))} (발표에서 확인)`;
      case "designation.source.add":
        return `${by} 지정에 새 출처 추가`;
      case "designation.delist":
        return `${by} 지정 해제`;
      case "revision.create":
        return `${controlList(c) ?? "통제 목록"}: 품목 ${num(a.total)}개 (+${num(a.added)}, −${num(a.removed)})`;
      case "revision.update":
        return `${controlList(c) ?? "통제 목록"}: 개정 내용 정정`;
      case "event.create":
      case "event.update":
        return c.title ?? str(a.title);
      case "announcement.create":
        return `${by} 발표: ${c.title ?? ""}`;
      case "announcement.update":
        return `발표 수정: ${c.title ?? ""}`;
      case "announcement.source.add":
        return `발표에 출처 ${num(a.sourcesAdded)}건 추가: ${c.title ?? ""}`;
      case "entity.create": {
        const names = Array.isArray(a.names) ? (a.names as { value: string }[]).map((n) => n.value) : [];
        const ids = Array.isArray(a.identifiers)
          ? (a.identifiers as { type: string; value: string }[]).map((i) => `${identifierType(i.type)} ${i.value}`)
          : [];
        const parts = [names.length ? `다른 이름 ${names.slice(0, 4).join("; ")}${names.length > 4 ? " …" : ""}` : "", ...ids.slice(0, 3)];
        return `레코드 생성: ${str(a.name)}${parts.some(Boolean) ? ` (${parts.filter(Boolean).join("; ")})` : ""}`;
      }
      case "entity.merge":
        // Two entities found to be one (the cross-list reconciliation), or a list record merged as it was imported.
        if (a.mergedInto !== undefined) {
          const b = c.before ?? {};
          const refs = Array.isArray(b.refs) ? (b.refs as unknown[]).map(str).join(", ") : "";
          return `이 레코드로 병합: 레코드 ${str(b.name)}${refs ? ` (${refs})` : ""} (병합 근거: ${rule(a.rule)})`;
        }
        return `이 레코드로 병합: 명단 항목 ${str(a.ref)} (병합 근거: ${rule(a.rule)})`;
      case "entity.possible_match":
        return `동일 대상 가능성: ${c.related ? nameShown(c.related, "ko") : "다른 레코드"} (${rule(a.basis)})`;
      case "designation.relist":
        return `${by} 명단에 재등재`;
      case "list.record.change":
        // Rows written before the remarks were compared may name no field.
        return Object.keys(a).length ? `명단 항목 변경: ${fields(a)}` : "명단 항목 변경";
      case "list.record.return":
        return "명단 항목이 명단에 다시 수록됨";
      case "list.record.reread":
        return Object.keys(a).length
          ? `새 버전의 가져오기 기능으로 명단 항목을 다시 읽음: ${fields(a)}`
          : "새 버전의 가져오기 기능으로 명단 항목을 다시 읽음";
      case "entity.update":
        return `레코드 수정: ${fields(a)}`;
      case "entity.withdraw":
        return "레코드 철회 (착오 기록)";
      case "entity.name.update":
        if (a.announcementId) return `이름 ${str(a.value)}: 발표 ${str(a.announcementId)}의 표기에 따름`;
        return str(a.type) === "primary"
          ? "한 이름이 기본 이름으로 지정됨"
          : `이름 구분 변경: ${str(a.type) === "alias" ? "별칭" : (NAME_TYPES[str(a.type)] ?? str(a.type))}`;
      case "designation.withdraw":
        return `${by} 지정 철회 (착오 기록)`;
      case "entity.name.add":
        return `${NAME_TYPES[str(a.type)] ?? "이름"} 추가: ${str(a.value)}${a.official === false ? " (비공식)" : ""}`;
      case "entity.identifier.add":
        return `식별 정보 추가: ${identifierType(str(a.type))} ${str(a.value)}`;
      case "entity.attribute.add":
        return `세부 정보 추가: ${attributeKey(str(a.key))} ${str(a.value)}`;
      case "entity.ref.add":
        return `동일 대상: ${str(a.ref)}${a.basis ? ` (${rule(a.basis)})` : ""}`;
      case "relationship.add": {
        const rel = str(a.type);
        const relation = (c.related?.direction === "incoming" ? words.relation.incoming : words.relation.outgoing) as Record<
          string,
          string
        >;
        const name = c.related ? nameShown(c.related, "ko") : "";
        return `관계 추가 — ${relation[rel] ?? rel}${name ? `: ${name}` : ""}`;
      }
      default:
        return c.action;
    }
  },
  /** The reason to show beneath the description, unless the description already gives it (a merge's rule). */
  reasonOf(c: ChangeItem): string | null {
    if (!c.reason || c.action === "entity.merge" || c.action === "entity.possible_match") return null;
    return c.reason;
  },
  /** Which changes a list shows, and the link that shows the other choice (decision 0008). */
  recordKeeping: {
    worldOnly:
      "실제 변경만 발생일 순으로 표시합니다. 기록 관리 내역(레코드 생성, 출처 첨부, 명단 항목 및 최초 확인일, 병합, 동일 대상 가능성)은 표시하지 않습니다.",
    withRecord:
      "실제 변경과 본 서비스의 기록 관리 내역(레코드 생성, 출처 첨부, 명단 항목 및 최초 확인일, 병합, 동일 대상 가능성)을 함께 표시합니다. 실제 변경은 발생일, 기록 관리 내역은 기록일 순입니다.",
    show: "기록 관리 내역도 표시",
    hide: "실제 변경만 표시",
    include: "기록 관리 내역 포함",
    includeHint: "레코드 생성, 출처 첨부, 명단 항목, 최초 확인일, 병합, 동일 대상 가능성",
    badge: "기록 관리",
  },
  recordDetails: (n: number) => `함께 기록된 세부 내역 ${formatNumber(n)}건`,
  occurred: "발생일",
  recorded: "기록일",
  by: "기록자",
  reason: "사유",
};

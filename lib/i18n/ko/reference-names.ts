import type { referenceNames as enReferenceNames } from "../en/reference-names";

/**
 * A Korean name beside the English name it translates. The Korean is shown
 * only while the data still reads that English: a name the data has since
 * reworded (an edit, a new import) shows in the data's own words rather
 * than as the translation of something it no longer says.
 */
type Translated = { en: string; ko: string };

/** Authorities, by code (data/seed/seed-facts.json and lib/importers/lists.ts). */
const AUTHORITIES: Record<string, Translated> = {
  "KR-MOFA": {
    en: "Republic of Korea, Ministry of Foreign Affairs (autonomous sanctions, with MOEF, FSC and MOF)",
    ko: "외교부 (독자제재, 기획재정부·금융위원회·해양수산부 공동)",
  },
  "KR-MOTIE": {
    en: "Republic of Korea, Ministry of Trade, Industry and Energy (export controls)",
    ko: "산업통상자원부 (수출통제)",
  },
  "US-OFAC": {
    en: "United States, Treasury Office of Foreign Assets Control",
    ko: "미국 재무부 해외자산통제실(OFAC)",
  },
  "US-BIS": {
    en: "United States, Commerce Bureau of Industry and Security (export controls)",
    ko: "미국 상무부 산업안보국(BIS) (수출통제)",
  },
  EU: { en: "European Union, Council", ko: "유럽연합 이사회" },
  UK: { en: "United Kingdom, FCDO / OFSI", ko: "영국 외무·영연방·개발부(FCDO) / 재무부 금융제재이행실(OFSI)" },
  "UN-1718": {
    en: "United Nations Security Council 1718 Committee (DPRK)",
    ko: "유엔 안전보장이사회 1718 위원회(대북제재위원회)",
  },
  "UN-SC": { en: "United Nations Security Council sanctions committees", ko: "유엔 안전보장이사회 제재위원회" },
};

/** The official lists' titles, by key (lib/importers/lists.ts). */
const LISTS: Record<string, Translated> = {
  "ofac-sdn": { en: "OFAC Specially Designated Nationals (SDN) list", ko: "OFAC 특별지정제재대상(SDN) 명단" },
  "ofac-consolidated": { en: "OFAC Consolidated Sanctions (non-SDN) list", ko: "OFAC 통합 제재(비SDN) 명단" },
  "un-consolidated": { en: "UN Security Council Consolidated List", ko: "유엔 안전보장이사회 통합 제재 명단" },
  "bis-dpl": { en: "BIS Denied Persons List", ko: "BIS 거래 금지자 명단(DPL)" },
};

/** The control lists' titles, by key (data/seed/seed-facts.json). */
const CONTROL_LISTS: Record<string, Translated> = {
  "kr-russia-belarus-annex-2-2": {
    en: "ROK export controls on Russia and Belarus: non-strategic items under licence (Annex 2-2, Public Notice on Trade of Strategic Items)",
    ko: "대러시아·벨라루스 수출통제: 상황허가 대상 비전략물자 (전략물자 수출입고시 별표 2의2)",
  },
  "common-high-priority-list": {
    en: "Common High Priority List (items Russia seeks for its weapons)",
    ko: "공통 고우선순위 품목 목록 (러시아가 무기 생산에 쓰려고 확보하려는 품목)",
  },
};

/** Who else publishes a control list, by its key. */
const CONTROL_LIST_NOTES: Record<string, Translated> = {
  "common-high-priority-list": {
    en: "published jointly by the US (BIS), the EU, the UK and Japan",
    ko: "미국(BIS)·유럽연합·영국·일본 공동 발표",
  },
};

/**
 * Programs whose name is a description rather than the authority's own tag
 * (OFAC's DPRK4 and the like stay as they are), by code: the seed's Korean and
 * EU programs, the UN Security Council's regimes as the UN list names them,
 * and the one the tracker writes when a source names none.
 */
const PROGRAMS: Record<string, Translated> = {
  "ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA": { en: "ROK autonomous sanctions on North Korea", ko: "대북 독자제재" },
  UNSPECIFIED: { en: "Program not stated by the source", ko: "출처에 제재 프로그램 명시 없음" },
  "REG-833-2014-ANNEX-XLII": { en: "Reg. 833/2014 Annex XLII (port-access ban)", ko: "이사회 규칙 833/2014 부속서 XLII (입항 금지)" },
  "REG-269-2014-ANNEX-I": { en: "Reg. 269/2014 Annex I (asset freeze)", ko: "이사회 규칙 269/2014 부속서 I (자산 동결)" },
  "REG-2017-1509": { en: "Reg. 2017/1509 (DPRK)", ko: "이사회 규칙 2017/1509 (북한)" },
  RUSSIA: { en: "Russia", ko: "러시아" },
  HAITI: { en: "Haiti", ko: "아이티" },
  IRAQ: { en: "Iraq", ko: "이라크" },
  IRAN: { en: "Iran", ko: "이란" },
  LIBYA: { en: "Libya", ko: "리비아" },
  "AL-QAIDA": { en: "Al-Qaida", ko: "알카에다" },
  SUDAN: { en: "Sudan", ko: "수단" },
  SOMALIA: { en: "Somalia", ko: "소말리아" },
  SOUTHSUDAN: { en: "SouthSudan", ko: "남수단" },
  TALIBAN: { en: "Taliban", ko: "탈레반" },
  YEMEN: { en: "Yemen", ko: "예멘" },
};

/** What the control lists count: their units and their revisions' count bases, by the data's words. */
const UNITS: Record<string, string> = {
  items: "품목",
  "items (HS 6-digit from February 2024)": "품목 (2024년 2월부터 HS 6단위)",
  "HS 6-digit codes": "HS 6단위 코드",
  "HS codes": "HS 코드",
};

const named = (table: Record<string, Translated>, key: string, data: string) => {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry && entry.en === data ? entry.ko : data;
};

export const referenceNames: typeof enReferenceNames = {
  authority: (code: string, dataName: string) => named(AUTHORITIES, code, dataName),
  // A list an import created is labelled "<key> list" by the tracker (lib/importers/lists.ts), not by its publisher.
  list: (key: string, dataLabel: string) => (dataLabel === `${key} list` ? `${key} 명단` : named(LISTS, key, dataLabel)),
  controlList: (key: string, dataName: string) => named(CONTROL_LISTS, key, dataName),
  // OFAC's SOMALIA (its tag) and the UN's Somalia share a code: only the name the table translates is translated.
  program: (code: string, dataName: string) => named(PROGRAMS, code, dataName),
  programsByCode: () => Object.fromEntries(Object.entries(PROGRAMS).map(([code, names]) => [code, names.ko])),
  controlListNote: (key: string, dataNote: string) => named(CONTROL_LIST_NOTES, key, dataNote),
  unit: (dataUnit: string) => (Object.hasOwn(UNITS, dataUnit) ? UNITS[dataUnit] : undefined) ?? dataUnit,
};

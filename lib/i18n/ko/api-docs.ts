import type { apiDocs as enApiDocs } from "../en/api-docs";

export const apiDocs: typeof enApiDocs = {
  title: "JSON API",
  machineReadable: "같은 내용을 OpenAPI 3.1 문서로도 제공합니다:",
  parameters: "매개변수",
  name: "이름",
  where: "위치",
  type: "유형",
  required: "필수",
  yes: "예",
  no: "아니요",
  /** Under GET /api/export/entities.csv: what its `lang` parameter changes. */
  csvLanguage:
    "lang=ko를 지정하면 머리글 행이 한국어로 제공됩니다(한국어 페이지의 내려받기 링크가 이 값을 사용합니다). 열의 구성과 순서, 각 셀의 값은 그대로이므로 열 위치로 파일을 읽는 프로그램에는 영향이 없습니다. 머리글 이름으로 읽는 프로그램은 lang을 지정하지 마십시오.",
};

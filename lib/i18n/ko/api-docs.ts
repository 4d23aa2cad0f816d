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
};

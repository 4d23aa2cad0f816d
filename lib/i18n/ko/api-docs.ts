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
  bounds: {
    minimum: (value: string) => `${value} 이상`,
    maximum: (value: string) => `${value} 이하`,
    maxLength: (length: string) => `최대 ${length}자`,
    defaultValue: (value: string) => `기본값 ${value}`,
  },
  openapi: {
    intro:
      "제재 대상 선박, 단체 및 개인을 이름(문자 체계, 오타, 어순과 관계없이) 또는 식별 정보로 조회하고, 각 제재 대상의 지정 내역, 출처 및 변경 이력을 확인할 수 있습니다.",
    operations: {
      search: {
        summary: "이름 및 식별 정보 검색",
        description:
          "결과는 점수가 높은 순으로 반환합니다. `threshold`는 결과를 일치로 판단하는 기본 기준 점수이며, 점수가 이 값 이상이면 일치로 봅니다. 검사 숫자가 틀린 IMO 번호는 텍스트로 검색하지 않고 `identifier`에 그 사실을 표시합니다.",
        responses: { "200": "검색 결과", "400": "잘못된 매개변수" },
      },
      match: {
        summary: "거래 상대방 스크리닝 (OpenSanctions yente의 /match와 요청·응답 형식 동일)",
        description: (maxQueries: number) =>
          `각 쿼리는 FollowTheMoney 형식으로 기술한 조회 대상이며, 임의로 정한 키 아래에 둡니다: \`{"queries": {"c1": {"schema": "Person", "properties": {"name": ["Kim Chol Min"], "birthDate": ["1968"], "nationality": ["kp"]}}}}\`. 요청 한 번에 쿼리를 최대 ${maxQueries}개까지 보낼 수 있습니다. 스키마는 Person, Organization, Company, Vessel, Airplane을 사용할 수 있으며, 모든 유형을 대상으로 스크리닝하려면 LegalEntity 또는 Thing을 지정합니다. 점수에 반영되는 속성은 이름(\`name\`, \`alias\`, \`previousName\`, \`weakAlias\`, \`firstName\`…\`lastName\`), \`birthDate\`, 국가(\`nationality\`, \`citizenship\`, \`country\`, \`jurisdiction\`, \`flag\`), 식별 정보(\`imoNumber\`, \`mmsi\`, \`callSign\`, \`passportNumber\`, \`registrationNumber\`, \`taxNumber\`, \`innCode\`, \`ogrnCode\`, \`idNumber\`, \`leiCode\`…)입니다. 그 밖의 속성과 yente의 \`weights\`, \`config\`, 그리고 \`algorithm\` 등의 쿼리 매개변수는 받아들이지만 무시합니다. 각 응답에는 일치 여부와 관계없이 가장 가까운 후보가 점수, \`match\`(점수가 \`threshold\` 이상인지 여부), \`features\`와 함께 나열됩니다. \`explanation\`, \`matchedName\`, \`designations\` 및 최상위의 \`threshold\`, \`asOf\`, \`scoringVersion\`, \`publications\`는 Sanctions Tracker의 확장 필드입니다. \`lang=ko\`를 지정하면 \`explanation\` 문장을 한국어로 씁니다. 점수, \`features\`, 필드 이름은 그대로입니다.`,
        responses: {
          "200": "쿼리마다 응답을 하나씩, 해당 쿼리의 키 아래에 반환합니다",
          "400":
            "본문이 JSON이 아니거나 이 형식에 맞지 않거나 너무 큰 경우(4 MB 초과), 또는 매개변수가 잘못된 경우: `issues`에 문제 위치가 표시됩니다",
        },
      },
      matchDataset: {
        summary: "POST /api/match와 동일한 기능을 yente 클라이언트가 호출하는 경로(`/match/default`, `/match/sanctions`)에서 제공",
        description: "`dataset` 값은 받아들이지만 무시합니다. Sanctions Tracker는 보유한 모든 데이터를 대상으로 스크리닝합니다.",
        responses: { "200": "POST /api/match와 같음", "400": "POST /api/match와 같음" },
      },
      entity: {
        summary: "제재 대상 하나의 이름, 식별 정보, 지정, 관계, 참조(refs) 및 변경 이력 조회",
        description:
          "다른 제재 대상과 실제로 동일한 대상으로 확인되어 그 대상에 병합된 제재 대상은 200과 함께 `{ id, mergedInto, href }`만 반환합니다. 존속 대상은 `href`에서 조회하십시오. 존속 대상의 `merged`에는 그 대상에 병합된 제재 대상이 나열됩니다.",
        responses: {
          "200":
            "제재 대상, 또는 병합되어 없어진 id의 경우 병합된 대상을 가리키는 정보. `asOf`(기본값: 오늘)는 각 지정의 `stateOn`과 지정 건수 `counts`의 기준일입니다",
          "400": "잘못된 id",
          "404": "제재 대상을 찾을 수 없음",
        },
      },
      exportJsonl: {
        summary: "전체 제재 대상을 JSON Lines로 내려받기 (위의 제재 대상 형식, 한 줄에 하나씩)",
        responses: { "200": "JSON Lines 형식" },
      },
      exportCsv: {
        summary: "전체 제재 대상을 CSV로 내려받기",
        description:
          "RFC 4180, 바이트 순서 표시(BOM)가 포함된 UTF-8, 줄바꿈은 CRLF입니다. =, +, -, @, 탭 또는 캐리지 리턴으로 시작하는 셀은 스프레드시트가 수식으로 실행하지 않고 텍스트로 표시하도록 앞에 작은따옴표(')를 붙이고 따옴표로 감싸서 기록합니다. 원래 값을 얻으려면 이 작은따옴표를 제거하십시오. `lang=ko`를 지정하면 머리글 행이 한국어로 제공됩니다(한국어 페이지의 내려받기 링크가 이 값을 사용합니다). 열의 구성과 순서, 각 셀의 값은 언어와 관계없이 같으므로 열 위치로 파일을 읽거나 `lang`을 지정하지 마십시오.",
        responses: { "200": "CSV 형식", "400": "잘못된 매개변수" },
      },
      exportFtm: {
        summary: "전체 제재 대상 및 지정을 FollowTheMoney JSON Lines로 내려받기",
        responses: { "200": "JSON Lines 형식" },
      },
    },
  },
};

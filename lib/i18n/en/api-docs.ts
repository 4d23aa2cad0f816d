export const apiDocs = {
  title: "JSON API",
  machineReadable: "The same, as an OpenAPI 3.1 document:",
  parameters: "Parameters",
  name: "Name",
  where: "In",
  type: "Type",
  required: "Required",
  yes: "yes",
  no: "no",
  /** The bounds the "Type" column writes after a parameter's type, from its JSON Schema keywords. */
  bounds: {
    minimum: (value: string) => `≥ ${value}`,
    maximum: (value: string) => `≤ ${value}`,
    maxLength: (length: string) => `at most ${length} characters`,
    defaultValue: (value: string) => `default ${value}`,
  },
  /**
   * The prose of the OpenAPI document (lib/api/openapi.ts) that the page shows:
   * the API's description, each operation's summary and description, and each
   * response's description, by status code. /api/openapi.json serves the
   * English; the schemas' own descriptions stay in openapi.ts, in English.
   */
  openapi: {
    intro:
      "Look up sanctioned vessels, organizations and individuals by name (any script, typos, word order) or identifier, and read each entity with its designations, sources and history.",
    operations: {
      search: {
        summary: "Search names and identifiers",
        description:
          "Results best first. `threshold` is the default score at or above which a result counts as a match. An IMO number with a wrong check digit is reported in `identifier`, not searched as text.",
        responses: { "200": "Results", "400": "Bad parameters" },
      },
      match: {
        summary: "Screen counterparties (OpenSanctions yente's /match, same request and response)",
        description: (maxQueries: number) =>
          `Each query is an example entity in FollowTheMoney's shape, under a key of your choosing: \`{"queries": {"c1": {"schema": "Person", "properties": {"name": ["Kim Chol Min"], "birthDate": ["1968"], "nationality": ["kp"]}}}}\`. Up to ${maxQueries} queries a request. Schemas: Person, Organization, Company, Vessel, Airplane, and LegalEntity or Thing to screen against every kind. The properties that count: names (\`name\`, \`alias\`, \`previousName\`, \`weakAlias\`, \`firstName\`…\`lastName\`), \`birthDate\`, countries (\`nationality\`, \`citizenship\`, \`country\`, \`jurisdiction\`, \`flag\`), identifiers (\`imoNumber\`, \`mmsi\`, \`callSign\`, \`passportNumber\`, \`registrationNumber\`, \`taxNumber\`, \`innCode\`, \`ogrnCode\`, \`idNumber\`, \`leiCode\`…); others, and yente's \`weights\`, \`config\` and query parameters such as \`algorithm\`, are accepted and ignored. Each response lists the best candidates, matches or not, with their score, \`match\` (score at or above \`threshold\`) and \`features\`; \`explanation\`, \`matchedName\`, \`designations\` and the top-level \`threshold\`, \`asOf\`, \`scoringVersion\` and \`publications\` are the tracker's extensions. \`lang=ko\` writes the \`explanation\` sentences in Korean; the scores, \`features\` and field names stay the same.`,
        responses: {
          "200": "One response per query, under the query's key",
          "400": "A body that is not JSON, not in this shape, too large (over 4 MB), or bad parameters: the issues say where",
        },
      },
      matchDataset: {
        summary: "The same as POST /api/match, at the path yente's clients call (`/match/default`, `/match/sanctions`)",
        description: "`dataset` is accepted and ignored: the tracker screens against all the data it holds.",
        responses: { "200": "As POST /api/match", "400": "As POST /api/match" },
      },
      entity: {
        summary: "One entity with its names, identifiers, designations, relationships, refs and history",
        description:
          "An entity found to be the same real thing as another and merged into it answers 200 with `{ id, mergedInto, href }` only: read the survivor at `href`. A survivor lists the entities merged into it in `merged`.",
        responses: {
          "200":
            "The entity, or for a merged-away id a pointer to the entity it was merged into; `asOf` (default today) dates each designation's `stateOn` and the `counts` of its designations",
          "400": "Bad id",
          "404": "No such entity",
        },
      },
      exportJsonl: {
        summary: "Every entity as JSON lines (the entity shape above, one per line)",
        responses: { "200": "JSON lines" },
      },
      exportCsv: {
        summary: "Every entity as CSV",
        description:
          "RFC 4180, UTF-8 with a byte-order mark, CRLF. A cell that begins with =, +, -, @, a tab or a carriage return is written quoted with a leading single quote (') so that a spreadsheet shows it as text instead of running it as a formula: strip that quote to get the value. `lang=ko` gives the header line in Korean (the Korean pages' download link asks for it); the columns, their order and the cells are the same in every language, so read the file by column position or leave `lang` out.",
        responses: { "200": "CSV", "400": "Bad parameter" },
      },
      exportFtm: {
        summary: "Every entity and designation as FollowTheMoney JSON lines",
        responses: { "200": "JSON lines" },
      },
    },
  },
};

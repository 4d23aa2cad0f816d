import { z } from "zod";
import { entityQuerySchema, searchQuerySchema } from "@/lib/validation/search";
import { MAX_MATCH_QUERIES, matchBodySchema, matchParamsSchema } from "@/lib/validation/match";
import { messagesFor } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { csvExportQuerySchema } from "@/lib/export/csv";

/**
 * The OpenAPI document of the JSON API. Parameters are generated from the
 * same zod schemas the routes validate with, so the document cannot drift
 * from what the server accepts. Its prose that the API documentation page
 * shows (the API's description, the operations' summaries and descriptions,
 * the responses' descriptions) comes from the catalog (apiDocs.openapi), so
 * the page can show it in its own language; /api/openapi.json is English.
 * The schemas' descriptions, which the page does not show, are English here.
 */
const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;

function queryParameters(schema: z.ZodObject, required: string[] = []) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = schemaOf(field as z.ZodType);
    delete s.$schema;
    return { name, in: "query", required: required.includes(name), schema: s, description: (s.description as string) ?? undefined };
  });
}

const errorSchema = {
  type: "object",
  required: ["error", "reason"],
  properties: {
    error: { type: "string", example: "invalid_parameters" },
    reason: { type: "string" },
    issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
  },
};

const designation = {
  type: "object",
  properties: {
    authority: { type: "string", example: "US-OFAC" },
    program: { type: "string", example: "DPRK4" },
    listedOn: { type: ["string", "null"], description: "ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD" },
    effectiveOn: { type: ["string", "null"] },
    delistedOn: { type: ["string", "null"] },
    firstSeenOn: {
      type: ["string", "null"],
      description:
        "The publication of the list in which the tracker first saw the designation (lists without listing dates leave only this)",
    },
    stateOn: {
      type: "string",
      enum: ["dated", "seen", "unknown", "ended", "future"],
      description:
        "On `asOf`: in force by its own date (`dated`), in force because a publication on or before the day listed it (`seen`: listed on or before `firstSeenOn`), not known for the day (`unknown`: no date of its own, first seen later), delisted by then (`ended`), or not yet in force (`future`)",
    },
    reason: { type: ["string", "null"] },
    source: { type: ["string", "null"], description: "URL or citation of the first source" },
  },
};

const entity = {
  type: "object",
  required: ["id", "kind", "name", "names", "identifiers", "refs", "designations"],
  properties: {
    id: { type: "integer" },
    kind: { type: "string", enum: ["vessel", "organization", "individual", "aircraft"] },
    name: { type: "string" },
    names: { type: "array", items: { type: "string" } },
    identifiers: { type: "array", items: { type: "object", properties: { type: { type: "string" }, value: { type: "string" } } } },
    refs: { type: "array", items: { type: "string" }, example: ["seed:patriot", "ofac:24508"] },
    publications: {
      type: "array",
      description: "The lists carrying the entity's records, with the date of the latest publication imported",
      items: { type: "object", properties: { list: { type: "string" }, publishedOn: { type: "string" } } },
    },
    designations: { type: "array", items: designation },
  },
};

const dayCounts = {
  type: "object",
  description:
    "On `asOf`: how many are in force, how many of those rest only on a first-seen date, and how many are not known for the day (undated, first seen in a later publication); never dropped in silence",
  properties: { inForce: { type: "integer" }, onFirstSeen: { type: "integer" }, unknown: { type: "integer" } },
};

const publications = {
  type: "array",
  description: "The latest publication of each official list imported, which the figures rest on; `outOfDate` past 30 days",
  items: {
    type: "object",
    properties: {
      list: { type: "string", example: "ofac-sdn" },
      label: { type: "string" },
      publishedOn: { type: "string", example: "2023-12-28" },
      ageDays: { type: "integer" },
      outOfDate: { type: "boolean" },
    },
  },
};

/** What `/api/entities/{id}` answers for an entity merged into another (docs/decisions/0009). */
const mergedEntity = {
  type: "object",
  required: ["id", "mergedInto", "href"],
  properties: {
    id: { type: "integer", description: "The id asked for" },
    mergedInto: { type: "integer", description: "The entity it was merged into, which holds its names, identifiers and designations" },
    href: { type: "string", example: "/api/entities/4395", description: "Where the survivor is read" },
  },
};

const result = {
  type: "object",
  required: ["id", "kind", "name", "score", "matched", "refs", "authorities", "active"],
  properties: {
    id: { type: "integer" },
    kind: { type: "string" },
    name: { type: "string" },
    score: { type: "number", minimum: 0, maximum: 1 },
    matched: {
      type: "object",
      description: "What matched: a name or alias (with its script) or an identifier",
      properties: {
        field: { type: "string", enum: ["name", "alias", "identifier"] },
        value: { type: "string" },
        script: { type: "string", description: "ISO 15924 code of the matched name's script" },
        type: { type: "string", description: "The identifier's type, for an identifier match" },
      },
    },
    refs: { type: "array", items: { type: "string" } },
    authorities: { type: "array", items: { type: "string" } },
    active: { type: "boolean", description: "In force on `asOf` under any authority" },
    state: {
      type: "string",
      enum: ["in_force", "in_force_seen", "unknown", "delisted", "not_yet"],
      description: "The entity on `asOf` (`in_force_seen`: in force only by first-seen dates)",
    },
  },
};

/** The body of POST /api/match, without the JSON Schema dialect line (the document states its own). */
function matchBody() {
  const s = schemaOf(matchBodySchema);
  delete s.$schema;
  return s;
}

const stringLists = { type: "object", additionalProperties: { type: "array", items: { type: "string" } } };

/** One scored entity of POST /api/match: yente's ScoredEntityResponse, and the tracker's extensions. */
const matchResult = {
  type: "object",
  required: ["id", "caption", "schema", "properties", "datasets", "referents", "score", "match", "features"],
  properties: {
    id: { type: "string", example: "st-4395", description: "The entity's FtM id (as in /api/export/entities.ftm.jsonl)" },
    caption: { type: "string", description: "Its main name" },
    schema: { type: "string", enum: ["Person", "Organization", "Vessel", "Airplane"] },
    properties: { ...stringLists, description: "Its FtM properties: names, aliases, identifiers, countries, birth dates …" },
    datasets: {
      type: "array",
      items: { type: "string" },
      example: ["ofac-sdn", "un-consolidated"],
      description: "The lists it comes from",
    },
    referents: {
      type: "array",
      items: { type: "string" },
      example: ["ofac:24508", "seed:patriot"],
      description: "Its records, `<list>:<record id>`",
    },
    target: { type: "boolean", description: "Designated and in force on `asOf` under some authority" },
    score: { type: "number", minimum: 0, maximum: 1 },
    match: { type: "boolean", description: "`score` at or above `threshold`" },
    features: {
      type: "object",
      additionalProperties: { type: "number" },
      example: { name_match: 0.97 },
      description: "The score of each feature that counted (see `matcher`)",
    },
    explanation: {
      type: "array",
      items: { type: "string" },
      description: "Extension (not in yente): what matched and what raised or lowered the score, one sentence each",
    },
    matchedName: { type: ["string", "null"], description: "Extension: the entity's name or identifier that matched best" },
    designations: {
      type: "array",
      description: "Extension: the entity's designations and their state on `asOf`",
      items: {
        type: "object",
        properties: {
          authority: { type: "string", example: "US-OFAC" },
          program: { type: "string", example: "DPRK3" },
          listedOn: { type: ["string", "null"] },
          delistedOn: { type: ["string", "null"] },
          state: { type: "string", enum: ["in_force", "delisted", "unknown", "not_yet"] },
        },
      },
    },
  },
};

export function openApiDocument(origin: string, locale: Locale = "en") {
  const t = messagesFor(locale).apiDocs.openapi;
  const ops = t.operations;
  return {
    openapi: "3.1.0",
    info: {
      title: "Sanctions Tracker API",
      version: "1",
      description: t.intro,
    },
    servers: [{ url: origin }],
    paths: {
      "/api/search": {
        get: {
          summary: ops.search.summary,
          description: ops.search.description,
          parameters: queryParameters(searchQuerySchema, ["q"]),
          responses: {
            "200": {
              description: ops.search.responses["200"],
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["results", "total", "threshold"],
                    properties: {
                      asOf: { type: "string", description: "The day statuses refer to (today unless asked)" },
                      counts: {
                        ...dayCounts,
                        description: `Entities among the results (every filter but status). ${dayCounts.description}`,
                      },
                      publications,
                      results: { type: "array", items: result },
                      total: { type: "integer" },
                      threshold: { type: "number" },
                      identifier: { type: "object" },
                    },
                  },
                },
              },
            },
            "400": { description: ops.search.responses["400"], content: { "application/json": { schema: errorSchema } } },
          },
        },
      },
      "/api/match": {
        post: {
          summary: ops.match.summary,
          description: ops.match.description(MAX_MATCH_QUERIES),
          parameters: queryParameters(matchParamsSchema),
          requestBody: { required: true, content: { "application/json": { schema: matchBody() } } },
          responses: {
            "200": {
              description: ops.match.responses["200"],
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["responses", "matcher", "limit"],
                    properties: {
                      responses: {
                        type: "object",
                        additionalProperties: {
                          type: "object",
                          required: ["status", "results", "total", "query"],
                          properties: {
                            status: { type: "integer", example: 200 },
                            results: { type: "array", items: matchResult },
                            total: {
                              type: "object",
                              properties: { value: { type: "integer" }, relation: { type: "string", example: "eq" } },
                            },
                            query: { type: "object", description: "The query as read: each property a list of strings" },
                          },
                        },
                      },
                      matcher: {
                        type: "object",
                        description: "The features present in the results, each with what it means",
                        additionalProperties: {
                          type: "object",
                          properties: { description: { type: "string" }, coefficient: { type: "number" }, url: { type: "string" } },
                        },
                      },
                      limit: { type: "integer" },
                      threshold: { type: "number", description: "Extension: the threshold applied" },
                      asOf: { type: "string", description: "Extension: the day designations were read as of" },
                      scoringVersion: { type: "string", description: "Extension: the scoring the scores come from" },
                      publications,
                    },
                  },
                },
              },
            },
            "400": {
              description: ops.match.responses["400"],
              content: { "application/json": { schema: errorSchema } },
            },
          },
        },
      },
      "/api/match/{dataset}": {
        post: {
          summary: ops.matchDataset.summary,
          description: ops.matchDataset.description,
          parameters: [{ name: "dataset", in: "path", required: true, schema: { type: "string" } }, ...queryParameters(matchParamsSchema)],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/paths/~1api~1match/post/requestBody/content/application~1json/schema" } } },
          },
          responses: {
            "200": { description: ops.matchDataset.responses["200"] },
            "400": { description: ops.matchDataset.responses["400"], content: { "application/json": { schema: errorSchema } } },
          },
        },
      },
      "/api/entities/{id}": {
        get: {
          summary: ops.entity.summary,
          description: ops.entity.description,
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
            ...queryParameters(entityQuerySchema),
          ],
          responses: {
            "200": {
              description: ops.entity.responses["200"],
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      {
                        ...entity,
                        properties: {
                          ...entity.properties,
                          asOf: { type: "string" },
                          stateOn: { type: "string", enum: ["in_force", "in_force_seen", "unknown", "delisted", "not_yet"] },
                          counts: dayCounts,
                          publications,
                        },
                      },
                      mergedEntity,
                    ],
                  },
                },
              },
            },
            "400": { description: ops.entity.responses["400"], content: { "application/json": { schema: errorSchema } } },
            "404": { description: ops.entity.responses["404"], content: { "application/json": { schema: errorSchema } } },
          },
        },
      },
      "/api/export/entities.jsonl": {
        get: {
          summary: ops.exportJsonl.summary,
          responses: { "200": { description: ops.exportJsonl.responses["200"], content: { "application/x-ndjson": {} } } },
        },
      },
      "/api/export/entities.csv": {
        get: {
          summary: ops.exportCsv.summary,
          description: ops.exportCsv.description,
          parameters: queryParameters(csvExportQuerySchema),
          responses: {
            "200": { description: ops.exportCsv.responses["200"], content: { "text/csv": {} } },
            "400": { description: ops.exportCsv.responses["400"], content: { "application/json": { schema: errorSchema } } },
          },
        },
      },
      "/api/export/entities.ftm.jsonl": {
        get: {
          summary: ops.exportFtm.summary,
          responses: { "200": { description: ops.exportFtm.responses["200"], content: { "application/x-ndjson": {} } } },
        },
      },
    },
  };
}

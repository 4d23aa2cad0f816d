import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { MAX_MATCH_QUERIES } from "@/lib/validation/match";

type Json = Record<string, unknown>;
type Operation = { summary: string; description?: string; responses: Record<string, { description: string }> };

/** The prose the API documentation page shows, by where it sits in the document. */
function prose(doc: ReturnType<typeof openApiDocument>): Map<string, string> {
  const found = new Map<string, string>([["info.description", doc.info.description]]);
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, op] of Object.entries(ops)) {
      found.set(`${method} ${path} summary`, op.summary);
      if (op.description !== undefined) found.set(`${method} ${path} description`, op.description);
      for (const [status, r] of Object.entries(op.responses)) found.set(`${method} ${path} ${status}`, r.description);
    }
  }
  return found;
}

/** The document without that prose: names, codes, schemas and their (English) descriptions. */
function withoutProse(doc: ReturnType<typeof openApiDocument>): Json {
  const copy = structuredClone(doc) as Json & { info: Json; paths: Record<string, Record<string, Json>> };
  delete copy.info.description;
  for (const ops of Object.values(copy.paths)) {
    for (const op of Object.values(ops)) {
      delete op.summary;
      delete op.description;
      for (const r of Object.values(op.responses as Record<string, Json>)) delete r.description;
    }
  }
  return copy;
}

const codeSpans = (text: string) => text.split("`").filter((_, i) => i % 2 === 1);

describe("the OpenAPI document in the page's language", () => {
  const en = openApiDocument("http://x");
  const ko = openApiDocument("http://x", "ko");

  it("is English unless asked", () => {
    expect(openApiDocument("http://x", "en")).toEqual(en);
    expect(en.info.description).toMatch(/^Look up sanctioned vessels/);
    expect(prose(en).get("post /api/match description")).toContain(`Up to ${MAX_MATCH_QUERIES} queries a request.`);
  });

  it("differs in Korean only in the prose the page shows", () => {
    expect(withoutProse(ko)).toEqual(withoutProse(en));
    const english = prose(en);
    const korean = prose(ko);
    expect([...korean.keys()]).toEqual([...english.keys()]);
    for (const [where, text] of korean) {
      expect(text, where).not.toBe(english.get(where));
      expect(text, where).toMatch(/[가-힣]/);
    }
  });

  it("keeps in Korean every code span of the English, and the query limit", () => {
    const english = prose(en);
    for (const [where, text] of prose(ko)) {
      const spans = codeSpans(text);
      for (const span of codeSpans(english.get(where) ?? "")) expect(spans, where).toContain(span);
    }
    expect(prose(ko).get("post /api/match description")).toContain(String(MAX_MATCH_QUERIES));
  });
});

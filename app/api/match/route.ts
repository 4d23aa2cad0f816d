import { z } from "zod";
import { matchAll } from "@/lib/api/match";
import { badRequest, json, queryOf } from "@/lib/api/responses";
import { matchBodySchema, matchParamsSchema } from "@/lib/validation/match";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** A thousand queries of a few names each take well under a megabyte; past this the body is refused unread. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const refusal = (message: string) => badRequest(new z.ZodError([{ code: "custom", path: [], message, input: undefined }]));

/** The body as text, or null when it is longer than `max` bytes (read no further than that). */
async function readCapped(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** yente's /match is POST only; a GET (a browser, a mistyped client) is told so in JSON rather than with an empty 405. */
export function GET(): Response {
  return json(
    {
      error: "method_not_allowed",
      reason: 'POST a JSON body: {"queries": {"<key>": {"schema": "Person", "properties": {"name": ["…"]}}}} (see /api/openapi.json)',
    },
    { status: 405, headers: { Allow: "POST" } },
  );
}

/** POST /api/match?threshold=&limit=&asOf= with yente's `{ queries: { key: { schema, properties } } }` (see /api/openapi.json). */
export async function POST(request: Request): Promise<Response> {
  const params = matchParamsSchema.safeParse(queryOf(request));
  if (!params.success) return badRequest(params.error);
  const text = await readCapped(request, MAX_BODY_BYTES);
  if (text === null) return refusal(`The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB: send fewer queries a request`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refusal('The body is not JSON: send {"queries": {"<key>": {"schema": "Person", "properties": {"name": ["…"]}}}}');
  }
  const body = matchBodySchema.safeParse(raw);
  if (!body.success) return badRequest(body.error);
  const response = matchAll(body.data, params.data);
  return json(response, { headers: { "X-Batch-Size": String(Object.keys(response.responses).length) } });
}

import type { z } from "zod";

/** A JSON response; errors carry `error` (a short code) and `reason` (a sentence), plus the issues when a parameter is bad. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}

export function badRequest(error: z.ZodError): Response {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return json({ error: "invalid_parameters", reason: issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues }, { status: 400 });
}

export function notFound(reason: string): Response {
  return json({ error: "not_found", reason }, { status: 404 });
}

/** The query string as a plain object; a repeated parameter keeps its first value. */
export function queryOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(request.url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

import { search } from "@/lib/search/engine";
import { publicationsForApi } from "@/lib/read/publications";
import { searchQuerySchema } from "@/lib/validation/search";
import { badRequest, json, queryOf } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/search?q=&kind=&authority=&program=&country=&status=&asOf=&limit=&offset= (see /api/openapi.json). */
export function GET(request: Request): Response {
  const parsed = searchQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return badRequest(parsed.error);
  const { query, results, total, threshold, identifier, asOf, counts } = search(parsed.data);
  return json({
    query,
    asOf,
    counts,
    publications: publicationsForApi(),
    results,
    total,
    threshold,
    ...(identifier ? { identifier } : {}),
  });
}

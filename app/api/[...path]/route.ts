import { notFound } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

/**
 * Any address under /api/ that no route serves: a JSON 404 with its reason, as
 * every other refusal of the API, rather than the site's HTML not-found page.
 */
function unknown(): Response {
  return notFound("No such API address: see /api/openapi.json");
}

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };

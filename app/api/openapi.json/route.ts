import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return json(openApiDocument(new URL(request.url).origin));
}

import { authorizeRequest } from "@/lib/auth/guard";
import { badRequest, json, queryOf } from "@/lib/api/responses";
import { listAudit } from "@/lib/read/audit";
import { auditFiltersSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/admin/audit?actor=&entity=&from=&to=&page=: the audit log as JSON,
 * for editors and admins (401 without a session, 403 for a viewer), with the
 * filters of /admin/audit.
 */
export function GET(request: Request): Response {
  const user = authorizeRequest(request, "editor");
  if (user instanceof Response) return user;
  const parsed = auditFiltersSchema.partial().safeParse(queryOf(request));
  if (!parsed.success) return badRequest(parsed.error);
  const { actor, entity, from, to, page } = parsed.data;
  return json(listAudit({ actor, entityId: entity, from, to, page }));
}

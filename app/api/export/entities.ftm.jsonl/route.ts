import { entityExportResponse } from "@/lib/export/stream";
import { ftmLines } from "@/lib/export/ftm";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Every entity as FollowTheMoney JSON lines: the entity (Person, Organization,
 * Vessel, Airplane), then one Sanction per designation.
 */
export function GET(): Response {
  return entityExportResponse({
    extension: "ftm.jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    format: (batch, day) => batch.map((e) => ftmLines(e, day)).join(""),
  });
}

import { entityExportResponse } from "@/lib/export/stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Every entity as JSON lines, one `EntityExport` a line (the shape of the entity API). */
export function GET(): Response {
  return entityExportResponse({
    extension: "jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    format: (batch) => batch.map((e) => `${JSON.stringify(e)}\n`).join(""),
  });
}

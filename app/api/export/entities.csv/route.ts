import { entityExportResponse } from "@/lib/export/stream";
import { csvExportQuerySchema, csvHeader, entityCsvLine } from "@/lib/export/csv";
import { badRequest, queryOf } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Every entity as CSV (RFC 4180, UTF-8, CRLF): a header, then one line per
 * entity. It opens with a byte-order mark so spreadsheet programs read the
 * Hangul and Cyrillic names as UTF-8. `?lang=ko` writes the header line in
 * Korean (the Korean pages link so); the columns and cells are the same.
 */
export function GET(request: Request): Response {
  const parsed = csvExportQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return badRequest(parsed.error);
  return entityExportResponse({
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    preamble: `\uFEFF${csvHeader(parsed.data.lang)}`,
    format: (batch, day) => batch.map((e) => entityCsvLine(e, day)).join(""),
  });
}

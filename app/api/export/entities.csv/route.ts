import { entityExportResponse } from "@/lib/export/stream";
import { csvHeader, entityCsvLine } from "@/lib/export/csv";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Every entity as CSV (RFC 4180, UTF-8, CRLF): a header, then one line per
 * entity. It opens with a byte-order mark so spreadsheet programs read the
 * Hangul and Cyrillic names as UTF-8.
 */
export function GET(): Response {
  return entityExportResponse({
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    preamble: `\uFEFF${csvHeader()}`,
    format: (batch, day) => batch.map((e) => entityCsvLine(e, day)).join(""),
  });
}

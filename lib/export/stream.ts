import "server-only";
import { iterateEntityExportBatches, type EntityExport } from "@/lib/read/export";
import { today } from "@/lib/domain/partial-date";
import { publicationsForApi } from "@/lib/read/publications";
import { messagesFor } from "@/lib/i18n";

/**
 * A download of every entity (delisted included), streamed one batch of
 * entities per pull so memory stays flat however large the database is; a
 * client that goes away stops the reading.
 */
export function entityExportResponse(options: {
  extension: Parameters<ReturnType<typeof messagesFor>["exports"]["fileName"]>[0];
  contentType: string;
  /** Written before the first entity (a CSV header). */
  preamble?: string;
  format: (batch: EntityExport[], day: string) => string;
}): Response {
  const day = today();
  const batches = iterateEntityExportBatches();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (options.preamble) controller.enqueue(encoder.encode(options.preamble));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(options.format(next.value, day)));
    },
    cancel() {
      batches.return();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": options.contentType,
      "Content-Disposition": `attachment; filename="${messagesFor("en").exports.fileName(options.extension, day)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // What the file's figures rest on, for a reader of the response: each list's latest publication imported.
      "X-Data-Publications": publicationsForApi()
        .map((p) => `${p.list}=${p.publishedOn}`)
        .join(", "),
    },
  });
}

import "server-only";
/**
 * The import of one publication of an official list: the refusals that come
 * before anything is written, and the recognition of files already imported.
 * The run itself lives in `run/`: `publication.ts` (the transaction that
 * composes the rest), `bookkeeping.ts` (the `import_runs` row and its counts),
 * `hashing.ts` and `record-diff.ts` (what is new, changed, back or gone),
 * `merge-resolution.ts`, `record-entity.ts`, `delisting.ts` and `links.ts`.
 */
import type { ListKey } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/commands";
import { isFullDate } from "@/lib/domain/partial-date";
import { listDefinition, type ListDefinition } from "./lists";
import { latestRun, readByOlderParser, type ImportSummary } from "./run/bookkeeping";
import { sameFiles } from "./run/hashing";
import { runImport } from "./run/publication";
import { recordCount, type ParsedList, type StreamedList } from "./types";

export { latestRun, type ImportSummary };

export type ImportInput = {
  listKey: ListKey;
  /** The list's definition, when the caller has it (a list a FtM import creates is not in the database yet). */
  list?: ListDefinition;
  parsed: ParsedList | StreamedList;
  /** The publication date; a date the file itself carries (UN dateGenerated) wins. */
  publishedOn?: string;
  actor?: Actor;
  onProgress?: (done: number, total: number) => void;
};

/** The import was refused before anything was written (an older publication, no date). */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusedError";
  }
}

/**
 * Imports one publication of an official list as one transaction: records new
 * to the list are added (merged into an existing entity where a merge rule
 * says they are the same real thing), changed records are brought up to date,
 * and records gone from the list have the designations this list asserted
 * ended as of the publication date. Every change goes through the domain
 * commands, attributed to the run. A failure leaves the data as it was and is
 * recorded as a failed run.
 */
export function importList(db: Db, input: ImportInput): ImportSummary {
  const { parsed } = input;
  const unchanged = importUnchanged(db, { ...input, files: parsed.files, publishedOn: parsed.publishedOn ?? input.publishedOn });
  if (unchanged) return unchanged;
  const list = definitionOf(db, input);
  const publishedOn = parsed.publishedOn ?? input.publishedOn;
  if (!publishedOn || !isFullDate(publishedOn)) {
    throw new ImportRefusedError(`The ${list.label} files carry no publication date: give it with --published YYYY-MM-DD.`);
  }
  const latest = latestRun(db, list.key);
  if (latest?.publishedOn && latest.publishedOn > publishedOn) {
    throw new ImportRefusedError(
      `The ${list.label} published ${publishedOn} is older than the publication already imported (${latest.publishedOn}). ` +
        "Publications are imported in order, so history is never rewritten by accident; nothing was changed.",
    );
  }
  // The very files of the last import, read by a newer parser: what differs is what it now reads, not a change in the list.
  const readAgain = latest?.publishedOn === publishedOn && sameFiles(latest.files, parsed.files);
  return runImport(db, list, { ...input, files: parsed.files, records: recordCount(parsed), publishedOn, readAgain }, (run) =>
    run.execute(parsed),
  );
}

/**
 * Records an import of the very files of the list's last import, byte for
 * byte (and of the same publication): nothing in them can have changed, so
 * they are not even parsed, and the run says 0 added, 0 changed, 0 removed.
 * Returns null when the files differ.
 */
export function importUnchanged(
  db: Db,
  input: { listKey: ListKey; list?: ListDefinition; files: ParsedList["files"]; publishedOn?: string; actor?: Actor },
): ImportSummary | null {
  const list = definitionOf(db, input);
  const latest = latestRun(db, input.listKey);
  if (!latest?.publishedOn || !sameFiles(latest.files, input.files)) return null;
  // Read by an older parser: the same files may give more now.
  if (readByOlderParser(latest, list)) return null;
  if (input.publishedOn !== undefined && input.publishedOn !== latest.publishedOn) return null;
  const publishedOn = latest.publishedOn;
  return runImport(db, list, { ...input, publishedOn, records: latest.records }, (run) => run.confirmUnchanged());
}

function definitionOf(db: Db, input: { listKey: ListKey; list?: ListDefinition }): ListDefinition {
  const list = input.list ?? listDefinition(db, input.listKey);
  if (!list) throw new ImportRefusedError(`There is no list "${input.listKey}".`);
  return list;
}

import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/commands";
import { ftmListFor } from "./lists";
import { ftmFileInfo, readFtm, type FtmStreamed } from "./parsers/ftm";
import { importList, importUnchanged, type ImportSummary } from "./run-import";

export type FtmImportOptions = {
  /** The list's name (`--list`): created on its first import, reused after. */
  list: string;
  /** The authority the list is, when it is one authority's (`--authority`). */
  authority?: string;
  /** The publication date (`--published`): FtM files carry none. */
  publishedOn: string;
  actor?: Actor;
  onProgress?: (done: number, total: number) => void;
  /** Called once the file is read, before the run (to start a progress bar). */
  onParsed?: (parsed: FtmStreamed) => void;
};

/**
 * Imports a FollowTheMoney JSON-lines file as a publication of the list
 * `options.list`, through the same runner as every list (one transaction,
 * idempotent, deltas, merges). The very file of the list's last import is
 * confirmed unchanged without being parsed. Returns the run's summary, and
 * what the reading skipped (null when nothing was read).
 */
export function importFtmAt(db: Db, path: string, options: FtmImportOptions): { summary: ImportSummary; parsed: FtmStreamed | null } {
  const list = ftmListFor(db, options.list, options.authority);
  const { publishedOn, actor } = options;
  if (!list.create) {
    const unchanged = importUnchanged(db, { listKey: list.key, list, files: [ftmFileInfo(path)], publishedOn, actor });
    if (unchanged) return { summary: unchanged, parsed: null };
  }
  const parsed = readFtm(path, publishedOn);
  options.onParsed?.(parsed);
  const summary = importList(db, { listKey: list.key, list, parsed, publishedOn, actor, onProgress: options.onProgress });
  return { summary, parsed };
}

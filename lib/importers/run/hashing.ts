import "server-only";
import { createHash } from "node:crypto";
import type { ListRecord, ParsedList } from "../types";

/** What a record says, without where in the files it was read: moving a record down a file changes nothing. */
export type RecordContent = Omit<ListRecord, "origin">;

/** SHA-256, hex: of a list file's bytes, and of a record's JSON. */
export const sha256Hex = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/**
 * A record's content, its JSON and the JSON's hash. The JSON is kept because
 * it is the very text stored in `list_records.data`: written once, not twice.
 */
export function hashRecord(record: ListRecord): { content: RecordContent; json: string; hash: string } {
  const { origin: _origin, ...content } = record;
  const json = JSON.stringify(content);
  return { content, json, hash: sha256Hex(json) };
}

/** Whether two imports read the same files, name for name and byte for byte (by SHA-256). */
export const sameFiles = (a: ParsedList["files"], b: ParsedList["files"]): boolean =>
  a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.sha256 === b[i]!.sha256);

import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { sha256Hex } from "../run/hashing";
import { ImportFormatError, type ParsedList } from "../types";

/** A list file read whole: its bytes (a trailing 0x1A end-of-file byte removed) and its identity. */
export type ListFile = {
  /** The file name without its folder, as errors and origins name it. */
  name: string;
  /** The content, without the trailing 0x1A some OFAC files carry. */
  content: Buffer;
  /** utf8 when the content is valid UTF-8, else latin1 (older OFAC files are Windows-1252). */
  encoding: "utf8" | "latin1";
  info: ParsedList["files"][number];
};

const SUB = 0x1a;

export function readListFile(path: string): ListFile {
  const { raw, info } = readWithInfo(path);
  const { name } = info;
  let end = raw.length;
  while (end > 0 && raw[end - 1] === SUB) end--;
  const content = raw.subarray(0, end);
  if (isBlank(content)) throw new ImportFormatError(name, null, "the file is empty");
  if (looksBinary(content)) throw new ImportFormatError(name, null, "the file is binary, not text");
  return { name, content, encoding: isUtf8(content) ? "utf8" : "latin1", info };
}

/** A list file's identity (name, SHA-256, size) without parsing it. */
export function fileInfo(path: string): ListFile["info"] {
  return readWithInfo(path).info;
}

function readWithInfo(path: string) {
  const name = basename(path);
  if (!existsSync(path)) throw new ImportFormatError(name, null, "file not found");
  const raw = readFileSync(path);
  return { raw, info: { name, sha256: sha256Hex(raw), bytes: raw.length } };
}

export function decode(file: ListFile): string {
  const text = file.content.toString(file.encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isBlank(buf: Buffer): boolean {
  for (const byte of buf) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  return true;
}

/**
 * A NUL byte, or more than 1% control characters other than tab, CR and LF in
 * the first 64 KB, means this is not a text list (a zip, a PDF, an image).
 */
function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

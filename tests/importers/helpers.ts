import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { ImportFormatError, type ListRecord, type ParsedList } from "@/lib/importers/types";

export const FIXTURES = fileURLToPath(new URL("../fixtures/lists/", import.meta.url));

export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

/** The 1-based line of a fixture file that starts with `prefix`: what origin.line must say. */
export function lineOf(file: string, prefix: string): number {
  const index = readFileSync(file, "latin1")
    .split("\n")
    .findIndex((l) => l.replace(/^\s+/, "").startsWith(prefix));
  if (index < 0) throw new Error(`${prefix} not in ${file}`);
  return index + 1;
}

export function record(list: ParsedList, recordId: string): ListRecord {
  const found = list.records.find((r) => r.recordId === recordId);
  if (!found) throw new Error(`no record ${recordId}`);
  return found;
}

export const attrs = (r: ListRecord, key: string) => r.attributes.filter((a) => a.key === key);
export const attr = (r: ListRecord, key: string) => attrs(r, key).map((a) => a.value);
export const ids = (r: ListRecord, type: string) => r.identifiers.filter((i) => i.type === type);

/** A fresh folder in the OS temp dir holding the given files (strings or bytes). */
export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "list-parsers-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Bytes no text list contains: a zip header, NULs and noise. */
export const BINARY = Buffer.from([
  0x50,
  0x4b,
  0x03,
  0x04,
  0x14,
  0x00,
  0x00,
  0x00,
  0x08,
  0x00,
  0xb7,
  0x5a,
  0x00,
  0x01,
  0x02,
  0x03,
  0xff,
  0xfe,
  0x00,
  0x00,
  ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256),
]);

/** Runs `fn`, expecting an ImportFormatError about `file` at `line` (null: no line). */
export function expectFormatError(fn: () => unknown, file: string, line: number | null, reason?: RegExp): ImportFormatError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ImportFormatError);
  const err = caught as ImportFormatError;
  expect(err.file).toBe(file);
  expect(err.line).toBe(line);
  expect(err.message.startsWith(line === null ? `${file}: ` : `${file}:${line}: `)).toBe(true);
  if (reason) expect(err.reason).toMatch(reason);
  return err;
}

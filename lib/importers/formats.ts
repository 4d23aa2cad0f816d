import "server-only";
import type { BuiltInListKey } from "@/db/schema";
import type { Db } from "@/db/client";
import {
  fileInfo,
  ofacConsolidatedFiles,
  ofacSdnFiles,
  parseDenyList,
  parseOfacConsolidated,
  parseOfacSdn,
  parseUnConsolidated,
} from "./parsers";
import { importList, importUnchanged, type ImportInput, type ImportSummary } from "./run-import";
import type { ParsedList } from "./types";

const oneFile = (path: string) => [path];

/** The file formats the importer reads, by the name the CLI takes: the files each reads, and its parser. */
export const FORMATS = {
  ofac: {
    listKey: "ofac-sdn",
    input: "folder with sdn.csv (add.csv, alt.csv, sdn_comments.csv)",
    files: ofacSdnFiles,
    parse: parseOfacSdn,
  },
  "ofac-consolidated": {
    listKey: "ofac-consolidated",
    input: "folder with cons_prim.csv (cons_add.csv, ...)",
    files: ofacConsolidatedFiles,
    parse: parseOfacConsolidated,
  },
  un: { listKey: "un-consolidated", input: "UN consolidated list XML file", files: oneFile, parse: parseUnConsolidated },
  dpl: { listKey: "bis-dpl", input: "BIS Denied Persons List, tab-separated", files: oneFile, parse: parseDenyList },
} satisfies Record<
  string,
  { listKey: BuiltInListKey; input: string; files: (path: string) => string[]; parse: (path: string) => ParsedList }
>;

export type FormatName = keyof typeof FORMATS;

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The identity (name, SHA-256, size) of each file the format reads at `path`, without parsing them. */
export function filesAt(format: FormatName, path: string): ParsedList["files"] {
  return FORMATS[format].files(path).map(fileInfo);
}

/**
 * Imports the list at `path`. Files byte for byte the same as the last import
 * of the list are confirmed unchanged without being parsed; others are parsed
 * and imported (see importList).
 */
export function importListAt(
  db: Db,
  format: FormatName,
  path: string,
  options: Omit<ImportInput, "listKey" | "parsed"> = {},
): ImportSummary {
  const { listKey, parse } = FORMATS[format];
  return (
    importUnchanged(db, { listKey, files: filesAt(format, path), publishedOn: options.publishedOn, actor: options.actor }) ??
    importList(db, { ...options, listKey, parsed: parse(path) })
  );
}

/** The official lists shipped in data/lists/ and imported as part of the default data. */
export const BUNDLED_LISTS: { format: FormatName; path: string; publishedOn: string }[] = [
  // Three publications of the SDN list, imported in order, so that the default data carries real history:
  // what appears or disappears between two of them is designated or delisted as of the later one.
  // The legacy CSV carries no date. For the 2019 and 2021 sets, the date is the latest the set can be
  // from, judged by the first designation it lacks (data/lists/README.md): every entry in it was
  // listed on or before that date, which is all a first-seen date claims.
  { format: "ofac", path: "data/lists/ofac-sdn-2019-01", publishedOn: "2019-01-07" },
  { format: "ofac", path: "data/lists/ofac-sdn-2021-07", publishedOn: "2021-07-21" },
  { format: "ofac", path: "data/lists/ofac-sdn-2023-12-28", publishedOn: "2023-12-28" },
  // The XML carries its own date (dateGenerated), which wins; given here too so setup can tell publications apart.
  { format: "un", path: "data/lists/un/consolidated-2026-02-27.xml", publishedOn: "2026-02-27" },
];

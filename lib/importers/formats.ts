import type { ListKey } from "@/db/schema";
import { parseDenyList, parseOfacConsolidated, parseOfacSdn, parseUnConsolidated } from "./parsers";
import type { ParsedList } from "./types";

/** The file formats the importer reads, by the name the CLI takes. */
export const FORMATS = {
  ofac: { listKey: "ofac-sdn", input: "folder with sdn.csv (add.csv, alt.csv, sdn_comments.csv)", parse: parseOfacSdn },
  "ofac-consolidated": { listKey: "ofac-consolidated", input: "folder with cons_prim.csv (cons_add.csv, ...)", parse: parseOfacConsolidated },
  un: { listKey: "un-consolidated", input: "UN consolidated list XML file", parse: parseUnConsolidated },
  dpl: { listKey: "bis-dpl", input: "BIS Denied Persons List, tab-separated", parse: parseDenyList },
} satisfies Record<string, { listKey: ListKey; input: string; parse: (path: string) => ParsedList }>;

export type FormatName = keyof typeof FORMATS;

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The official lists shipped in data/lists/ and imported as part of the default data. */
export const BUNDLED_LISTS: { format: FormatName; path: string; publishedOn?: string }[] = [
  // The legacy CSV carries no date: this is the date the set was published.
  { format: "ofac", path: "data/lists/ofac-sdn-2023-12-28", publishedOn: "2023-12-28" },
  // The XML carries its own date (dateGenerated 2026-02-27).
  { format: "un", path: "data/lists/un/consolidated-2026-02-27.xml" },
];

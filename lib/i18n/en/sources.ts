import { formatNumber as n } from "@/lib/format";

type RunStatus = "running" | "succeeded" | "failed";
type RunCategory = "added" | "changed" | "delisted" | "merged" | "details";

/** A tracker timestamp as the pages show it: 2026-02-27 14:05 UTC. */
const timestamp = (iso: string) => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
};

/** "1,003 added (312 of them merged into entities already held), 0 changed, 0 removed, 0 unchanged". */
const changeSummary = (c: { added: number; changed: number; removed: number; unchanged: number; merged: number }) =>
  [
    `${n(c.added)} added${c.merged > 0 ? ` (${n(c.merged)} of them merged into entities already held)` : ""}`,
    `${n(c.changed)} changed`,
    `${n(c.removed)} removed`,
    `${n(c.unchanged)} unchanged`,
  ].join(", ");

const runStatus = {
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
} satisfies Record<RunStatus, string>;

/** Words for /sources, /imports, /imports/[id] and the home page's section on the official lists. */
export const sources = {
  timestamp,
  changeSummary,
  runStatus,

  page: {
    title: "Sources",
    lede: "The official lists the tracker imports, one publication at a time: which publication each list is at, when it was imported, how many of its records the tracker holds, and what the last import changed.",
    latestPublication: "Latest publication",
    importedAt: "Imported",
    recordsHeld: "Records held",
    recordsHeldValue: (count: number) => `${n(count)} ${count === 1 ? "record" : "records"} on the list`,
    lastChange: "Last import changed",
    seeChanges: "See what this publication changed",
    imports: "Imports",
    importCount: (count: number) => `${n(count)} ${count === 1 ? "import" : "imports"} of this list`,
    notImported: "Not imported yet: the tracker holds nothing from this list.",
    failedHeading: "Failed import",
    failed: (publishedOn: string | null, when: string) =>
      `The import of the ${publishedOn ? `publication of ${publishedOn}` : "publication"} failed (${timestamp(when)}). It changed nothing: the data is as the last successful import left it.`,
    failedError: "Error",
    failedLink: "Details of the failed import",
    recentHeading: "Recent imports",
    recentCaption: "The latest imports of every list, newest first",
    allImports: "All imports",
  },

  runs: {
    title: "Imports",
    lede: "Every import of an official list, newest first: which publication, when, whether it succeeded, and how many records it added, changed and removed.",
    filters: "Filter the imports",
    list: "List",
    allLists: "All lists",
    count: (count: number) => `${n(count)} ${count === 1 ? "import" : "imports"}`,
    caption: "Imports, newest first",
    empty: "No list has been imported yet.",
    pageClamped: (page: number, count: number) => `There is no page ${page}; showing page ${count}, the last one.`,
    columns: {
      run: "Import",
      list: "List",
      published: "Publication",
      status: "Status",
      started: "Started",
      added: "Added",
      changed: "Changed",
      removed: "Removed",
      unchanged: "Unchanged",
      merged: "Merged",
    },
    runLink: (id: number) => `Import #${id}`,
  },

  run: {
    title: (label: string, publishedOn: string | null) =>
      publishedOn ? `${label}, published ${publishedOn}` : `${label}, publication date unknown`,
    breadcrumb: "Imports",
    breadcrumbSources: "Sources",
    breadcrumbLabel: "Breadcrumb",
    list: "List",
    published: "Publication date",
    status: "Status",
    started: "Started",
    finished: "Finished",
    notFinished: "not finished",
    actor: "Imported by",
    records: "Records in the publication",
    source: "Cited as",
    previous: "Previous import of this list",
    next: "Next import of this list",
    failedNotice:
      "This import failed. It changed nothing: everything it had done was rolled back, and the data is as the previous import left it.",
    errorHeading: "Error",
    runningNotice: "This import had not finished when the page was shown.",
    countsHeading: "Counts",
    countsCaption: "Records of this publication, compared with the previous one",
    countsColumns: { what: "What", count: "Records", meaning: "Meaning" },
    counts: {
      added: ["Added", "new to the list: their designations were recorded"],
      changed: ["Changed", "on the list before, with something different now (or back on the list)"],
      removed: ["Removed", "gone from the list: the designations it alone asserted end as of this publication"],
      unchanged: ["Unchanged", "exactly as in the previous publication"],
      merged: [
        "Merged",
        "of the added records, those found to be an entity the tracker already had (same identifier, or same name and date of birth)",
      ],
    } satisfies Record<"added" | "changed" | "removed" | "unchanged" | "merged", [string, string]>,
    filesHeading: "Files",
    filesCaption: "Files read, with their SHA-256 digest and size",
    filesColumns: { name: "File", sha256: "SHA-256", bytes: "Size" },
    bytes: (count: number) => `${n(count)} ${count === 1 ? "byte" : "bytes"}`,
    noFiles: "No file recorded.",
    changesHeading: "What this publication changed",
    changesLede: "Every change this import recorded, in the order it made them.",
    filters: "Filter the changes",
    category: "Kind of change",
    allCategories: "All list changes",
    categories: {
      added: "Added designations",
      changed: "Changes",
      delisted: "Delistings",
      merged: "Merges and possible matches",
      details: "Record details",
    } satisfies Record<RunCategory, string>,
    categoryOption: (label: string, count: number) => `${label} (${n(count)})`,
    show: "Show",
    showing: (first: number, last: number, total: number) =>
      `${n(total)} ${total === 1 ? "change" : "changes"}, showing ${n(first)}–${n(last)}, in the order the import made them`,
    noChanges: (category: string | null) =>
      category ? `This import recorded no ${category.toLowerCase()}.` : "This import recorded no changes.",
    pageClamped: (page: number, count: number) => `There is no page ${page}; showing page ${count}, the last one.`,
  },

  factsOnly: "sourced facts",
  home: {
    heading: "Official lists",
    caption: "Official lists imported, with their latest publication",
    columns: {
      list: "List",
      published: "Publication",
      imported: "Imported",
      held: "Records held",
      added: "Added",
      changed: "Changed",
      removed: "Removed",
    },
    publicationLink: (publishedOn: string | null) => publishedOn ?? "publication date unknown",
    notImported: "Not imported",
    failedBadge: "Last import failed",
    all: "Sources and imports",
  },
};

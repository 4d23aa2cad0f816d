/** Words for the downloads (CSV, JSON lines, FtM) and the Atom feed of changes at /history/feed.xml. */
export const exportMessages = {
  heading: "Download",
  lede: "Every entity, delisted ones included, with its names, identifiers, references and designations:",
  csv: "CSV",
  jsonl: "JSON lines",
  ftm: "FollowTheMoney (JSON lines)",
  feedLink: "Atom feed of the latest changes",
  /** Download file names, dated with the day of the export. */
  fileName: (format: "csv" | "jsonl" | "ftm.jsonl", day: string) => `sanctions-tracker-entities-${day}.${format}`,
  /**
   * The entity CSV's header line, column by column (lib/export/csv.ts
   * CSV_COLUMNS): English names the columns as the code does; another
   * language's header is asked for with `?lang=`, the columns and cells the same.
   */
  csvColumns: {
    id: "id",
    kind: "kind",
    name: "name",
    other_names: "other_names",
    identifiers: "identifiers",
    refs: "refs",
    list_published_on: "list_published_on",
    authorities: "authorities",
    programs: "programs",
    first_listed_on: "first_listed_on",
    delisted_on: "delisted_on",
    active: "active",
  },
  feed: {
    title: "Sanctions Tracker: latest changes",
    titleWithRecordKeeping: "Sanctions Tracker: latest changes and record keeping",
    subtitle:
      "The latest changes in the world (designations, delistings, amendments of list entries, control-list revisions, announcements and events), newest first by the date they happened, each with its source.",
    subtitleWithRecordKeeping:
      "The latest changes in the world and the tracker's record keeping (records created, sources attached, list entries, merges and possible matches), each with its dates and source.",
    author: "Sanctions Tracker",
    /** An entry's title: the subject's name (when it is an entity) and what happened. */
    entryTitle: (subject: string | null, description: string) => (subject ? `${subject}: ${description}` : description),
    occurred: "Happened",
    recorded: "Recorded",
    by: "By",
    reason: "Reason",
    source: "Source",
    noSource: "No source recorded",
  },
};

import type { FileProblem, RowProblem } from "@/lib/screening/input";

const n = (x: number) => x.toLocaleString("en-US");

/** Words for the /screen page: batch screening of pasted names or a CSV file. */
export const screening = {
  title: "Screen a list",
  lede: "Paste names (one per line) or choose a CSV file of counterparties: each is compared with every sanctioned vessel, organization and individual the tracker holds, and you see its best matches, how strong they are and why.",
  howTo: {
    title: "What a file may hold",
    body: "A header row naming the columns. A name column is required (name, full name, counterparty, company or vessel name); kind (individual, organization, vessel, aircraft), country (a code or an English name), birth date (YYYY, YYYY-MM or YYYY-MM-DD), IMO and identifier (passport, registration, tax number, MMSI) help tell people and companies of the same name apart.",
  },
  names: "Names, one per line",
  namesHint: "Hangul, Cyrillic and Latin spellings all work: 김영철, Kim Young-chul and KIM Yong Chol find each other.",
  file: "Or a CSV file",
  fileHint: (max: number) => `When a file is chosen, the names above are not used. At most ${n(max)} rows at once.`,
  threshold: "Match threshold",
  thresholdHint: (defaultValue: number) =>
    `A result scoring at or above it is a match. ${defaultValue.toFixed(2)} is the default; lower finds more, with more false positives.`,
  submit: "Screen",
  running: "Screening…",
  progress: (done: number, total: number) => `${n(done)} of ${n(total)} screened`,
  download: "Download results (CSV)",
  summary: (rows: number, matched: number) =>
    `${n(rows)} ${rows === 1 ? "row" : "rows"} screened, ${n(matched)} with a match at or above the threshold.`,
  nothingToScreen: "Paste at least one name or choose a file.",
  requestFailed: (reason: string) => `Screening stopped: ${reason} The rows screened so far are below.`,
  networkFailed: "Screening stopped: the server could not be reached. The rows screened so far are below.",
  fileProblem: (p: FileProblem): string => {
    switch (p.code) {
      case "empty":
        return "The file is empty.";
      case "notText":
        return "The file could not be read as text. Save it as CSV (UTF-8) and choose it again.";
      case "noNameColumn":
        return `The file has no name column. Its first row holds: ${p.columns.length ? p.columns.join(", ") : "nothing"}. Name one column "name".`;
      case "tooManyRows":
        return `The file holds ${n(p.rows)} rows; screen at most ${n(p.max)} at once.`;
    }
  },
  rowProblemsTitle: "Rows not screened",
  rowProblem: (p: RowProblem): string => {
    switch (p.code) {
      case "noName":
        return `Row ${p.row}: no name, IMO or identifier.`;
      case "badKind":
        return `Row ${p.row}: kind "${p.value}" is not individual, organization, vessel or aircraft.`;
      case "badCountry":
        return `Row ${p.row}: "${p.value}" is not a country code or an English country name.`;
      case "badBirthDate":
        return `Row ${p.row}: birth date "${p.value}" is not YYYY, YYYY-MM or YYYY-MM-DD.`;
      case "badCsv":
        return `Row ${p.row}: ${p.detail}.`;
    }
  },
  table: {
    caption: "Screening results, one row per input",
    row: "Row",
    input: "Input",
    matches: "Best matches",
    score: "Score",
    noMatch: "No candidate above the floor.",
    match: "Match",
    belowThreshold: "Below threshold",
    why: "Why",
    designations: "Designations",
    /** A designation on the day screened (POST /api/match `designations[].state`). */
    states: { in_force: "in force", delisted: "delisted", unknown: "date not known", not_yet: "not yet in force" },
  },
  /** Column headers of the downloaded CSV. */
  csv: {
    row: "row",
    input: "input_name",
    entity: "matched_entity",
    url: "entity_url",
    score: "score",
    match: "match",
    why: "explanation",
    designations: "designations",
    threshold: "threshold",
  },
};

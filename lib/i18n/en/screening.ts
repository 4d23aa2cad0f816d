const n = (x: number) => x.toLocaleString("en-US");

/**
 * Words for the /screen page: batch screening of pasted names or a CSV file.
 * The form runs in the browser and gets these words as props from the page,
 * so what it fills in at run time is a template (`{done}`: lib/screening/words.ts
 * fill()) rather than a function, which could not be sent.
 */
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
  progress: "{done} of {total} screened",
  download: "Download results (CSV)",
  summary: {
    one: "{rows} row screened, {matched} with a match at or above the threshold.",
    other: "{rows} rows screened, {matched} with a match at or above the threshold.",
  },
  nothingToScreen: "Paste at least one name or choose a file.",
  requestFailed: "Screening stopped: {reason} The rows screened so far are below.",
  networkFailed: "Screening stopped: the server could not be reached. The rows screened so far are below.",
  /** Why a file was not screened, by FileProblem code (lib/screening/input.ts). */
  fileProblem: {
    empty: "The file is empty.",
    notText: "The file could not be read as text. Save it as CSV (UTF-8) and choose it again.",
    noNameColumn: 'The file has no name column. Its first row holds: {columns}. Name one column "name".',
    /** {columns} of noNameColumn when the first row is empty. */
    noColumns: "nothing",
    tooManyRows: "The file holds {rows} rows; screen at most {max} at once.",
  },
  rowProblemsTitle: "Rows not screened",
  /** Why a row was not screened, by RowProblem code. */
  rowProblem: {
    noName: "Row {row}: no name, IMO or identifier.",
    badKind: 'Row {row}: kind "{value}" is not individual, organization, vessel or aircraft.',
    badCountry: 'Row {row}: "{value}" is not a country code or an English country name.',
    badBirthDate: 'Row {row}: birth date "{value}" is not YYYY, YYYY-MM or YYYY-MM-DD.',
    badCsv: "Row {row}: {detail}.",
  },
  /** The CSV reader's complaint ({detail} of badCsv) by papaparse's error code; {detail} is its own English message. */
  csvErrors: {
    MissingQuotes: "{detail}",
    InvalidQuotes: "{detail}",
    TooFewFields: "{detail}",
    TooManyFields: "{detail}",
    UndetectableDelimiter: "{detail}",
  } as Record<string, string>,
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

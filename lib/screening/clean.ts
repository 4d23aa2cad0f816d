import type { EntityKind } from "@/lib/domain/vocabulary";

/**
 * The text around a counterparty's name that is not its name: what a payment
 * message, a charter party or a customer file writes next to it. Set aside
 * before matching, and said (`setAside`), so that "BENEFICIARY:" or "M/T" never
 * counts as a word of the name and "(Dubai Branch)" does not make a listed
 * bank look like another company.
 */
export type CleanedName = {
  /** The names the text holds: "X ex Y" and "X (f.k.a. Y)" are two. */
  names: string[];
  /** What was set aside, as written ("BENEFICIARY:", "M/T", "(Dubai Branch)"). */
  setAside: string[];
};

/**
 * Payment-message labels: SWIFT MT field tags (":59:", "50K:"), structured
 * name lines ("/NAME/", "1/"), and the labels people type in front of a name.
 */
const LABEL = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`:?\d{2}[A-Z]?:`, // :59:, 50K:
      String.raw`\/NAME\/`,
      String.raw`[1-8]\/(?=\S)`, // MT structured lines: 1/NAME, 2/ADDRESS
      String.raw`(?:ULTIMATE\s+|ORDERING\s+|INTERMEDIARY\s+)?(?:BENEFICIARY|ORDERING|BENEFICIAL\s+OWNER|CUSTOMER|CREDITOR|DEBTOR|PAYEE|PAYER|REMITTER|APPLICANT|CONSIGNEE|CONSIGNOR|SHIPPER|NOTIFY\s+PARTY|COUNTERPARTY|OWNER|OPERATOR|CHARTERER|MANAGER|VESSEL|SHIP|COMPANY|NAME)(?:\s+(?:CUSTOMER|INSTITUTION|BANK|PARTY|NAME|ACCOUNT(?:\s+NAME)?))?\s*(?:NAME\s*)?(?:[:=]|\s-\s)`,
      String.raw`ACCOUNT\s+(?:HOLDER|NAME)\s*[:=]`,
    ].join("|") +
    String.raw`)\s*`,
  "i",
);

/** A line that is only an account number ("/DE89370400440532013000", "ACC 12345678"). */
const ACCOUNT_LINE = /^\s*(?:\/[A-Z0-9 -]+|(?:ACC(?:OUNT)?|IBAN)\s*(?:NO\.?)?\s*[:#]?\s*[A-Z0-9 -]+)\s*$/i;

/** Vessel prefixes: motor vessel, motor tanker, steamship, yacht, fishing vessel, gas carriers. */
const VESSEL_PREFIX =
  /^\s*(M\s*\/\s*[VTY]|M\.\s*[VTY]\.?|MV|MT|MY|SS|S\/S|S\.S\.|FV|F\/V|TB|LPG\s*\/\s*C|LNG\s*\/\s*C|RV|R\/V|M\/S|MS)\.?\s+(?=\S)/i;

/** "ex", "f.k.a.", "formerly" between two names (not inside a word: "Rex", "Exxon"). */
const FORMER = /\s*[([]?\s*\b(?:ex[-.:\s]+|f\.?\s*k\.?\s*a\.?[\s:]+|formerly(?:\s+known\s+as)?[\s:]+|a\.?\s*k\.?\s*a\.?[\s:]+)/i;

/** A parenthesis that annotates rather than names: a branch, an office, a port. */
const ANNOTATION = /\s*[([][^()[\]]*\b(?:branch|office|port|representative|rep\.|agency|in\s+liquidation)\b[^()[\]]*[)\]]/gi;

/** A trailing branch: ", Singapore Branch", " - Dubai Branch", " Singapore Branch" (one word for the place). */
const TRAILING_BRANCH = /(?:\s*[,;–-]\s*[^,;–-]*|\s+\S+)\s+branch(?:\s+office)?\s*$|\s*[,;–-]\s*branch(?:\s+office)?\s*$/i;

/**
 * A counterparty's name as written to the names it holds, with what was not
 * name set aside. `kind` keeps vessel prefixes for entities that are not
 * vessels ("MS" is not a prefix of a person's name).
 */
export function cleanQueryName(raw: string, kind?: EntityKind): CleanedName {
  const setAside: string[] = [];
  // A payment message writes the name on the first line that is neither a label alone nor an account.
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  let text = "";
  for (const line of lines) {
    let rest = line;
    for (let m = LABEL.exec(rest); m && m[0].length > 0; m = LABEL.exec(rest)) {
      setAside.push(m[0].trim());
      rest = rest.slice(m[0].length);
    }
    if (rest === "") continue;
    if (ACCOUNT_LINE.test(rest) && /\d/.test(rest)) {
      setAside.push(rest);
      continue;
    }
    text = rest;
    break;
  }
  text = text.replace(ANNOTATION, (m) => {
    setAside.push(m.trim());
    return " ";
  });
  const parts = splitFormer(text);
  const names: string[] = [];
  for (let part of parts) {
    part = part.replace(/[)\]]\s*$/, "").trim();
    const branch = TRAILING_BRANCH.exec(part);
    if (branch && branch.index > 0) {
      setAside.push(branch[0].replace(/^[\s,;–-]+/, ""));
      part = part.slice(0, branch.index).trim();
    }
    if (kind === undefined || kind === "vessel") {
      const prefix = VESSEL_PREFIX.exec(part);
      if (prefix) {
        setAside.push(prefix[1]!);
        part = part.slice(prefix[0].length);
      }
    }
    part = part.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, "");
    if (part !== "") names.push(part);
  }
  return { names, setAside };
}

/** "X ex Y", "X (ex-Y)", "X f.k.a. Y": X and Y. */
function splitFormer(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (;;) {
    const m = FORMER.exec(rest);
    // Not at the start: "Ex" opening a name is the name's own word.
    if (!m || m.index === 0 || rest.slice(0, m.index).trim() === "") break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out;
}

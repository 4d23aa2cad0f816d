import "server-only";
import { asc, eq } from "drizzle-orm";
import { authorities, lists, type BuiltInListKey, type ListKey } from "@/db/schema";
import type { DbOrTx } from "@/db/connection";
import type { AuthorityInput } from "@/lib/commands/reference";
import { LIST_NAME_MAX, LIST_NAME_PATTERN, isBuiltInList } from "@/lib/domain/vocabulary";
import type { ListRecord } from "./types";

/** What the tracker knows of each official list it imports. */
export type ListDefinition = {
  key: ListKey;
  label: string;
  /** Refs of its records read `<prefix>:<record id>`: ofac:24508, un:KPi.066. */
  refPrefix: string;
  /** Which authority designates a record of this list. */
  authorityOf: (record: ListRecord) => string;
  /** The authorities its records need, created if the database lacks them. */
  authorities: AuthorityInput[];
  /**
   * Raised whenever its parser reads the same files into different records (a
   * date format it now reads, say). Files already imported by an older
   * version are then read again rather than confirmed unchanged, so an
   * existing database gets what the fix reads, through the same import.
   */
  parserVersion: number;
  /**
   * Whether a record's `remarks` are the list's own words (OFAC Remarks, UN
   * COMMENTS1), or text the parser put together from several fields (DPL).
   */
  remarksVerbatim: boolean;
  /**
   * Set for a list its first import creates (`import ftm --list <name>`): the
   * run writes its `lists` row (and its own authority) in its transaction, so a
   * refused file leaves no list behind.
   */
  create?: { format: "ftm"; ownAuthority: boolean };
};

const US_OFAC = { code: "US-OFAC", name: "United States, Treasury Office of Foreign Assets Control", country: "US" };
const UN_1718 = { code: "UN-1718", name: "United Nations Security Council 1718 Committee (DPRK)", country: null };
const UN_SC = { code: "UN-SC", name: "United Nations Security Council sanctions committees", country: null };
const US_BIS = { code: "US-BIS", name: "United States, Commerce Bureau of Industry and Security (export controls)", country: "US" };

export const LISTS: Record<BuiltInListKey, ListDefinition> = {
  "ofac-sdn": {
    key: "ofac-sdn",
    label: "OFAC Specially Designated Nationals (SDN) list",
    refPrefix: "ofac",
    authorityOf: () => US_OFAC.code,
    authorities: [US_OFAC],
    parserVersion: 1,
    remarksVerbatim: true,
  },
  "ofac-consolidated": {
    key: "ofac-consolidated",
    label: "OFAC Consolidated Sanctions (non-SDN) list",
    // Its record numbers are not promised to be distinct from the SDN list's.
    refPrefix: "ofac-cons",
    authorityOf: () => US_OFAC.code,
    authorities: [US_OFAC],
    parserVersion: 1,
    remarksVerbatim: true,
  },
  "un-consolidated": {
    key: "un-consolidated",
    label: "UN Security Council Consolidated List",
    refPrefix: "un",
    // The DPRK regime is the 1718 Committee's; the others share one authority, told apart by program.
    authorityOf: (r) => (r.programs.includes("DPRK") ? UN_1718.code : UN_SC.code),
    authorities: [UN_1718, UN_SC],
    // 2: LISTED_ON with a time zone ("2015-03-27-04:00"); an alias's birth year alone.
    parserVersion: 2,
    remarksVerbatim: true,
  },
  "bis-dpl": {
    key: "bis-dpl",
    label: "BIS Denied Persons List",
    refPrefix: "dpl",
    authorityOf: () => US_BIS.code,
    authorities: [US_BIS],
    parserVersion: 1,
    remarksVerbatim: false,
  },
};

/** Raised with each change to how the FtM reader maps an entity onto a record (lib/importers/parsers/ftm.ts). */
export const FTM_PARSER_VERSION = 1;

/** Ref prefixes a created list may not take: the built-in lists' and the default data's. */
const RESERVED_PREFIXES = new Set([...Object.values(LISTS).map((l) => l.refPrefix), "seed", "st"]);

/** A created list's label: its name, as the user gave it. */
export const createdListLabel = (key: string) => `${key} list`;

/** A built-in list's definition, or undefined for a list an import created. */
export const builtInList = (key: ListKey): ListDefinition | undefined => (isBuiltInList(key) ? LISTS[key] : undefined);

function createdList(row: typeof lists.$inferSelect, authority: AuthorityInput): ListDefinition {
  return {
    key: row.key,
    label: row.label,
    refPrefix: row.key,
    authorityOf: () => row.authorityCode,
    authorities: [authority],
    parserVersion: FTM_PARSER_VERSION,
    remarksVerbatim: false,
  };
}

function createdLists(db: DbOrTx, key?: string): ListDefinition[] {
  const rows = db
    .select({ list: lists, authority: authorities })
    .from(lists)
    .innerJoin(authorities, eq(authorities.code, lists.authorityCode))
    .where(key === undefined ? undefined : eq(lists.key, key))
    .orderBy(asc(lists.key))
    .all();
  return rows.map((r) => createdList(r.list, r.authority));
}

/** The definition of a list: a built-in one, or one an import created. */
export function listDefinition(db: DbOrTx, key: ListKey): ListDefinition | undefined {
  return isBuiltInList(key) ? LISTS[key] : createdLists(db, key)[0];
}

/** Every list the tracker knows: the built-in ones, then those imports created, by name. */
export function knownLists(db: DbOrTx): ListDefinition[] {
  return [...Object.values(LISTS), ...createdLists(db)];
}

/** What is wrong with a name given to --list, or null when it can name a list. */
export function listNameProblem(name: string): string | null {
  if (name.length < 2 || name.length > LIST_NAME_MAX || !LIST_NAME_PATTERN.test(name)) {
    return `--list takes a lowercase name of 2 to ${LIST_NAME_MAX} letters, digits and single hyphens, starting with a letter (such as "acme-blocked"), not "${name}"`;
  }
  if (isBuiltInList(name)) return `"${name}" is a built-in list, imported by its own format`;
  if (RESERVED_PREFIXES.has(name)) return `"${name}" is the ref prefix of another list's records; choose another name`;
  return null;
}

/** The list a FtM import could not use as asked (the reason in words); nothing has been written. */
export class ListChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListChoiceError";
  }
}

const AUTHORITY_CODE = /^[A-Z0-9-]{2,20}$/;

/**
 * The list `import ftm --list <name> [--authority CODE]` imports into: the
 * list of that name when an earlier import created it (the authority, if
 * given, must be the one it was created with), else a list to create. A new
 * list is one authority's when --authority names it (an authority the
 * database lacks is created under its code), else it stands as its own
 * source: an authority of its own, coded as the name in capitals.
 */
export function ftmListFor(db: DbOrTx, name: string, authorityCode?: string): ListDefinition {
  const problem = listNameProblem(name);
  if (problem) throw new ListChoiceError(problem);
  const existing = listDefinition(db, name);
  if (existing) {
    const code = existing.authorityOf({} as ListRecord);
    if (authorityCode !== undefined && authorityCode !== code) {
      throw new ListChoiceError(
        `the ${existing.label} was created as ${code}'s; import it without --authority or with --authority ${code}`,
      );
    }
    return existing;
  }
  if (authorityCode !== undefined && !AUTHORITY_CODE.test(authorityCode)) {
    throw new ListChoiceError(
      `--authority takes an authority code of 2 to 20 capitals, digits and hyphens (such as US-OFAC), not "${authorityCode}"`,
    );
  }
  const own = authorityCode === undefined;
  const code = authorityCode ?? name.toUpperCase();
  const known = db.select().from(authorities).where(eq(authorities.code, code)).get();
  if (own && known) {
    throw new ListChoiceError(
      `a new list named "${name}" would stand as its own authority ${code}, but that is an authority already (${known.name}); give --authority ${code} if the list is its, or choose another name`,
    );
  }
  const label = createdListLabel(name);
  const authority: AuthorityInput = known ?? { code, name: own ? label : code, country: null };
  return {
    ...createdList({ key: name, label, format: "ftm", authorityCode: code, ownAuthority: own, createdAt: "" }, authority),
    create: { format: "ftm", ownAuthority: own },
  };
}

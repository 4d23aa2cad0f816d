import "server-only";
import type { ListKey } from "@/db/schema";
import type { AuthorityInput } from "@/lib/commands/reference";
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
};

const US_OFAC = { code: "US-OFAC", name: "United States, Treasury Office of Foreign Assets Control", country: "US" };
const UN_1718 = { code: "UN-1718", name: "United Nations Security Council 1718 Committee (DPRK)", country: null };
const UN_SC = { code: "UN-SC", name: "United Nations Security Council sanctions committees", country: null };
const US_BIS = { code: "US-BIS", name: "United States, Commerce Bureau of Industry and Security (export controls)", country: "US" };

export const LISTS: Record<ListKey, ListDefinition> = {
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

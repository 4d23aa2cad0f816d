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
    remarksVerbatim: true,
  },
  "ofac-consolidated": {
    key: "ofac-consolidated",
    label: "OFAC Consolidated Sanctions (non-SDN) list",
    // Its record numbers are not promised to be distinct from the SDN list's.
    refPrefix: "ofac-cons",
    authorityOf: () => US_OFAC.code,
    authorities: [US_OFAC],
    remarksVerbatim: true,
  },
  "un-consolidated": {
    key: "un-consolidated",
    label: "UN Security Council Consolidated List",
    refPrefix: "un",
    // The DPRK regime is the 1718 Committee's; the others share one authority, told apart by program.
    authorityOf: (r) => (r.programs.includes("DPRK") ? UN_1718.code : UN_SC.code),
    authorities: [UN_1718, UN_SC],
    remarksVerbatim: true,
  },
  "bis-dpl": {
    key: "bis-dpl",
    label: "BIS Denied Persons List",
    refPrefix: "dpl",
    authorityOf: () => US_BIS.code,
    authorities: [US_BIS],
    remarksVerbatim: false,
  },
};

export { parseOfacSdn, parseOfacConsolidated } from "./ofac";
export { parseOfacRemarks, splitRemarks, parseDob, type RemarksFacts } from "./ofac-remarks";
export { parseUnConsolidated } from "./un";
export { parseDenyList, dplKind, dplRecordId } from "./dpl";
export { countryCode, countryOrName, countryFromCode, parseListDate, parseUsDate, parseIsoDate } from "./countries";

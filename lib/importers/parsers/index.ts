import "server-only";
export { parseOfacSdn, parseOfacConsolidated, ofacSdnFiles, ofacConsolidatedFiles } from "./ofac";
export { fileInfo } from "./source";
export { parseOfacRemarks, splitRemarks, parseDob, type RemarksFacts } from "./ofac-remarks";
export { parseUnConsolidated } from "./un";
export { parseDenyList, dplKind, dplRecordId } from "./dpl";
export { countryCode, countryOrName, countryFromCode } from "./countries";
export { parseListDate, parseUsDate, parseIsoDate, parseYear } from "./dates";

/**
 * Names the data gives the things it refers to: authorities (by code), the
 * official lists (by key), the control lists (by key) and what they count.
 * They are the data's words, and an English page shows them exactly as the
 * data has them; another language's catalog names the ones it knows in its
 * own words and falls back to the data's for the rest (lib/i18n/ko/reference-names.ts).
 */
export const referenceNames = {
  /** An authority's name, given its code and the name the data has for it. */
  authority: (_code: string, dataName: string) => dataName,
  /** An official list's title, given its key and the label the tracker has for it. */
  list: (_key: string, dataLabel: string) => dataLabel,
  /** A control list's title, given its key and the data's name. */
  controlList: (_key: string, dataName: string) => dataName,
  /** A program's name, given its code and the data's name. */
  program: (_code: string, dataName: string) => dataName,
  /** Programs where only their code is at hand (screening results give codes): a name for each code the catalog knows; none in English, which shows the code. */
  programsByCode: (): Record<string, string> => ({}),
  /** Who else publishes a control list, given its key and the data's note. */
  controlListNote: (_key: string, dataNote: string) => dataNote,
  /** What a control list counts ("items", "HS 6-digit codes"): its unit or a revision's count basis, as the data words it. */
  unit: (dataUnit: string) => dataUnit,
};

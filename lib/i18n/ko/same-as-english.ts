/**
 * Catalog entries that read the same in Korean as in English: proper nouns,
 * codes and formats a Korean reader uses as they are. The catalog test
 * (tests/i18n-catalogs.test.ts) fails on any other Korean entry equal to its
 * English one, and on an entry listed here that is no longer equal.
 */
export const SAME_IN_KOREAN: ReadonlySet<string> = new Set([
  // The product's name.
  "common.siteName",
  "home.title",
  "exports.feed.author",
  // Names of formats, codes and standards.
  "common.footerLinks.api",
  "apiDocs.title",
  "exports.csv",
  "entities.detail.identifierType.mmsi",
  "sources.run.filesColumns.sha256",
  "entities.detail.listShort.ofac-sdn",
  "entities.detail.listShort.bis-dpl",
  "history.datePlaceholder",
  // A command, typed as it is.
  "admin.home.importsCommand",
  // Punctuation: a dash for "none", the end of a parenthesis.
  "entities.detail.script.Zyyy",
  "search.script.Zyyy",
  "announcements.detail.notDelisted",
  "exportControls.notGiven",
  "exportControls.reportedAfter",
  "admin.audit.noReason",
  "admin.users.noName",
]);

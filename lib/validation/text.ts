/**
 * Characters no typed text holds: C0 and C1 control characters (a tab, line
 * feed and carriage return aside, which a text area sends), DEL, U+FFFD (what
 * a decoder puts for bytes that were not UTF-8) and lone UTF-16 surrogates
 * (SQLite would store them as U+FFFD). Such text came from a broken encoding
 * or a crafted request; kept, it would be stored, shown and exported (an XML
 * feed cannot even hold a control character).
 */
const UNREADABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNREADABLE_ALL = new RegExp(UNREADABLE.source, "g");

/** `text` with each such character shown as U+FFFD, to quote it back to the reader. */
export const showable = (text: string) => text.replace(UNREADABLE_ALL, "\uFFFD");

/** Whether `text` holds a character no typed text holds (see above). */
export function hasUnreadableCharacters(text: string): boolean {
  return UNREADABLE.test(text);
}

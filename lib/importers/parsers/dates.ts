import "server-only";
import type { UnreadDate } from "../types";

/**
 * The dates official lists write, read into ISO partial dates (YYYY,
 * YYYY-MM, YYYY-MM-DD) at the precision the list gives: a day is never
 * invented. A value none of these read is reported by the parser that met it
 * (ParsedList.unreadDates), never dropped in silence.
 */

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

function validDay(year: string, month: string, day: string): boolean {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

function isMonthName(word: string): boolean {
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  return full.includes(word.toLowerCase()) || word.toLowerCase() === "sept";
}

/**
 * "28 Jul 1963" → "1963-07-28", "Jul 1963" → "1963-07", "1963" → "1963"
 * (full month names too); anything else → undefined.
 */
export function parseListDate(text: string): string | undefined {
  const m = /^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [, day, monthName, year] = m;
  if (!monthName) return day ? undefined : year;
  const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
  if (!month || (monthName.length > 3 && !isMonthName(monthName))) return undefined;
  if (!day) return `${year}-${month}`;
  const dd = day.padStart(2, "0");
  return validDay(year!, month, dd) ? `${year}-${month}-${dd}` : undefined;
}

/** "10/16/2017" (MM/DD/YYYY) → "2017-10-16"; anything else → undefined. */
export function parseUsDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = m[1]!.padStart(2, "0");
  const day = m[2]!.padStart(2, "0");
  return validDay(m[3]!, month, day) ? `${m[3]}-${month}-${day}` : undefined;
}

/**
 * An XML Schema date or dateTime → its calendar date: "2016-03-02",
 * "2016-03-02T00:00:09.554Z", and a date with its time zone, "2015-03-27-04:00"
 * or "2015-03-27Z" (the UN list writes some of these; the day is the one
 * written, in that zone). Anything else → undefined.
 */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|Z$|[+-]\d{2}:\d{2}$)/.exec(text.trim());
  if (!m || !validDay(m[1]!, m[2]!, m[3]!)) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** "1962" → "1962"; anything else → undefined. */
export function parseYear(text: string): string | undefined {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? t : undefined;
}

/** Where a date was met: the record, and its place in the file. */
export type DatePlace = Omit<UnreadDate, "field" | "value">;

/** Reads a list's dates with the reader each field needs, keeping every value it could not read. */
export class DateReader {
  readonly unread: UnreadDate[] = [];

  /** The value read, or undefined: for an empty field, or (reported) for one no reader understands. */
  read(place: DatePlace, field: string, text: string, parse: (text: string) => string | undefined = parseIsoDate): string | undefined {
    const value = text.trim();
    if (!value) return undefined;
    const date = parse(value);
    if (!date) this.unread.push({ ...place, field, value });
    return date;
  }
}

/** A date or a span the list gives for one ("01 Jan 2015 to 31 Dec 2015") → its first date. */
export function parseListDateOrSpan(text: string): string | undefined {
  const span = /^(.+?)\s+to\s+(.+)$/.exec(text.trim());
  if (!span) return parseListDate(text);
  const from = parseListDate(span[1]!);
  return from && parseListDate(span[2]!) ? from : undefined;
}

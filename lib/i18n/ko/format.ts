/**
 * How the Korean catalog writes dates and timestamps. The tracker keeps dates
 * as ISO text, possibly partial (2024, 2024-07, 2024-07-01); a Korean reader
 * reads them as 2024년, 2024년 7월, 2024년 7월 1일. Anything else is shown as given.
 */
const dayFormat = new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", timeZone: "UTC" });
const yearFormat = new Intl.DateTimeFormat("ko-KR", { year: "numeric", timeZone: "UTC" });

/** 2024-07-01 → 2024년 7월 1일; 2024-07 → 2024년 7월; 2024 → 2024년. */
export function koDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  // Not a day of the calendar (2024-13-40 would roll over into 2025): shown as given.
  if (date.getUTCMonth() !== Number(mo ?? 1) - 1 || date.getUTCDate() !== Number(d ?? 1)) return iso;
  return (d ? dayFormat : mo ? monthFormat : yearFormat).format(date);
}

/** A tracker timestamp (2026-02-27T14:05:00Z) as 2026년 2월 27일 14:05 UTC; a bare date as koDate. */
export function koTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${koDate(m[1]!)} ${m[2]} UTC` : koDate(iso);
}

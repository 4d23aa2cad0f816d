/**
 * How the interface writes numbers, times, long texts and lists. The message
 * catalog (`lib/i18n/en/`) holds the words and calls these for the rest.
 */

/** Numbers as the interface writes them: 1,402. */
const numberFormat = new Intl.NumberFormat("en-US");

/** A stored value (from JSON) as text: strings as they are, numbers and booleans written out, anything else as JSON. */
export function plainText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return v == null ? "" : JSON.stringify(v);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A tracker timestamp as the admin pages show it: 2026-02-27 14:05 UTC (anything else as given). */
export function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** A text cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "A", "A and B", "A, B and C" (`and` is the catalog's word). */
export function joinList(parts: string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} ${and} ${parts.at(-1)}`;
}

/**
 * A program by its name, with its code when the code says more: a code made
 * from the name (ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA) would only repeat it.
 */
export function programLabel(name: string, code: string): string {
  return name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "") === code
    ? name
    : `${name} (${code})`;
}

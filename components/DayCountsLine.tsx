import { Link } from "@/components/Link";
import type { DayCounts } from "@/lib/read/in-force";
import { getMessages } from "@/lib/i18n/request";
import { formatNumber } from "@/lib/format";

/**
 * What a past-date view rests on: how many entities were in force, how many of
 * those only by a first-seen date, and how many it cannot place on the day
 * (linked, so they are one click away rather than dropped).
 */
export async function DayCountsLine({ counts, asOf, href }: { counts: DayCounts; asOf: string; href: (status: "unknown") => string }) {
  const messages = await getMessages();
  const t = messages.entities.list.day;
  return (
    <>
      <p>
        <strong>{t.inForce(formatNumber(counts.inForce), asOf)}</strong>
        {counts.onFirstSeen > 0 ? <span> · {t.onFirstSeen(formatNumber(counts.onFirstSeen))}</span> : null}
      </p>
      {counts.unknown > 0 ? (
        <p>
          <Link href={href("unknown")}>{t.unknown(formatNumber(counts.unknown), asOf)}</Link>
        </p>
      ) : null}
    </>
  );
}

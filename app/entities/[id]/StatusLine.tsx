import { Link } from "@/components/Link";
import type { EntityDetail } from "@/lib/read";
import type { Start } from "@/lib/read/entity-status";
import { getMessages } from "@/lib/i18n/request";

/**
 * The first thing an analyst needs: sanctioned now or not, by whom, since
 * when; then how fresh the official lists behind it are, since "now" is only
 * as current as the latest publication imported.
 */
export async function StatusLine({ entity }: { entity: Pick<EntityDetail, "status" | "listRecords"> }) {
  const messages = await getMessages();
  const t = messages.entities.detail.status;
  const { status } = entity;
  const since = (s: Start) => (s.kind === "unknown" ? t.since.unknown : t.since[s.kind](s.date));
  const sentence =
    status.state === "inForce"
      ? t.inForce(status.authorities.map((a) => t.authority(a.code, since(a.since) + (a.until ? t.until(a.until) : ""))))
      : status.state === "notYet"
        ? t.notYet(status.authorities)
        : status.state === "delisted"
          ? t.delisted(status.since, status.delistings)
          : t.none;
  const tone = status.state === "inForce" ? "" : "status-not-in-force";
  const evidence = entity.listRecords.filter((r) => r.lastSeenIn);

  return (
    <section aria-label={t.label} className={`notice status-line ${tone}`.trim()}>
      <p className="status-sentence">{sentence}</p>
      {evidence.map((r) => {
        const words = r.removedOn ? t.goneFrom : t.onList;
        const date = r.removedOn ?? r.lastSeenIn!.publishedOn ?? "";
        return (
          <p key={`${r.listKey}:${r.recordId}`} className="small">
            {words.before}
            <Link href={`/imports/${r.lastSeenIn!.runId}`}>{words.link(messages.referenceNames.list(r.listKey, r.label), date)}</Link>
            {words.after(r.recordId)}
          </p>
        );
      })}
    </section>
  );
}

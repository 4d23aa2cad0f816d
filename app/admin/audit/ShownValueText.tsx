import { Link } from "@/components/Link";
import type { ShownValue } from "@/lib/read/audit-values";
import { getMessages } from "@/lib/i18n/request";

/**
 * A value of the audit log: the words of the catalog (`admin.shown`), with a
 * link where the value names something that has a page (an entity, an
 * announcement) or a web address (a source), and dates marked up as dates.
 */
export async function ShownValueText({ value: v }: { value: ShownValue }) {
  const { admin } = await getMessages();
  switch (v.kind) {
    case "none":
      return <span className="muted">{admin.shown(v)}</span>;
    case "date":
      return <time dateTime={v.value}>{admin.shown(v)}</time>;
    case "timestamp":
      return <time dateTime={v.value}>{admin.shown(v)}</time>;
    case "entity":
      return <Link href={`/entities/${v.id}`}>{admin.shown(v)}</Link>;
    case "announcement":
      return <Link href={`/announcements/${encodeURIComponent(v.id)}`}>{admin.shown(v)}</Link>;
    case "source":
      return v.url && /^https?:\/\//i.test(v.url) ? (
        <a href={v.url} rel="noopener noreferrer external">
          {v.title ?? v.url.replace(/^https?:\/\/(www\.)?/, "")}
        </a>
      ) : (
        <cite>{admin.shown(v)}</cite>
      );
    default:
      return <>{admin.shown(v)}</>;
  }
}

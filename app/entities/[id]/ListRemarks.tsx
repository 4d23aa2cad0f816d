import { Link } from "@/components/Link";
import type { EntityDetail } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";

/** Each list's remarks on the entity's record, as the list wrote them, with the publication they come from. */
export async function ListRemarks({ records }: { records: EntityDetail["listRecords"] }) {
  const messages = await getMessages();
  const t = messages.entities.detail;
  const withRemarks = records.filter((r) => r.remarks);
  if (withRemarks.length === 0) return null;
  return (
    <section aria-labelledby="list-remarks">
      <h2 id="list-remarks">{t.listRemarks}</h2>
      <p className="muted small">{t.listRemarksLede}</p>
      {withRemarks.map((r) => {
        const words = r.remarksVerbatim ? t.remarksIn : t.fieldsIn;
        const label = words.link(messages.referenceNames.list(r.listKey, r.label), r.lastSeenIn?.publishedOn ?? t.publicationDateUnknown);
        return (
          <figure key={`${r.listKey}:${r.recordId}`} className="remarks">
            <figcaption>
              {words.before}
              {r.lastSeenIn ? <Link href={`/imports/${r.lastSeenIn.runId}`}>{label}</Link> : label}
              {words.after(r.recordId, r.removedOn)}
            </figcaption>
            {/* Shown exactly as stored: never reworded, split or trimmed. */}
            <blockquote lang="en">{r.remarks}</blockquote>
          </figure>
        );
      })}
    </section>
  );
}

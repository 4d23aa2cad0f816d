import Link from "next/link";
import type { ChangeItem } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { DateText } from "./DateText";
import { SourceLinks } from "./SourceLinks";

const m = getMessages();

/**
 * Changes as a timeline: when it happened in the world (or, failing that, when
 * it was recorded), what happened to which subject, who recorded it and from
 * which source. Used by the home page, /history and entity timelines.
 */
export function ChangeList({ items, showEntity = true }: { items: ChangeItem[]; showEntity?: boolean }) {
  return (
    <ol className="timeline">
      {items.map((c) => (
        <li key={c.id}>
          <div>
            <strong>
              <DateText value={c.occurredOn ?? c.recordedAt.slice(0, 10)} />
            </strong>{" "}
            {showEntity && c.entity ? (
              <>
                <Link href={`/entities/${c.entity.id}`}>{c.entity.name}</Link>
                {": "}
              </>
            ) : null}
            {c.href && !(showEntity && c.entity) && c.title ? (
              <Link href={c.href}>{m.changes.describe(c)}</Link>
            ) : (
              m.changes.describe(c)
            )}
          </div>
          {c.reason ? (
            <div className="small">
              {m.changes.reason}: {c.reason}
            </div>
          ) : null}
          <div className="small muted">
            {m.common.recordedAt(c.recordedAt, m.common.actor(c.actor))}
            {c.source ? (
              <>
                {" · "}
                <SourceLinks sources={[c.source]} inline />
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

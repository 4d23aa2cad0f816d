import { nameShown } from "@/lib/domain/heading-names";
import { Link } from "@/components/Link";
import type { ChangeItem } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { langOfDataText } from "@/lib/domain/script";
import { DataText } from "./DataText";
import { DateText } from "./DateText";
import { SourceLinks } from "./SourceLinks";

/**
 * Edits to a record made by one command (a record created with its names,
 * identifiers and details) arrive as consecutive rows with one timestamp and
 * actor: they are shown as one entry with its details beneath.
 */
function group(items: ChangeItem[]): { head: ChangeItem; rest: ChangeItem[] }[] {
  const groups: { head: ChangeItem; rest: ChangeItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (
      last &&
      item.category === "entity" &&
      last.head.category === "entity" &&
      last.head.recordedAt === item.recordedAt &&
      last.head.actor === item.actor &&
      last.head.entity?.id === item.entity?.id
    ) {
      if (item.action === "entity.create") {
        last.rest.unshift(last.head);
        last.head = item;
      } else {
        last.rest.push(item);
      }
    } else {
      groups.push({ head: item, rest: [] });
    }
  }
  return groups;
}

/** What happened, with the entity on the other side (a relationship, a possible match) linked. */
async function Description({ item }: { item: ChangeItem }) {
  const m = await getMessages();
  const text = m.changes.describe(item);
  // An event's title alone, in the data's words: marked as such on a Korean page.
  if (text === item.title) return <DataText text={text} />;
  // The catalog names the other entity as the page shows it (`nameShown`): find that name to link it.
  const name = item.related ? nameShown(item.related, m.locale) : "";
  const at = item.related ? text.lastIndexOf(name) : -1;
  if (!item.related || at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <Link href={`/entities/${item.related.id}`}>{name}</Link>
      {text.slice(at + name.length)}
    </>
  );
}

/**
 * Changes as a timeline: when it happened in the world (or, failing that, when
 * it was recorded), what happened to which subject, who recorded it and from
 * which source; record keeping (shown only when asked for) is marked as such.
 * Used by the home page, /history and entity timelines.
 */
export async function ChangeList({ items, showEntity = true }: { items: ChangeItem[]; showEntity?: boolean }) {
  const m = await getMessages();
  return (
    <ol className="timeline">
      {group(items).map(({ head: c, rest }) => (
        <li key={c.id}>
          <div>
            <strong>
              <DateText value={c.occurredOn ?? c.recordedAt.slice(0, 10)} />
            </strong>{" "}
            {c.class === "record" ? (
              <>
                <span className="badge badge-off">{m.changes.recordKeeping.badge}</span>{" "}
              </>
            ) : null}
            {showEntity && c.entity ? (
              <>
                <Link href={`/entities/${c.entity.id}`}>{nameShown(c.entity, m.locale)}</Link>
                {": "}
              </>
            ) : null}
            {c.href && !(showEntity && c.entity) && c.title ? (
              <Link href={c.href} lang={m.changes.describe(c) === c.title ? langOfDataText(c.title, m.locale) : undefined}>
                {m.changes.describe(c)}
              </Link>
            ) : (
              <Description item={c} />
            )}
          </div>
          {rest.length > 0 ? (
            <details className="small">
              <summary>{m.changes.recordDetails(rest.length)}</summary>
              <ul>
                {rest.map((r) => (
                  <li key={r.id}>
                    <Description item={r} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {m.changes.reasonOf(c) ? (
            <div className="small">
              {m.changes.reason}: <DataText text={m.changes.reasonOf(c)} />
            </div>
          ) : null}
          <div className="small muted">
            {m.common.recordedAt(c.recordedAt, m.common.actor(c.by))}
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

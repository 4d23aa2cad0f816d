import Link from "next/link";
import type { EntityListRow } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { DayStateBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { DateText } from "@/components/DateText";

/** One authority's designations of a row's entity, on the day the list is shown for. */
function AuthorityBadge({ a }: { a: EntityListRow["authorities"][number] }) {
  const m = getMessages();
  const t = m.entities.list.day;
  const note =
    a.state === "seen" && a.knownBy
      ? t.seen(a.knownBy)
      : a.state === "unknown" && a.knownBy
        ? t.firstSeen(a.knownBy)
        : a.state === "ended"
          ? m.common.status.delisted.toLowerCase()
          : null;
  const tone = a.state === "ended" ? "badge-off" : a.state === "unknown" ? "badge-warn" : "badge-ok";
  return (
    <span className={`badge ${tone}`}>
      {a.code}
      {note ? ` (${note})` : ""}
    </span>
  );
}

export function EntityTable({ rows, caption }: { rows: EntityListRow[]; caption: string }) {
  const t = getMessages().entities.list;
  return (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.authorities}</th>
                <th scope="col">{t.columns.firstListed}</th>
                <th scope="col">{t.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/entities/${r.id}`}>{r.name}</Link>
                    {r.otherNames.length > 0 ? (
                      <div className="small muted">
                        {r.otherNames.map((n, i) => (
                          <span key={n.value}>
                            {i > 0 ? " · " : ""}
                            <span lang={n.script === "Hang" ? "ko" : n.script === "Cyrl" ? "ru" : undefined}>{n.value}</span>
                            {!n.official ? (
                              <>
                                {" "}
                                <UnofficialBadge />
                              </>
                            ) : null}
                          </span>
                        ))}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <KindBadge kind={r.kind} />
                  </td>
                  <td>
                    <span className="badge-list">
                      {r.authorities.map((a) => (
                        <AuthorityBadge key={a.code} a={a} />
                      ))}
                    </span>
                  </td>
                  <td>
                    <DateText value={r.firstListedOn} />
                  </td>
                  <td>
                    <DayStateBadge state={r.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
  );
}

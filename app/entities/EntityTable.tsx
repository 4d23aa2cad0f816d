import Link from "next/link";
import type { EntityListRow } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { DayStateBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { DataTable, type Column } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { NameText } from "@/components/NameText";

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
  const columns: Column<EntityListRow>[] = [
    {
      header: t.columns.name,
      cell: (r) => (
        <>
          <Link href={`/entities/${r.id}`}>{r.name}</Link>
          {r.otherNames.length > 0 ? (
            <div className="small muted">
              {r.otherNames.map((n, i) => (
                <span key={n.value}>
                  {i > 0 ? " · " : ""}
                  <NameText name={n} />
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
        </>
      ),
    },
    { header: t.columns.kind, cell: (r) => <KindBadge kind={r.kind} /> },
    {
      header: t.columns.authorities,
      cell: (r) => (
        <span className="badge-list">
          {r.authorities.map((a) => (
            <AuthorityBadge key={a.code} a={a} />
          ))}
        </span>
      ),
    },
    { header: t.columns.firstListed, cell: (r) => <DateText value={r.firstListedOn} /> },
    { header: t.columns.status, cell: (r) => <DayStateBadge state={r.state} /> },
  ];
  return <DataTable caption={caption} captionClassName="visually-hidden" columns={columns} rows={rows} rowKey={(r) => r.id} />;
}

import { Link } from "@/components/Link";
import type { EntityListRow, EntitySort, SortDirection } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { DayStateBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { DataTable, type Column } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { NameText } from "@/components/NameText";

/** One authority's designations of a row's entity, on the day the list is shown for. */
async function AuthorityBadge({ a }: { a: EntityListRow["authorities"][number] }) {
  const m = await getMessages();
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

/** "First listed": the date, and under it how the tracker knows it (a source's listing date, or the list it first saw the entity in). */
async function FirstListedCell({ value }: { value: EntityListRow["firstListed"] }) {
  const m = await getMessages();
  const t = m.entities.list.firstListed;
  if (value.how === "unknown") return <DateText value={null} />;
  const list = value.how === "seen" && value.list ? m.entities.detail.listShortOf(value.list) : null;
  return (
    <>
      <DateText value={value.date} />
      {value.how === "listed" ? (
        <div className="small muted">{t.listed}</div>
      ) : (
        <div className="small muted" title={t.seenTitle(value.date, list)}>
          {t.seen(list)}
        </div>
      )}
    </>
  );
}

/** The list's order and where each header link leads; absent, the headers are plain (a table that cannot be re-sorted). */
export type TableSort = { sort: EntitySort; dir: SortDirection; href: (sort: EntitySort, dir: SortDirection) => string };

/** A sortable column's header: a link to the other order when sorted by it, else to its first order (A to Z, oldest first). */
async function SortHeader({ label, column, sorting }: { label: string; column: EntitySort; sorting: TableSort }) {
  const messages = await getMessages();
  const t = messages.entities.list;
  const current = sorting.sort === column ? sorting.dir : null;
  const next: SortDirection = current === "asc" ? "desc" : "asc";
  return (
    <Link href={sorting.href(column, next)} className="nowrap">
      {/* Read as one phrase ("Name, sort Z to A"); seen as the name and an arrow for the order now. */}
      <span className="visually-hidden">{`${label}, ${t.sortLink[next][column]}`}</span>
      <span aria-hidden="true">{`${label} ${current === "asc" ? "▲" : current === "desc" ? "▼" : "↕"}`}</span>
    </Link>
  );
}

export async function EntityTable({ rows, caption, sorting }: { rows: EntityListRow[]; caption: string; sorting?: TableSort }) {
  const messages = await getMessages();
  const t = messages.entities.list;
  const header = (label: string, column: EntitySort) => ({
    header: sorting ? <SortHeader label={label} column={column} sorting={sorting} /> : label,
    label,
    ariaSort: sorting?.sort === column ? (sorting.dir === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined,
  });
  const columns: Column<EntityListRow>[] = [
    {
      ...header(t.columns.name, "name"),
      className: "stack-title",
      cell: (r) => (
        <>
          <Link href={`/entities/${r.id}`}>{r.name}</Link>
          {r.otherNames.length > 0 ? (
            <div className="small muted">
              {r.otherNames.map((n, i) => (
                <span key={n.value}>
                  {i > 0 ? " · " : ""}
                  <NameText name={n} />
                  <UnofficialBadge official={n.official} />
                </span>
              ))}
            </div>
          ) : null}
        </>
      ),
    },
    { ...header(t.columns.kind, "kind"), cell: (r) => <KindBadge kind={r.kind} /> },
    {
      ...header(t.columns.authorities, "authority"),
      cell: (r) => (
        <span className="badge-list">
          {r.authorities.map((a) => (
            <AuthorityBadge key={a.code} a={a} />
          ))}
        </span>
      ),
    },
    { ...header(t.columns.firstListed, "listed"), cell: (r) => <FirstListedCell value={r.firstListed} /> },
    { header: t.columns.status, cell: (r) => <DayStateBadge state={r.state} /> },
  ];
  return <DataTable caption={caption} captionClassName="visually-hidden" columns={columns} rows={rows} rowKey={(r) => r.id} />;
}

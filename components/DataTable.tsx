import type { Key, ReactNode } from "react";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Figures: right-aligned (`num`) in the header and the cells. */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), for tables read row by row. */
  rowHeader?: boolean;
  /** Extra class of the column's cells (e.g. `mono`, `small`). */
  className?: string;
  /** The rows are sorted by this column: `aria-sort` on its header (the header itself holds the link that sorts). */
  ariaSort?: "ascending" | "descending";
};

/** Rows that share something said once, in a header cell spanning the table above them (e.g. their source). */
export type RowGroup<T> = { key: Key; header: ReactNode; rows: readonly T[] };

/**
 * The site's data table: scrolls on its own in narrow windows (`table-wrap`),
 * with column headers scoped for screen readers and an optional caption.
 * Given `groups` instead of `rows`, each group is a `<tbody>` whose first row
 * is its header (`<th scope="rowgroup">`), so a screen reader announces it
 * with every cell of the group.
 */
export function DataTable<T>({
  columns,
  rowKey,
  caption,
  captionClassName,
  ...body
}: {
  columns: Column<T>[];
  rowKey: (row: T) => Key;
  caption?: ReactNode;
  captionClassName?: string;
} & ({ rows: readonly T[]; groups?: never } | { groups: readonly RowGroup<T>[]; rows?: never })) {
  const row = (r: T) => (
    <tr key={rowKey(r)}>
      {columns.map((c, i) => {
        const className = [c.numeric ? "num" : null, c.className ?? null].filter(Boolean).join(" ") || undefined;
        return c.rowHeader ? (
          <th key={i} scope="row" className={className}>
            {c.cell(r)}
          </th>
        ) : (
          <td key={i} className={className}>
            {c.cell(r)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table>
        {caption !== undefined ? <caption className={captionClassName}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? "num" : undefined} aria-sort={c.ariaSort}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {body.groups ? (
          body.groups.map((g) => (
            <tbody key={g.key} className="row-group">
              <tr className="row-group-head">
                <th scope="rowgroup" colSpan={columns.length}>
                  {g.header}
                </th>
              </tr>
              {g.rows.map(row)}
            </tbody>
          ))
        ) : (
          <tbody>{body.rows.map(row)}</tbody>
        )}
      </table>
    </div>
  );
}

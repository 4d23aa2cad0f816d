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
};

/**
 * The site's data table: scrolls on its own in narrow windows (`table-wrap`),
 * with column headers scoped for screen readers and an optional caption.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  captionClassName,
}: {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
  caption?: ReactNode;
  captionClassName?: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        {caption !== undefined ? <caption className={captionClassName}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const className = [c.numeric ? "num" : null, c.className ?? null].filter(Boolean).join(" ") || undefined;
                return c.rowHeader ? (
                  <th key={i} scope="row" className={className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={className}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

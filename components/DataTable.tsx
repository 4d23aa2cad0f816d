import { isValidElement, type Key, type ReactNode } from "react";

export type Column<T> = {
  header: ReactNode;
  /**
   * The header as plain text, for the label each cell shows when the table is
   * stacked on a narrow screen. Derived from `header` when it is text or an
   * element whose children are text; give it when the header is more than that.
   */
  label?: string;
  cell: (row: T) => ReactNode;
  /** Figures: right-aligned (`num`) in the header and the cells. */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), for tables read row by row. */
  rowHeader?: boolean;
  /**
   * Extra class of the column's cells (e.g. `mono`, `small`). On a phone,
   * `stack-title` makes the cell head its row's card (no label) and
   * `stack-full` gives it the card's width with its label above (a form, a diff).
   */
  className?: string;
  /** The rows are sorted by this column: `aria-sort` on its header (the header itself holds the link that sorts). */
  ariaSort?: "ascending" | "descending";
};

/** Rows that share something said once, in a header cell spanning the table above them (e.g. their source). */
export type RowGroup<T> = { key: Key; header: ReactNode; rows: readonly T[] };

/** The text a header reads as, without rendering it (text, numbers, and the children of elements). */
export function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map((n: ReactNode) => textOf(n)).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/**
 * The site's data table, with column headers scoped for screen readers and an
 * optional caption. Below 40rem (globals.css, `table.stack`) each row becomes
 * a card whose cells carry their column's name (`data-label`, shown by CSS and
 * hidden from screen readers, which have the column headers): nothing scrolls
 * sideways on a phone. The roles are explicit because some browsers drop a
 * table's semantics once its parts are not displayed as a table.
 * Given `groups` instead of `rows`, each group is a `<tbody>` whose first row
 * is its header (`<th scope="rowgroup">`), so a screen reader announces it
 * with every cell of the group.
 */
export function DataTable<T>({
  columns,
  rowKey,
  caption,
  captionClassName,
  className,
  stack = true,
  ...body
}: {
  columns: Column<T>[];
  rowKey: (row: T) => Key;
  caption?: ReactNode;
  captionClassName?: string;
  /** Extra class of the `<table>` (e.g. a page's tighter padding). */
  className?: string;
  /** False for a table whose few short columns fit a phone as they are: it stays a table there. */
  stack?: boolean;
} & ({ rows: readonly T[]; groups?: never } | { groups: readonly RowGroup<T>[]; rows?: never })) {
  const labels = columns.map((c) => c.label ?? textOf(c.header));
  const row = (r: T) => (
    <tr key={rowKey(r)} role="row">
      {columns.map((c, i) => {
        const className = [c.numeric ? "num" : null, c.className ?? null].filter(Boolean).join(" ") || undefined;
        return c.rowHeader ? (
          <th key={i} scope="row" role="rowheader" className={className}>
            {c.cell(r)}
          </th>
        ) : (
          <td key={i} role="cell" className={className} data-label={labels[i] || undefined}>
            {c.cell(r)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className={[stack ? "stack" : null, className ?? null].filter(Boolean).join(" ") || undefined} role="table">
        {caption !== undefined ? <caption className={captionClassName}>{caption}</caption> : null}
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c, i) => (
              <th key={i} scope="col" role="columnheader" className={c.numeric ? "num" : undefined} aria-sort={c.ariaSort}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        {body.groups ? (
          body.groups.map((g) => (
            <tbody key={g.key} className="row-group" role="rowgroup">
              <tr className="row-group-head" role="row">
                <th scope="rowgroup" role="rowheader" colSpan={columns.length}>
                  {g.header}
                </th>
              </tr>
              {g.rows.map(row)}
            </tbody>
          ))
        ) : (
          <tbody role="rowgroup">{body.rows.map(row)}</tbody>
        )}
      </table>
    </div>
  );
}

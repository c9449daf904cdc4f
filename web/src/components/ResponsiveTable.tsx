import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligns numbers on wide screens. */
  numeric?: boolean;
}

interface ResponsiveTableProps<T> {
  caption: string;
  /** Shows the caption as a heading-sized label; otherwise it is for screen readers only. */
  captionVisible?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}

/**
 * An NHS.UK responsive table: columns on wide screens, and on narrow ones (down to 320px) each
 * row becomes a block with the column name beside each value.
 */
export function ResponsiveTable<T>({ caption, captionVisible, columns, rows, rowKey }: ResponsiveTableProps<T>) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption
        className={
          captionVisible
            ? 'nhsuk-table__caption nhsuk-table__caption--m'
            : 'nhsuk-table__caption nhsuk-u-visually-hidden'
        }
      >
        {caption}
      </caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              role="columnheader"
              className={column.numeric ? 'nhsuk-table__header nhsuk-table__header--numeric' : 'nhsuk-table__header'}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={rowKey(row)}>
            {columns.map((column) => (
              <td
                key={column.header}
                role="cell"
                className={column.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell'}
              >
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {column.header}{' '}
                </span>
                <div className="linkwork-table-value">{column.cell(row)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

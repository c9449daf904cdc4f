import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  /** The row's heading (its first cell). */
  header: ReactNode;
  /** The figures, right-aligned, one per column after the first. */
  cells: ReactNode[];
}

/**
 * A small table of figures in NHS.UK styles: a caption read by screen readers, a heading column, then figures.
 * The printable practice summary's tables are all of this shape.
 */
export function SummaryTable({
  caption,
  columns,
  rows,
  className,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly SummaryRow[];
  className?: string;
}) {
  return (
    <table className={className ? `nhsuk-table ${className}` : 'nhsuk-table'}>
      <caption className="nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((label, i) => (
            <th
              key={label}
              scope="col"
              className={i === 0 ? 'nhsuk-table__header' : 'nhsuk-table__header nhsuk-table__header--numeric'}
            >
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {row.header}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

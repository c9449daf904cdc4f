import type { ReactNode } from 'react';

/** One cell of a data row; `span` joins it across columns (a declined asking has a reason, not scores). */
export interface DataCell {
  content: ReactNode;
  span?: number;
  numeric?: boolean;
}

export interface DataRow {
  key: string;
  /** The row's header cell (a date, a category): `<th scope="row">`. */
  header: ReactNode;
  cells: readonly DataCell[];
}

export interface DataTableProps {
  caption: string;
  /** The first column's header, then one per data column. */
  rowHeader: string;
  columns: readonly { header: string; numeric?: boolean }[];
  rows: readonly DataRow[];
}

/** The column a spanning cell starts in, so a narrow screen can name it. */
function headersOf(row: DataRow, columns: DataTableProps['columns']): string[] {
  let at = 0;
  return row.cells.map((cell) => {
    const header = columns[at]?.header ?? '';
    at += cell.span ?? 1;
    return header;
  });
}

/**
 * The figures behind a chart as an NHS.UK responsive table, always shown with it, so the numbers can be read (and
 * read aloud) without the picture: a caption, column headers and row headers with their scope. On a narrow screen
 * each row becomes a block with the column name beside each value, as in ResponsiveTable.
 */
export function DataTable({ caption, rowHeader, columns, rows }: DataTableProps) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          <th scope="col" role="columnheader" className="nhsuk-table__header">
            {rowHeader}
          </th>
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
        {rows.map((row) => {
          const headers = headersOf(row, columns);
          return (
            <tr className="nhsuk-table__row" role="row" key={row.key}>
              <th scope="row" role="rowheader" className="nhsuk-table__header">
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {rowHeader}{' '}
                </span>
                <span>{row.header}</span>
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={index}
                  role="cell"
                  colSpan={cell.span}
                  className={cell.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell'}
                >
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {headers[index]}{' '}
                  </span>
                  <span>{cell.content}</span>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { ReportCell, ReportColumn, ReportColumnKind, ReportTable } from '../../api/reports.ts';

/** What a missing figure shows as (nothing to count, or too few to say). */
export const NO_FIGURE = '–';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** A month as the reports send it ("2026-04") in words ("April 2026"); anything else as it is. */
export function formatMonth(value: string): string {
  const month = MONTH.exec(value);
  return month ? monthName.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))) : value;
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * One figure as people read it, by its column's kind: a share with "%", a wait in "days", counts with thousands
 * separators, and "–" for no figure. The CSV keeps the bare numbers; only the page adds units.
 */
export function formatCell(value: ReportCell | undefined, kind: ReportColumnKind): string {
  if (value === null || value === undefined || value === '') return NO_FIGURE;
  if (typeof value === 'string') return formatMonth(value);
  switch (kind) {
    case 'percent':
      return `${oneDecimal.format(value)}%`;
    case 'days':
      return `${decimal.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'count':
      return whole.format(value);
    default:
      return decimal.format(value);
  }
}

/** Figures line up on the right; words on the left. */
export function isNumeric(kind: ReportColumnKind): boolean {
  return kind !== 'text';
}

/**
 * The column that names each row: the chart's axis when there is a chart, else the first column of words, else the
 * first column. The data table shows it as the row header, so each figure is read with what it belongs to.
 */
export function rowHeaderColumn(table: ReportTable): ReportColumn | undefined {
  const byKey = (key: string) => table.columns.find((c) => c.key === key);
  return (
    (table.chart ? byKey(table.chart.x) : undefined) ?? table.columns.find((c) => c.kind === 'text') ?? table.columns[0]
  );
}

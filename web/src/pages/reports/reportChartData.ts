import type { BarDatum } from '../../components/charts/BarChart.tsx';
import type { DataTableProps } from '../../components/charts/DataTable.tsx';
import type { LineSeries } from '../../components/charts/LineChart.tsx';
import type { ReportColumn, ReportRow, ReportTable } from '../../api/reports.ts';
import { formatCell, isNumeric, rowHeaderColumn } from './reportCells.ts';

/** What names each row, and the columns it is made of (several when one alone repeats). */
export interface RowNames {
  label: string;
  columns: readonly ReportColumn[];
  names: readonly string[];
}

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The row names a chart's categories and the table's row headers use. Normally the chart's axis column; when its
 * values repeat (completion by measure and timepoint) every column of words is joined, so no two rows share a name.
 */
export function rowNames(table: ReportTable): RowNames {
  const header = rowHeaderColumn(table);
  const single = header ? table.rows.map((row) => formatCell(row[header.key], header.kind)) : [];
  if (header && new Set(single).size === single.length)
    return { label: header.label, columns: [header], names: single };
  const words = table.columns.filter((c) => c.kind === 'text');
  const columns = words.length ? words : header ? [header] : [];
  return {
    label: columns.map((c) => c.label).join(' and '),
    columns,
    names: table.rows.map((row, index) =>
      columns.length ? columns.map((c) => formatCell(row[c.key], c.kind)).join(', ') : `Row ${index + 1}`,
    ),
  };
}

/** The report table as the chart components' data table: row headers, then every other column with its units. */
export function dataTableOf(table: ReportTable, names: RowNames = rowNames(table)): DataTableProps {
  const headerKeys = new Set(names.columns.map((c) => c.key));
  const columns = table.columns.filter((c) => !headerKeys.has(c.key));
  return {
    caption: `${table.title}: the figures`,
    rowHeader: names.label,
    columns: columns.map((c) => ({ header: c.label, numeric: isNumeric(c.kind) })),
    rows: table.rows.map((row, index) => ({
      key: `${index}:${names.names[index] ?? ''}`,
      header: names.names[index] ?? '',
      cells: columns.map((c) => ({ content: formatCell(row[c.key], c.kind), numeric: isNumeric(c.kind) })),
    })),
  };
}

function columnOf(table: ReportTable, key: string): ReportColumn | undefined {
  return table.columns.find((c) => c.key === key);
}

function numberIn(row: ReportRow, key: string): number | null {
  const value = row[key];
  return typeof value === 'number' ? value : null;
}

/** The bars: one per row and series; a missing figure draws no bar rather than a bar of 0. */
export function barData(table: ReportTable, names: RowNames = rowNames(table)): BarDatum[] {
  const series = table.chart?.series ?? [];
  const several = series.length > 1;
  return table.rows.flatMap((row, index) =>
    series.flatMap((key) => {
      const value = numberIn(row, key);
      if (value === null) return [];
      const category = names.names[index] ?? '';
      return [several ? { category, series: columnOf(table, key)?.label ?? key, value } : { category, value }];
    }),
  );
}

/** What the bars' axis measures: the one series' label, else the unit the series share. */
export function valueLabel(table: ReportTable): string {
  const series = (table.chart?.series ?? []).map((key) => columnOf(table, key));
  if (series.length === 1) return series[0]?.label ?? 'Value';
  const kinds = new Set(series.map((c) => c?.kind));
  if (kinds.size === 1 && kinds.has('percent')) return 'Per cent';
  if (kinds.size === 1 && kinds.has('days')) return 'Days';
  return 'Number';
}

/** True when the chart is a line over months (yyyy-mm), which the line chart draws on a time axis. */
export function isMonthlyLine(table: ReportTable): boolean {
  const chart = table.chart;
  if (!chart || chart.type !== 'line') return false;
  return table.rows.length > 0 && table.rows.every((row) => MONTH.test(String(row[chart.x] ?? '')));
}

/** The lines: one per series, a point on the first day of each month with a figure. */
export function lineSeries(table: ReportTable): LineSeries[] {
  const chart = table.chart;
  if (!chart) return [];
  return chart.series.map((key) => ({
    key,
    label: columnOf(table, key)?.label ?? key,
    points: table.rows.flatMap((row) => {
      const value = numberIn(row, key);
      return value === null ? [] : [{ date: `${String(row[chart.x])}-01`, value }];
    }),
  }));
}

/** The value axis from 0 to a round number above the highest figure (at least 1), so lines never touch the top. */
export function lineDomain(series: readonly LineSeries[]): [number, number] {
  const highest = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value)));
  if (highest <= 10) return [0, Math.max(1, Math.ceil(highest))];
  const step = 10 ** Math.floor(Math.log10(highest));
  return [0, Math.ceil(highest / step) * step];
}

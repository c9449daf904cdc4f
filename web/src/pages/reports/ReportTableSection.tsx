import type { ReportFilters, ReportName, ReportTable } from '../../api/reports.ts';
import { reportsApi } from '../../api/reports.ts';
import { BarChart } from '../../components/charts/BarChart.tsx';
import { DataTable } from '../../components/charts/DataTable.tsx';
import { LineChart } from '../../components/charts/LineChart.tsx';
import { formatMonth } from './reportCells.ts';
import { rangeInWords } from './reportSummary.ts';
import {
  barData,
  dataTableOf,
  isMonthlyLine,
  lineDomain,
  lineSeries,
  rowNames,
  valueLabel,
  type RowNames,
} from './reportChartData.ts';

interface ReportTableSectionProps {
  slug: string;
  report: ReportName;
  table: ReportTable;
  /** The filters the figures were made with, so the CSV holds the same rows. */
  filters: ReportFilters;
  /** The CSV's address when it is not the scheme's own (a commissioner's report across schemes). */
  csvHref?: string;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The chart in one or two sentences, for people who cannot see it: what is drawn, and the largest figure. */
function chartSummary(table: ReportTable, names: RowNames): string {
  const labels = (table.chart?.series ?? []).map((key) => table.columns.find((c) => c.key === key)?.label ?? key);
  const what = listInWords(labels);
  if (isMonthlyLine(table)) {
    const first = formatMonth(String(table.rows[0]?.[table.chart?.x ?? ''] ?? ''));
    const last = formatMonth(String(table.rows.at(-1)?.[table.chart?.x ?? ''] ?? ''));
    return `A line chart of ${what.toLowerCase()} each month from ${first} to ${last}. The table below gives every figure.`;
  }
  return `A bar chart of ${what.toLowerCase()} for each ${names.label.toLowerCase()}. The table below gives every figure.`;
}

/** The chart the server asked for, drawn by the shared chart components, with the report's own data table. */
function TableChart({ table, id, caption }: { table: ReportTable; id: string; caption: string }) {
  const names = rowNames(table);
  const figures = dataTableOf(table, names);
  const summary = chartSummary(table, names);
  if (isMonthlyLine(table)) {
    const series = lineSeries(table);
    return (
      <LineChart
        step="month"
        height={260}
        id={id}
        caption={caption}
        summary={summary}
        series={series}
        yDomain={lineDomain(series)}
        yLabel={valueLabel(table)}
        table={figures}
      />
    );
  }
  return (
    <BarChart
      id={id}
      caption={caption}
      summary={summary}
      data={barData(table, names)}
      categoryLabel={names.label}
      valueLabel={valueLabel(table)}
      layout="grouped"
      table={figures}
    />
  );
}

/**
 * One table of a report: its heading and what it counts, the chart when there is one (the figures always shown
 * with it), and the table as a CSV with the same filters, for a commissioner's spreadsheet.
 */
export function ReportTableSection({ slug, report, table, filters, csvHref }: ReportTableSectionProps) {
  const id = `table-${table.key}`;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="nhsuk-u-margin-bottom-7">
      <h2 id={headingId}>{table.title}</h2>
      <p>{table.description}</p>
      {table.rows.length === 0 ? (
        <p>There is nothing to count for these filters.</p>
      ) : table.chart ? (
        <TableChart table={table} id={`${id}-chart`} caption={`${table.title}, ${rangeInWords(filters)}`} />
      ) : (
        <DataTable {...dataTableOf(table)} />
      )}
      <p>
        <a href={csvHref ?? reportsApi.tableCsvUrl(slug, report, table.key, filters)} download>
          Download this table (CSV)<span className="nhsuk-u-visually-hidden">: {table.title}</span>
        </a>
      </p>
    </section>
  );
}

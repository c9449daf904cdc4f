import { formatDate } from '../../lib/format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { PlotLibrary } from './usePlot.ts';
import type { DataRow, DataTableProps } from './DataTable.tsx';
import { CHART_FONT, dayToDate, NHS_GREY, NHS_TEXT, seriesStyle, shortDate, thin, wholeTicks } from './chartStyle.ts';

export interface LinePoint {
  /** A calendar day, "2026-12-06". */
  date: string;
  value: number;
}

export interface LineSeries {
  key: string;
  label: string;
  points: readonly LinePoint[];
}

export interface LineChartProps {
  id: string;
  caption: string;
  summary: string;
  series: readonly LineSeries[];
  /** The value axis runs from and to these, whatever the data (a 0–10 scale is drawn 0–10). */
  yDomain: readonly [number, number];
  yLabel?: string;
  /** The table beside the chart; by default a row per day and a column per series. */
  table?: DataTableProps;
  height?: number;
  /** 'month' when each point stands for a month (dated its first day): the axis is labelled "Jan 2026". */
  step?: 'day' | 'month';
}

const DAY_MS = 86_400_000;
const MONTH_MS = 31 * DAY_MS;
const shortMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** The days with data, sorted, without repeats. */
function daysOf(series: readonly LineSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
}

/** A row per day and a column per series; two values on one day are both shown. */
function defaultTable(caption: string, series: readonly LineSeries[]): DataTableProps {
  const rows: DataRow[] = daysOf(series).map((day) => ({
    key: day,
    header: formatDate(day),
    cells: series.map((s) => {
      const values = s.points.filter((p) => p.date === day).map((p) => String(p.value));
      return { content: values.length ? values.join(', ') : 'None', numeric: true };
    }),
  }));
  return {
    caption: `${caption}: the figures`,
    rowHeader: 'Date',
    columns: series.map((s) => ({ header: s.label, numeric: true })),
    rows,
  };
}

/** Draws the series with Observable Plot: a line, a marker on each value, each series its own style. */
function drawLines(Plot: PlotLibrary, props: LineChartProps, width: number): Element {
  const days = daysOf(props.series).map(dayToDate);
  const first = days[0] ?? new Date();
  const last = days.at(-1) ?? first;
  const monthly = props.step === 'month';
  const pad = monthly ? MONTH_MS * 0.4 : Math.max(DAY_MS, (last.getTime() - first.getTime()) * 0.06);
  const [min, max] = props.yDomain;
  return Plot.plot({
    width,
    height: props.height ?? 240,
    marginLeft: 44,
    marginRight: 24,
    marginBottom: 36,
    marginTop: 20,
    className: 'linkwork-plot',
    style: { fontFamily: CHART_FONT, fontSize: '14px', color: NHS_TEXT },
    x: {
      type: 'utc',
      domain: [new Date(first.getTime() - pad), new Date(last.getTime() + pad)],
      ticks: thin(days, Math.max(2, Math.floor(width / (monthly ? 100 : 120)))),
      tickFormat: monthly ? (at: Date) => shortMonth.format(at) : shortDate,
      label: null,
    },
    y: { domain: [min, max], ticks: wholeTicks(props.yDomain), grid: true, label: props.yLabel ?? null },
    marks: [
      Plot.ruleY([min], { stroke: NHS_GREY }),
      ...props.series.flatMap((s, index) => {
        const style = seriesStyle(index);
        const data = s.points.map((p) => ({ at: dayToDate(p.date), value: p.value }));
        return [
          Plot.line(data, {
            x: 'at',
            y: 'value',
            stroke: style.colour,
            strokeWidth: 2,
            strokeDasharray: style.dash === 'none' ? undefined : style.dash,
          }),
          Plot.dot(data, {
            x: 'at',
            y: 'value',
            symbol: style.symbol,
            r: 5,
            fill: style.colour,
            stroke: NHS_TEXT,
            strokeWidth: 0.75,
          }),
        ];
      }),
    ],
  });
}

/**
 * One or more series of values over time (dates on the x axis, values within a given range), drawn with
 * Observable Plot, with a key and the data table beside it. For outcome scores now, and the reports next.
 */
export function LineChart(props: LineChartProps) {
  const drawKey = JSON.stringify([props.series, props.yDomain, props.yLabel, props.height, props.step]);
  return (
    <ChartFigure
      id={props.id}
      caption={props.caption}
      summary={props.summary}
      legend={props.series.map((s) => s.label)}
      draw={(plot, width) => drawLines(plot, props, width)}
      drawKey={drawKey}
      table={props.table ?? defaultTable(props.caption, props.series)}
    />
  );
}

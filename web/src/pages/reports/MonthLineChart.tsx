import { ChartFigure } from '../../components/charts/ChartFigure.tsx';
import type { DataTableProps } from '../../components/charts/DataTable.tsx';
import type { LineSeries } from '../../components/charts/LineChart.tsx';
import {
  CHART_FONT,
  dayToDate,
  NHS_GREY,
  NHS_TEXT,
  seriesStyle,
  thin,
  wholeTicks,
} from '../../components/charts/chartStyle.ts';
import type { PlotLibrary } from '../../components/charts/usePlot.ts';

interface MonthLineChartProps {
  id: string;
  caption: string;
  summary: string;
  /** One point per month, dated the first of the month. */
  series: readonly LineSeries[];
  yDomain: readonly [number, number];
  yLabel: string;
  table: DataTableProps;
}

const MONTH_MS = 31 * 86_400_000;
const shortMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** Draws monthly lines: the same marks and styles as the shared LineChart, with the axis labelled by month. */
function drawMonths(Plot: PlotLibrary, props: MonthLineChartProps, width: number): Element {
  const months = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.date)))].sort().map(dayToDate);
  const first = months[0] ?? new Date();
  const last = months.at(-1) ?? first;
  const pad = MONTH_MS * 0.4;
  const [min, max] = props.yDomain;
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 44,
    marginRight: 24,
    marginBottom: 36,
    marginTop: 24,
    className: 'linkwork-plot',
    style: { fontFamily: CHART_FONT, fontSize: '14px', color: NHS_TEXT },
    x: {
      type: 'utc',
      domain: [new Date(first.getTime() - pad), new Date(last.getTime() + pad)],
      ticks: thin(months, Math.max(2, Math.floor(width / 100))),
      tickFormat: (at: Date) => shortMonth.format(at),
      label: null,
    },
    y: { domain: [min, max], ticks: wholeTicks(props.yDomain), grid: true, label: props.yLabel },
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
 * A report's figures month by month. The shared LineChart labels its axis by day ("1 Sept 2026"), which crowds and
 * misreads a monthly series; this draws the same lines, markers and key in ChartFigure, with months on the axis.
 */
export function MonthLineChart(props: MonthLineChartProps) {
  const drawKey = JSON.stringify([props.series, props.yDomain, props.yLabel]);
  return (
    <ChartFigure
      id={props.id}
      caption={props.caption}
      summary={props.summary}
      legend={props.series.map((s) => s.label)}
      draw={(plot, width) => drawMonths(plot, props, width)}
      drawKey={drawKey}
      table={props.table}
    />
  );
}

import { ChartFigure } from './ChartFigure.tsx';
import type { PlotLibrary } from './usePlot.ts';
import type { DataTableProps } from './DataTable.tsx';
import { CHART_FONT, NHS_GREY, NHS_TEXT, seriesStyle } from './chartStyle.ts';

export interface BarDatum {
  category: string;
  /** Which series the value belongs to, for stacked or grouped bars; left out for one plain series. */
  series?: string;
  value: number;
}

export interface BarChartProps {
  id: string;
  caption: string;
  summary: string;
  data: readonly BarDatum[];
  /** The heading of the table's first column, e.g. "GP practice". */
  categoryLabel: string;
  /** What the values count, e.g. "People referred". */
  valueLabel: string;
  /** How bars of several series share a category: one bar in parts, or bars side by side. */
  layout?: 'stacked' | 'grouped';
  /** The table beside the chart; by default a row per category and a column per series (and a total). */
  table?: DataTableProps;
}

interface Shaped {
  category: string;
  series: string;
  value: number;
  fill: string;
  text: string;
}

function orderOf(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function seriesNames(data: readonly BarDatum[]): string[] {
  return orderOf(data.flatMap((d) => (d.series === undefined ? [] : [d.series])));
}

/** A row per category; a column per series, and a total when the bars are stacked. */
function defaultTable(props: BarChartProps): DataTableProps {
  const series = seriesNames(props.data);
  const total = series.length > 1 && props.layout !== 'grouped';
  const sum = (values: readonly BarDatum[]) => values.reduce((s, d) => s + d.value, 0);
  return {
    caption: `${props.caption}: the figures`,
    rowHeader: props.categoryLabel,
    columns: [
      ...(series.length
        ? series.map((s) => ({ header: s, numeric: true }))
        : [{ header: props.valueLabel, numeric: true }]),
      ...(total ? [{ header: 'Total', numeric: true }] : []),
    ],
    rows: orderOf(props.data.map((d) => d.category)).map((category) => {
      const mine = props.data.filter((d) => d.category === category);
      const values = series.length ? series.map((s) => sum(mine.filter((d) => d.series === s))) : [sum(mine)];
      return {
        key: category,
        header: category,
        cells: [...values, ...(total ? [sum(mine)] : [])].map((v) => ({
          content: v.toLocaleString('en-GB'),
          numeric: true,
        })),
      };
    }),
  };
}

/** Draws horizontal bars with Observable Plot, each labelled with its value (and its series when grouped). */
function drawBars(Plot: PlotLibrary, props: BarChartProps, width: number): Element {
  const names = seriesNames(props.data);
  const categories = orderOf(props.data.map((d) => d.category));
  const data: Shaped[] = props.data.map((d) => {
    const style = seriesStyle(Math.max(0, names.indexOf(d.series ?? '')));
    return { category: d.category, series: d.series ?? '', value: d.value, fill: style.colour, text: style.onColour };
  });
  const longest = Math.max(...categories.map((c) => c.length), 4);
  const marginLeft = Math.min(Math.round(width * 0.4), 16 + longest * 7.5);
  const grouped = props.layout === 'grouped' && names.length > 1;
  const rowHeight = grouped ? 24 * names.length + 12 : 36;
  // Grouped bars carry "Series: value" after them, so leave room for the longest.
  const longestLabel = Math.max(...data.map((d) => d.series.length + d.value.toLocaleString('en-GB').length + 2));
  const marginRight = grouped ? Math.min(Math.round(width * 0.35), 12 + longestLabel * 7.5) : 32;
  const common = {
    width,
    height: 64 + rowHeight * categories.length,
    marginLeft,
    marginRight,
    marginTop: 12,
    marginBottom: 48,
    className: 'linkwork-plot',
    style: { fontFamily: CHART_FONT, fontSize: '14px', color: NHS_TEXT },
    color: { type: 'identity' as const },
    x: { grid: true, label: props.valueLabel, labelAnchor: 'center' as const, labelArrow: 'none' as const, nice: true },
  };
  if (grouped) {
    return Plot.plot({
      ...common,
      fy: { domain: categories, label: null },
      y: { domain: names, axis: null },
      marks: [
        Plot.barX(data, { x: 'value', y: 'series', fy: 'category', fill: 'fill' }),
        Plot.text(data, {
          x: 'value',
          y: 'series',
          fy: 'category',
          text: (d: Shaped) => `${d.series}: ${d.value.toLocaleString('en-GB')}`,
          textAnchor: 'start',
          dx: 4,
          fill: NHS_TEXT,
        }),
        Plot.ruleX([0], { stroke: NHS_GREY }),
      ],
    });
  }
  return Plot.plot({
    ...common,
    y: { domain: categories, label: null },
    marks: [
      Plot.barX(data, Plot.stackX({ x: 'value', y: 'category', z: 'series', fill: 'fill', order: names })),
      Plot.text(
        data,
        Plot.stackX({
          x: 'value',
          y: 'category',
          z: 'series',
          order: names,
          text: (d: Shaped) => (d.value > 0 ? d.value.toLocaleString('en-GB') : ''),
          fill: 'text',
        }),
      ),
      Plot.ruleX([0], { stroke: NHS_GREY }),
    ],
  });
}

/**
 * Values by category as horizontal bars, one series or several stacked or grouped, drawn with Observable Plot,
 * with a key and the data table beside it. For the reports: referrals by practice, people by outcome.
 */
export function BarChart(props: BarChartProps) {
  const drawKey = JSON.stringify([props.data, props.layout, props.valueLabel]);
  return (
    <ChartFigure
      id={props.id}
      caption={props.caption}
      summary={props.summary}
      legend={seriesNames(props.data)}
      legendKind="swatch"
      draw={(plot, width) => drawBars(plot, props, width)}
      drawKey={drawKey}
      table={props.table ?? defaultTable(props)}
    />
  );
}

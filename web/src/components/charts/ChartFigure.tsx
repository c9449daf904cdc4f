import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from './DataTable.tsx';
import { usePlot, type PlotLibrary } from './usePlot.ts';
import { seriesStyle } from './chartStyle.ts';
import './charts.css';

export interface ChartFigureProps {
  /** Unique on the page: the caption's and summary's ids derive from it. */
  id: string;
  caption: string;
  /** One or two sentences saying what the chart shows, for people who cannot see it. */
  summary: string;
  /** The series named in the legend, in the chart's order (none for a single unnamed series). */
  legend: readonly string[];
  /** Lines show their marker and pattern in the key; bars a swatch of their colour. */
  legendKind?: 'line' | 'swatch';
  /** Draws the chart at a width; called again when the width or `drawKey` changes. */
  draw: (plot: PlotLibrary, width: number) => Element;
  /** Changes when the data changes, so the chart is drawn again. */
  drawKey: string;
  table: DataTableProps;
  /** Said after the table, such as a note on how the figures were made. */
  children?: ReactNode;
}

/** The legend: each series' marker and line pattern beside its name, so colour is never the only key. */
function Legend({ names, kind }: { names: readonly string[]; kind: 'line' | 'swatch' }) {
  if (names.length === 0) return null;
  return (
    <ul className="linkwork-chart__legend nhsuk-body-s" aria-label="Key">
      {names.map((name, index) => {
        const style = seriesStyle(index);
        return (
          <li key={name}>
            {kind === 'swatch' ? (
              <svg className="linkwork-chart__key" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1" y="1" width="14" height="14" fill={style.colour} stroke="#212b32" strokeWidth="1" />
              </svg>
            ) : (
              <svg className="linkwork-chart__key" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
                <line
                  x1="0"
                  y1="6"
                  x2="36"
                  y2="6"
                  stroke={style.colour}
                  strokeWidth="2"
                  strokeDasharray={style.dash === 'none' ? undefined : style.dash}
                />
                <path
                  d={style.legendPath}
                  transform="translate(12 0)"
                  fill={style.colour}
                  stroke="#212b32"
                  strokeWidth="0.75"
                />
              </svg>
            )}
            {name}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * An accessible chart in NHS.UK style: a figure captioned in words, the picture (an SVG named by the caption
 * and described by a summary), a key and the data table beside it, so the figures never depend on the picture.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { id, caption, summary, legend, legendKind = 'line', draw, drawKey, table, children } = props;
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  const plotRef = usePlot(draw, drawKey, { labelledBy: captionId, describedBy: summaryId });
  return (
    <figure className="linkwork-chart" id={id}>
      <figcaption className="nhsuk-heading-s" id={captionId}>
        {caption}
      </figcaption>
      <p className="nhsuk-body-s" id={summaryId}>
        {summary}
      </p>
      <div className="linkwork-chart__plot" ref={plotRef} />
      <Legend names={legend} kind={legendKind} />
      <DataTable {...table} />
      {children}
    </figure>
  );
}

/*
 * The look every chart shares: NHS colours, the NHS.UK typeface and, for each series, a marker shape and a line
 * pattern as well as a colour, so no series is told apart by colour alone.
 */

export const NHS_TEXT = '#212b32';
export const NHS_GREY = '#425563';
export const NHS_GRID = '#d8dde0';
export const CHART_FONT = '"Frutiger W01", Arial, sans-serif';

/** A shape Observable Plot draws for a dot, with the same shape as an SVG path for the HTML legend (12×12). */
interface ChartSymbol {
  plot: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
  legendPath: string;
}

const SYMBOLS: readonly ChartSymbol[] = [
  { plot: 'circle', legendPath: 'M6 2a4 4 0 1 0 0.001 0Z' },
  { plot: 'square', legendPath: 'M2.5 2.5h7v7h-7Z' },
  { plot: 'triangle', legendPath: 'M6 1.5L10.5 10H1.5Z' },
  { plot: 'diamond', legendPath: 'M6 1L11 6L6 11L1 6Z' },
  { plot: 'cross', legendPath: 'M4.5 1h3v3.5H11v3H7.5V11h-3V7.5H1v-3h3.5Z' },
];

/** Blue, green, red, grey, then warm yellow (which needs dark text and outlines). */
const COLOURS = ['#005eb8', '#007f3b', '#d5281b', NHS_GREY, '#ffb81c'] as const;
const DASHES = ['none', '6 3', '2 3', '8 3 2 3'] as const;

export interface SeriesStyle {
  colour: string;
  /** A text colour readable on `colour`. */
  onColour: string;
  symbol: ChartSymbol['plot'];
  legendPath: string;
  dash: string;
}

/** The style of the n-th series of a chart (from 0); after five it repeats with another line pattern. */
export function seriesStyle(index: number): SeriesStyle {
  const colour = COLOURS[index % COLOURS.length]!;
  const symbol = SYMBOLS[index % SYMBOLS.length]!;
  return {
    colour,
    onColour: colour === '#ffb81c' ? NHS_TEXT : '#ffffff',
    symbol: symbol.plot,
    legendPath: symbol.legendPath,
    dash: DASHES[index % DASHES.length]!,
  };
}

const shortDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** A calendar day ("2026-12-06") as a Date at midnight UTC, for a time axis. */
export function dayToDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/** An axis label for a day: "6 Dec 2026". */
export function shortDate(at: Date): string {
  return shortDay.format(at);
}

/** At most `max` values from a sorted list, evenly spaced and keeping the first and last. */
export function thin<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  if (max <= 1) return values.slice(0, 1);
  const step = (values.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => values[Math.round(i * step)]!);
}

/** Whole-number ticks for a small range (0–10 every 1), or undefined to let Plot choose. */
export function wholeTicks([min, max]: readonly [number, number]): number[] | undefined {
  const span = max - min;
  if (!Number.isInteger(min) || !Number.isInteger(max) || span <= 0 || span > 20) return undefined;
  const step = span <= 10 ? 1 : 2;
  return Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => min + i * step);
}

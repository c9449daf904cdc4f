import { fail } from '../../../../platform/errors.ts';

/*
 * Small-number suppression for what commissioners see and download.
 *
 * Why rounding alone is not enough: a count of 3 hidden as "1–7" is still worked out by differencing when the
 * rest of its row is shown and so is the row's total (total − the other cells = the hidden cell), and the same
 * goes for a column, for last month's download against this month's, and for a total published elsewhere.
 * Rounding every shown figure to 5 blurs differences but does not stop them narrowing a hidden cell to a few
 * people. So each line (row or column) that holds exactly one hidden figure has a second one hidden as well —
 * secondary suppression — repeated until no line gives a single hidden figure away, and every total is
 * computed from the true counts and then rounded, never added up from rounded cells (which would disclose the
 * rounding). A line is protected whether or not its own total is shown here: the total of a line is usually
 * published somewhere, in a headline figure or another report.
 */

/** Which counts are hidden (smallFrom to smallTo people) and to what every other count is rounded. */
export interface SuppressionRule {
  smallFrom: number;
  smallTo: number;
  roundTo: number;
}

/** One count as a commissioner sees it: the number shown (null when hidden), its text, and why it is hidden. */
export interface ShownCount {
  value: number | null;
  shown: string;
  suppressed: 'none' | 'small' | 'secondary';
}

/** A table as a commissioner sees it; a list of totals is null when it was not asked for. */
export interface SuppressedTable {
  cells: ShownCount[][];
  rowTotals: ShownCount[] | null;
  columnTotals: ShownCount[] | null;
  /** Shown when both row and column totals are. */
  grandTotal: ShownCount | null;
}

/** One column of counts as a commissioner sees it. */
export interface SuppressedList {
  cells: ShownCount[];
  total: ShownCount | null;
}

/** The rule of NHS England's Hospital Episode Statistics guidance: 1 to 7 hidden, others rounded to the nearest 5. */
export const DEFAULT_SUPPRESSION: SuppressionRule = { smallFrom: 1, smallTo: 7, roundTo: 5 };

const SECONDARY: ShownCount = { value: null, shown: '[c]', suppressed: 'secondary' };

/** Refuses a rule that would show a real count as 0 or hide nothing, before any figure is shown with it. */
function checkRule(rule: SuppressionRule): void {
  const { smallFrom, smallTo, roundTo } = rule;
  if (!Number.isInteger(smallFrom) || smallFrom < 1 || !Number.isInteger(smallTo) || smallTo < smallFrom) {
    throw fail.field(
      'rule.smallTo',
      'The range of small numbers must be whole numbers from 1 upwards, the start no more than the end.',
      'Use a range such as 1 to 7.',
    );
  }
  const smallestRounded = smallFrom > 1 ? 1 : smallTo + 1;
  if (!Number.isInteger(roundTo) || roundTo < 1 || Math.floor(smallestRounded / roundTo + 0.5) === 0) {
    throw fail.field(
      'rule.roundTo',
      'Counts must be rounded to a whole number that shows no real count as 0.',
      'Use 5 with a small range of 1 to 7.',
    );
  }
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw fail.field('count', `${count} is not a count: counts are whole numbers of 0 or more.`, 'Recount it.');
  }
}

/** One count as a commissioner may see it: 0 as it is, a small count as a range, any other rounded. */
export function showCount(count: number, rule: SuppressionRule = DEFAULT_SUPPRESSION): ShownCount {
  checkRule(rule);
  checkCount(count);
  if (count === 0) return { value: 0, shown: '0', suppressed: 'none' };
  if (count >= rule.smallFrom && count <= rule.smallTo) {
    return { value: null, shown: `${rule.smallFrom}–${rule.smallTo}`, suppressed: 'small' };
  }
  const value = Math.floor(count / rule.roundTo + 0.5) * rule.roundTo;
  return { value, shown: String(value), suppressed: 'none' };
}

/** A figure in the table: its true count and what is shown for it (changed by secondary suppression). */
interface Figure {
  count: number;
  shown: ShownCount;
}

/** A row or column: figures that may be hidden to protect others, and the line's own total if shown. */
interface Line {
  members: Figure[];
  total: Figure | null;
}

const figure = (count: number, rule: SuppressionRule): Figure => ({ count, shown: showCount(count, rule) });
const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * Hides a second figure in any line with exactly one hidden figure (its smallest other non-zero member, or its
 * total when it has none), until no line has one. Each pass hides one more figure, so it ends.
 */
function suppressSecondary(lines: readonly Line[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const all = line.total ? [...line.members, line.total] : line.members;
      if (all.filter((f) => f.shown.suppressed !== 'none').length !== 1) continue;
      let smallest: Figure | null = null;
      for (const f of line.members) {
        if (f.shown.suppressed !== 'none' || f.count === 0) continue;
        if (!smallest || f.count < smallest.count) smallest = f;
      }
      // Nothing else in the line to hide (the rest are 0 or hidden): hide its total instead, which then counts
      // as a hidden figure in the line of totals it belongs to.
      const hide =
        smallest ?? (line.total && line.total.shown.suppressed === 'none' && line.total.count > 0 ? line.total : null);
      if (!hide) continue;
      hide.shown = { ...SECONDARY };
      changed = true;
    }
  }
}

/**
 * A table of counts as a commissioner may see it, with small counts hidden, secondary suppression so that no
 * hidden count can be worked out from the rest of its row or column (rounding alone does not stop differencing:
 * see the note at the top), and totals rounded from the true counts.
 * Totals take part too: the column of row totals and the row of column totals are lines like any other, and a
 * total is itself hidden ("[c]") when the only hidden cell of its line could otherwise be read from it.
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  opts: { rule: SuppressionRule; rowTotals?: boolean; columnTotals?: boolean },
): SuppressedTable {
  const { rule } = opts;
  checkRule(rule);
  const width = cells[0]?.length ?? 0;
  if (cells.some((row) => row.length !== width)) {
    throw fail.field('cells', 'Every row of the table must have the same number of cells.', 'Fill gaps with 0.');
  }
  const grid = cells.map((row) => row.map((count) => figure(count, rule)));
  const columns = Array.from({ length: width }, (_, j) => grid.map((row) => row[j] as Figure));
  const rowTotals = opts.rowTotals ? cells.map((row) => figure(sum(row), rule)) : null;
  const columnTotals = opts.columnTotals
    ? columns.map((column) => figure(sum(column.map((f) => f.count)), rule))
    : null;
  const grandTotal = rowTotals && columnTotals ? figure(sum(cells.map(sum)), rule) : null;

  const lines: Line[] = [
    ...grid.map((row, i) => ({ members: row, total: rowTotals?.[i] ?? null })),
    ...columns.map((column, j) => ({ members: column, total: columnTotals?.[j] ?? null })),
  ];
  if (rowTotals) lines.push({ members: rowTotals, total: grandTotal });
  if (columnTotals) lines.push({ members: columnTotals, total: grandTotal });
  suppressSecondary(lines);

  const shown = (figures: readonly Figure[]) => figures.map((f) => f.shown);
  return {
    cells: grid.map(shown),
    rowTotals: rowTotals && shown(rowTotals),
    columnTotals: columnTotals && shown(columnTotals),
    grandTotal: grandTotal?.shown ?? null,
  };
}

/** One column of counts (such as referrals by practice) as a commissioner may see it, with its total if asked. */
export function suppressList(
  counts: readonly number[],
  opts: { rule: SuppressionRule; total?: boolean },
): SuppressedList {
  const table = suppressTable(
    counts.map((count) => [count]),
    { rule: opts.rule, columnTotals: opts.total ?? false },
  );
  return { cells: table.cells.map((row) => row[0] as ShownCount), total: table.columnTotals?.[0] ?? null };
}

/**
 * Whether a mean or rate must be hidden because too few people are behind it: a mean of 3 people's scores tells
 * a reader about each of them.
 */
export function hideSmallBase(n: number, rule: SuppressionRule = DEFAULT_SUPPRESSION): boolean {
  return n < rule.smallTo + 1;
}

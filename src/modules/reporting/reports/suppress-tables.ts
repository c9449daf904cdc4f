/**
 * A report as a commissioner may see it: every count shown by the small-number rule (1–7 as a range, others
 * rounded), with secondary suppression down each column so a hidden count cannot be worked out from the others
 * and a total; and every mean, share, median or rate hidden in a row whose counts are hidden or too few.
 */
import { hideSmallBase, suppressTable, type SuppressionRule } from './kit/suppression.ts';
import type { ReportTable } from './reports.schemas.ts';

const DERIVED = new Set(['number', 'percent', 'days']);

/** The tables with their counts suppressed and their derived figures hidden where they would tell too much. */
export function suppressTables(tables: readonly ReportTable[], rule: SuppressionRule): ReportTable[] {
  return tables.map((table) => {
    const counts = table.columns.filter((c) => c.kind === 'count').map((c) => c.key);
    const derived = table.columns.filter((c) => DERIVED.has(c.kind)).map((c) => c.key);
    if (counts.length === 0 || table.rows.length === 0) return table;
    const shown = suppressTable(
      table.rows.map((row) => counts.map((key) => Number(row[key] ?? 0))),
      { rule, columnTotals: true },
    );
    return {
      ...table,
      description: `${table.description} Counts from ${rule.smallFrom} to ${rule.smallTo} are shown as a range, others rounded to the nearest ${rule.roundTo}; [c] marks a count hidden so that another cannot be worked out.`,
      rows: table.rows.map((row, i) => {
        const cells = shown.cells[i]!;
        const base = Number(row[counts[0]!] ?? 0);
        const hide = cells.some((c) => c.suppressed !== 'none') || (base > 0 && hideSmallBase(base, rule));
        const next: Record<string, string | number | null> = { ...row };
        counts.forEach((key, j) => (next[key] = cells[j]!.shown));
        for (const key of derived) if (hide) next[key] = null;
        return next;
      }),
    };
  });
}

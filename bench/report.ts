/** The benchmark's results table: medians of the runs, each row beside its ceiling. */
import type { LoadResult } from './http-load.ts';

export interface Row {
  name: string;
  results: LoadResult[];
  /** The name of the row this one is compared with. */
  ceiling?: string;
}

export const say = (line = '') => process.stdout.write(`${line}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A Markdown table: req/s, p50 and p95 (medians of the runs), and the ratios to the ceiling. */
export function printTable(rows: readonly Row[]): void {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const m = (r: Row, k: 'rps' | 'p50' | 'p95') => median(r.results.map((x) => x[k]));
  const header = ['', 'req/s', 'p50 ms', 'p95 ms', 'ceiling', 'req/s vs ceiling', 'p50 vs ceiling'];
  const lines = rows.map((r) => {
    const c = r.ceiling ? byName.get(r.ceiling) : undefined;
    return [
      r.name,
      m(r, 'rps').toFixed(0),
      m(r, 'p50').toFixed(2),
      m(r, 'p95').toFixed(2),
      c ? c.name : '',
      c ? `${((m(r, 'rps') / m(c, 'rps')) * 100).toFixed(0)}%` : '',
      c ? `${(m(r, 'p50') / m(c, 'p50')).toFixed(1)}×` : '',
    ];
  });
  const left = (i: number) => i === 0 || i === 4;
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  say(format(header));
  say(`|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) say(format(line));
}

export function shortSql(sql: string, n: number): string {
  const flat = sql.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

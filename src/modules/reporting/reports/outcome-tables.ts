/**
 * Outcomes: for each measure and score, people with a baseline and a later score, the mean baseline and latest
 * score, the mean change with its 95 % confidence interval, and the share who improved (or worsened) by at least
 * the measure's minimum important change; the same by need, practice and intervention level; and how often each
 * measure was completed or declined. Built from the rollups' sums, never from the scores themselves.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { MeasureNames } from '../../pathway/outcomes/index.ts';
import { meanWithInterval } from './kit/statistics.ts';
import type { ReportFilters } from './report-filters.ts';
import { levelLabel, needLabel, practiceLabel, timepointLabel } from './report-labels.ts';
import type { ReportTable } from './reports.schemas.ts';
import { askingsBy, outcomeSums } from './rollups.repository.ts';
import { percentOf } from './activity-tables.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Sums = Awaited<ReturnType<typeof outcomeSums>>[number];

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One row of figures from a group's sums. */
function figures(s: Sums) {
  const n = Number(s.pairs);
  const interval = meanWithInterval({ n, sum: Number(s.sum_change), sumOfSquares: Number(s.sum_square_change) });
  return {
    pairs: n,
    baselineMean: n ? round2(Number(s.sum_baseline) / n) : null,
    latestMean: n ? round2(Number(s.sum_latest) / n) : null,
    meanChange: n ? round2(Number(s.sum_change) / n) : null,
    lower: interval ? round2(interval.lower) : null,
    upper: interval ? round2(interval.upper) : null,
    improved: percentOf(Number(s.improved), n),
    worse: percentOf(Number(s.worse), n),
  };
}

const FIGURE_COLUMNS = [
  { key: 'pairs', label: 'People (paired)', kind: 'count' as const },
  { key: 'baselineMean', label: 'Baseline (mean)', kind: 'number' as const },
  { key: 'latestMean', label: 'Latest (mean)', kind: 'number' as const },
  { key: 'meanChange', label: 'Change (mean)', kind: 'number' as const },
  { key: 'lower', label: '95% CI lower', kind: 'number' as const },
  { key: 'upper', label: '95% CI upper', kind: 'number' as const },
  { key: 'improved', label: 'Improved (%)', kind: 'percent' as const },
  { key: 'worse', label: 'Worse (%)', kind: 'percent' as const },
];

/** The outcomes report's tables for the scheme, months and filters. */
export async function outcomeTables(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  names: MeasureNames,
): Promise<ReportTable[]> {
  const [overall, byNeed, byPractice, byLevel, askings] = await Promise.all([
    outcomeSums(db, schemeIds, f, 'none'),
    outcomeSums(db, schemeIds, f, 'need'),
    outcomeSums(db, schemeIds, f, 'practice_ods_code'),
    outcomeSums(db, schemeIds, f, 'level'),
    askingsBy(db, schemeIds, f),
  ]);
  const order = (a: Sums, b: Sums) =>
    names.keys.indexOf(a.measure_key) - names.keys.indexOf(b.measure_key) ||
    names.scoreOrder(a.measure_key, a.score_key) - names.scoreOrder(b.measure_key, b.score_key) ||
    a.score_key.localeCompare(b.score_key);
  const scoreName = (s: Sums) => `${names.measure(s.measure_key)}: ${names.score(s.measure_key, s.score_key)}`;
  const grouped = (key: string, title: string, by: string, label: (c: string | null) => string, rows: Sums[]) => ({
    key,
    title,
    description: `The change from baseline to the latest later score, by ${by.toLowerCase()}.`,
    columns: [
      { key: 'group', label: by, kind: 'text' as const },
      { key: 'score', label: 'Measure', kind: 'text' as const },
      ...FIGURE_COLUMNS,
    ],
    rows: [...rows].sort(order).map((s) => ({ group: label(s.key), score: scoreName(s), ...figures(s) })),
    chart: null,
  });
  const completion = new Map<string, { measure: string; timepoint: string; completed: number; declined: number }>();
  for (const a of askings) {
    const key = `${a.measure_key}|${a.timepoint}`;
    const row = completion.get(key) ?? {
      measure: names.measure(a.measure_key),
      timepoint: timepointLabel(a.timepoint),
      completed: 0,
      declined: 0,
    };
    row[a.status === 'completed' ? 'completed' : 'declined'] += Number(a.n);
    completion.set(key, row);
  }
  return [
    {
      key: 'outcome-change',
      title: 'Change since baseline',
      description:
        'For people with a baseline and a later score whose later score falls in the range: the mean scores, the mean change with its 95% confidence interval (Student t), and the share who improved or worsened by at least the measure’s minimum important change.',
      columns: [{ key: 'score', label: 'Measure', kind: 'text' }, ...FIGURE_COLUMNS],
      rows: [...overall].sort(order).map((s) => ({ score: scoreName(s), ...figures(s) })),
      chart: { type: 'bar', x: 'score', series: ['improved', 'worse'] },
    },
    grouped('outcome-change-by-need', 'Change since baseline, by need', 'Need', (c) => needLabel(c ?? ''), byNeed),
    grouped(
      'outcome-change-by-practice',
      'Change since baseline, by GP practice',
      'Practice',
      practiceLabel,
      byPractice,
    ),
    grouped('outcome-change-by-level', 'Change since baseline, by intervention level', 'Level', levelLabel, byLevel),
    {
      key: 'measure-completion',
      title: 'Measures completed and declined',
      description: 'Each asking of a measure in the range, by timepoint: completed, or declined by the person.',
      columns: [
        { key: 'measure', label: 'Measure', kind: 'text' },
        { key: 'timepoint', label: 'Timepoint', kind: 'text' },
        { key: 'completed', label: 'Completed', kind: 'count' },
        { key: 'declined', label: 'Declined', kind: 'count' },
        { key: 'completionRate', label: 'Completed (%)', kind: 'percent' },
      ],
      rows: [...completion.values()].map((r) => ({
        ...r,
        completionRate: percentOf(r.completed, r.completed + r.declined),
      })),
      chart: { type: 'bar', x: 'timepoint', series: ['completed', 'declined'] },
    },
  ];
}

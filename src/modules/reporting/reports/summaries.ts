/**
 * Reading a rollup through its smallest summary (0049_report_summaries.sql): the rollup summed again over only the
 * columns a query groups or filters by, by month and by calendar year. A five-year report of forty schemes then
 * reads whole years of a few columns instead of every month of every practice and worker. A query that needs a
 * column no summary keeps (a link worker's filter, a supervisor's reach, a practice with a column it lacks) reads
 * the rollup itself, with the same answer.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ReportFilters } from './report-filters.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface Summary {
  name: string;
  rollup: string;
  dims: readonly string[];
  dimTypes: readonly ('text' | 'integer' | 'uuid' | 'boolean')[];
  measures: readonly string[];
}

const OUTCOME_SUMS = ['pairs', 'sum_baseline', 'sum_latest', 'sum_change', 'sum_square_change', 'improved', 'worse'];
const ONWARD_DIMS = ['status', 'auto_declined', 'accepted', 'response_hours'];
const UNMET_SUMS = ['cases', 'referred', 'accepted'];
const EQUITY_SUMS = ['referrals', 'engaged', 'paired', 'improved'];

/** The summaries the migration registers, in its order (a test checks the two lists agree). */
export const SUMMARIES: readonly Summary[] = [
  { name: 'referrals', rollup: 'report_referrals', dims: [], dimTypes: [], measures: ['referrals'] },
  {
    name: 'referrals-source',
    rollup: 'report_referrals',
    dims: ['source'],
    dimTypes: ['text'],
    measures: ['referrals'],
  },
  {
    name: 'referrals-practice',
    rollup: 'report_referrals',
    dims: ['practice_ods_code'],
    dimTypes: ['text'],
    measures: ['referrals'],
  },
  {
    name: 'referrals-evaluation',
    rollup: 'report_referrals',
    dims: ['evaluation'],
    dimTypes: ['text'],
    measures: ['referrals'],
  },
  {
    name: 'referrals-outcome',
    rollup: 'report_referrals',
    dims: ['outcome'],
    dimTypes: ['text'],
    measures: ['referrals'],
  },
  {
    name: 'referrals-practice-evaluation',
    rollup: 'report_referrals',
    dims: ['practice_ods_code', 'evaluation'],
    dimTypes: ['text', 'text'],
    measures: ['referrals'],
  },
  {
    name: 'waits',
    rollup: 'report_waits',
    dims: ['kind', 'days'],
    dimTypes: ['text', 'integer'],
    measures: ['referrals'],
  },
  { name: 'closures-reason', rollup: 'report_closures', dims: ['reason'], dimTypes: ['text'], measures: ['cases'] },
  {
    name: 'closures-length',
    rollup: 'report_closures',
    dims: ['length_days'],
    dimTypes: ['integer'],
    measures: ['cases'],
  },
  {
    name: 'closures-sessions',
    rollup: 'report_closures',
    dims: ['sessions_attended'],
    dimTypes: ['integer'],
    measures: ['cases'],
  },
  { name: 'sessions', rollup: 'report_sessions', dims: ['attendance'], dimTypes: ['text'], measures: ['sessions'] },
  {
    name: 'outcomes',
    rollup: 'report_outcomes',
    dims: ['measure_key', 'score_key'],
    dimTypes: ['text', 'text'],
    measures: OUTCOME_SUMS,
  },
  {
    name: 'outcomes-level',
    rollup: 'report_outcomes',
    dims: ['measure_key', 'score_key', 'level'],
    dimTypes: ['text', 'text', 'text'],
    measures: OUTCOME_SUMS,
  },
  {
    name: 'outcomes-practice',
    rollup: 'report_outcomes',
    dims: ['measure_key', 'score_key', 'practice_ods_code'],
    dimTypes: ['text', 'text', 'text'],
    measures: OUTCOME_SUMS,
  },
  {
    name: 'referrals-practice-evaluation-outcome',
    rollup: 'report_referrals',
    dims: ['practice_ods_code', 'evaluation', 'outcome'],
    dimTypes: ['text', 'text', 'text'],
    measures: ['referrals'],
  },
  {
    name: 'onward',
    rollup: 'report_community_onward',
    dims: ONWARD_DIMS,
    dimTypes: ['text', 'boolean', 'boolean', 'integer'],
    measures: ['referrals'],
  },
  {
    name: 'onward-service',
    rollup: 'report_community_onward',
    dims: ['service_id', ...ONWARD_DIMS],
    dimTypes: ['text', 'text', 'boolean', 'boolean', 'integer'],
    measures: ['referrals'],
  },
  { name: 'unmet', rollup: 'report_community_unmet', dims: [], dimTypes: [], measures: UNMET_SUMS },
  {
    name: 'unmet-area',
    rollup: 'report_community_unmet',
    dims: ['area_code', 'area_name'],
    dimTypes: ['text', 'text'],
    measures: UNMET_SUMS,
  },
  {
    name: 'equity-groups',
    rollup: 'report_equity',
    dims: ['dimension', 'group_key'],
    dimTypes: ['text', 'text'],
    measures: EQUITY_SUMS,
  },
  {
    name: 'equity',
    rollup: 'report_equity',
    dims: ['practice_ods_code', 'dimension', 'group_key'],
    dimTypes: ['text', 'text', 'text'],
    measures: EQUITY_SUMS,
  },
  { name: 'waiting-list', rollup: 'report_waiting_list', dims: [], dimTypes: [], measures: ['joined', 'removed'] },
  {
    name: 'askings',
    rollup: 'report_measure_askings',
    dims: ['measure_key', 'timepoint', 'status'],
    dimTypes: ['text', 'text', 'text'],
    measures: ['askings'],
  },
];

/**
 * The smallest summary of the rollup that keeps every column the query groups by (`uses`) or the filters narrow
 * by; null when none does (or a link worker's filter or reach applies: no summary keeps the worker).
 */
export function summaryFor(rollup: string, uses: readonly string[], f: ReportFilters): Summary | null {
  if (f.worker || f.workers) return null;
  const needed = f.practice ? [...uses, 'practice_ods_code'] : uses;
  const covering = SUMMARIES.filter((s) => s.rollup === rollup && needed.every((c) => s.dims.includes(c)));
  return covering.sort((a, b) => a.dims.length - b.dims.length)[0] ?? null;
}

/**
 * The periods of the range to read: whole calendar years as year rows and the months around them as month rows,
 * or every month when the query groups by month.
 */
export function periodsOf(f: ReportFilters, byMonth: boolean) {
  const fromYear = Number(f.fromMonth.slice(0, 4));
  const toYear = Number(f.toMonth.slice(0, 4));
  const firstFull = f.fromMonth.slice(5, 7) === '01' ? fromYear : fromYear + 1;
  const lastFull = f.toMonth.slice(5, 7) === '12' ? toYear : toYear - 1;
  if (byMonth || firstFull > lastFull) return { years: null, months: { from: f.fromMonth, to: f.toMonth } };
  return {
    years: { from: `${firstFull}-01-01`, to: `${lastFull}-01-01` },
    months: { from: f.fromMonth, to: f.toMonth, outsideFrom: `${firstFull}-01-01`, outsideTo: `${lastFull + 1}-01-01` },
  };
}

/**
 * The summary's rows for the schemes, periods and need, with its columns under the rollup's own names, so a query
 * written against the rollup (select, group by, where on its columns) reads the summary unchanged.
 */
export function summaryRows(
  db: Db,
  s: Summary,
  schemeIds: readonly string[],
  f: ReportFilters,
  { byNeed, byMonth }: { byNeed: boolean; byMonth: boolean },
) {
  const p = periodsOf(f, byMonth);
  const columns = [
    sql`scheme_id`,
    sql`month`,
    sql`need`,
    ...s.dims.map((d, i) => sql`${sql.ref(`d${i + 1}`)}::${sql.raw(s.dimTypes[i]!)} AS ${sql.ref(d)}`),
    ...s.measures.map((m, i) => sql`${sql.ref(`m${i + 1}`)} AS ${sql.ref(m)}`),
  ];
  const months = sql`(grain = 'month' AND month >= ${p.months.from} AND month <= ${p.months.to}${
    p.years ? sql` AND (month < ${p.years.from} OR month >= ${p.months.outsideTo})` : sql``
  })`;
  const when = p.years
    ? sql`(${months} OR (grain = 'year' AND month >= ${p.years.from} AND month <= ${p.years.to}))`
    : months;
  const need = byNeed ? (f.need ? sql`need = ${f.need}` : sql`need <> '*'`) : sql`need = ${f.need ?? '*'}`;
  const practice = f.practice
    ? sql` AND ${sql.ref(`d${s.dims.indexOf('practice_ods_code') + 1}`)} = ${f.practice}`
    : sql``;
  const sub = sql`(SELECT ${sql.join(columns)} FROM report_summary_rows
    WHERE summary = ${s.name} AND scheme_id IN (${sql.join(schemeIds)}) AND ${need} AND ${when}${practice})`;
  return db.selectFrom(sql`${sub}`.as(s.rollup)) as unknown as SelectQueryBuilder<DB, never, object>;
}

/**
 * The distinct values (nulls left out) one kept column of a summary has ever had in a scheme, from its yearly rows
 * for every need together, optionally where other kept columns have given values: e.g. the practices the equity
 * summary has seen, or the services onward referrals went to. Only here are the columns' places in the row known.
 */
export async function summaryValues(
  db: Db,
  name: string,
  column: string,
  schemeId: string,
  where: Record<string, string> = {},
): Promise<string[]> {
  const s = SUMMARIES.find((x) => x.name === name);
  const slot = (dim: string) => {
    const i = s?.dims.indexOf(dim) ?? -1;
    if (i < 0) throw new Error(`The summary "${name}" keeps no column "${dim}".`);
    return sql.ref(`d${i + 1}`);
  };
  const conditions = Object.entries(where).map(([dim, value]) => sql` AND ${slot(dim)} = ${value}`);
  const { rows } = await sql<{ value: string }>`
    SELECT DISTINCT ${slot(column)} AS value FROM report_summary_rows
    WHERE summary = ${name} AND scheme_id = ${schemeId}::uuid AND need = '*' AND grain = 'year'
      AND ${slot(column)} IS NOT NULL${sql.join(conditions, sql``)}`.execute(db);
  return rows.map((r) => r.value);
}

/**
 * The only place that reads the report rollups (0041_report_rollups.sql). Every read is a grouped sum over one
 * scheme's months, narrowed by the filters: its cost follows the months and the groups, never the raw rows.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ReportFilters } from './report-filters.ts';
import { summaryFor, summaryRows } from './summaries.ts';

type Db = Kysely<DB> | Transaction<DB>;
/** The schemes a report covers: the manager's one, or a commissioner's several. */
type Schemes = readonly string[];
/** A rollup table with the standard columns (scheme, month, practice, need, worker). */
export type Rollup =
  | 'report_safety_risks'
  | 'report_safety_actions'
  | 'report_referrals'
  | 'report_waits'
  | 'report_closures'
  | 'report_sessions'
  | 'report_outcomes'
  | 'report_measure_askings'
  | 'report_equity'
  | 'report_community_onward'
  | 'report_community_unmet';

/** Recomputes the scheme's months changed since the last refresh; returns how many. Runs in the scheme's transaction. */
export async function refreshRollups(db: Db, schemeId: string): Promise<number> {
  const { rows } = await sql<{ months: number }>`SELECT report_refresh(${schemeId}::uuid) AS months`.execute(db);
  return Number(rows[0]?.months ?? 0);
}

/** Schemes with months waiting to be recomputed, for the refresh job. */
export async function schemesToRefresh(db: Db): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT report_dirty_schemes() AS id`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * The rows of one rollup in the schemes, months and filters. Every rollup has the columns `scheme_id`, `month`,
 * `practice_ods_code`, `need` and `worker_id`; `need` picks one need (or '*', each referral once); with `byNeed`
 * every named need is read instead (the filter, if any, keeps one). Other reports' rollups read through here too.
 */
export function rollup<T extends Rollup>(db: Db, table: T, schemeIds: Schemes, f: ReportFilters, byNeed = false) {
  let q = (db.selectFrom(table as Rollup) as unknown as SelectQueryBuilder<DB, Rollup, object>)
    .where('scheme_id', 'in', schemeIds)
    .where('month', '>=', f.fromMonth)
    .where('month', '<=', f.toMonth);
  q = byNeed
    ? f.need
      ? q.where('need', '=', f.need)
      : q.where('need', '<>', '*')
    : q.where('need', '=', f.need ?? '*');
  if (f.practice) q = q.where('practice_ods_code', '=', f.practice);
  if (f.worker) q = q.where('worker_id', '=', f.worker);
  return withinReach(q, f);
}

/** Only the rows of the link workers the reader may see, when the reader is limited to some (a supervisor). */
export function withinReach<Q extends SelectQueryBuilder<DB, never, object>>(q: Q, f: ReportFilters): Q {
  if (!f.workers) return q;
  if (f.workers.length === 0) return q.where(sql<boolean>`false`) as Q;
  return q.where(sql.ref('worker_id'), 'in', f.workers) as Q;
}

/**
 * The rows a grouped sum reads: the smallest summary keeping the columns in `uses` (plus those the filters need),
 * whole years where the range has them; or the rollup itself when no summary will do. The same answer either way.
 */
export function summed<T extends Rollup>(
  db: Db,
  table: T,
  schemeIds: Schemes,
  f: ReportFilters,
  o: { uses: readonly string[]; byNeed?: boolean; byMonth?: boolean },
) {
  const summary = summaryFor(table, o.uses, f);
  if (!summary) return rollup(db, table, schemeIds, f, o.byNeed ?? false);
  return summaryRows(db, summary, schemeIds, f, {
    byNeed: o.byNeed ?? false,
    byMonth: o.byMonth ?? false,
  }) as unknown as ReturnType<typeof rollup>;
}

const total = (column: string) => sql<string>`sum(${sql.ref(column)})`;

/** Referrals received, grouped by one of the cohort's columns. */
export function referralsBy(
  db: Db,
  schemeIds: Schemes,
  f: ReportFilters,
  by: 'month' | 'source' | 'practice_ods_code' | 'need' | 'evaluation' | 'outcome',
) {
  return summed(db, 'report_referrals', schemeIds, f, {
    uses: by === 'month' || by === 'need' ? [] : [by],
    byNeed: by === 'need',
    byMonth: by === 'month',
  })
    .select([sql.ref<string | null>(by).as('key'), total('referrals').as('n')])
    .groupBy(by)
    .orderBy(by)
    .execute() as Promise<{ key: string | null; n: string }[]>;
}

/** Days waited from referral to first contact or first session: a histogram (days → referrals). */
export function waitHistogram(db: Db, schemeIds: Schemes, f: ReportFilters, kind: 'first_contact' | 'first_session') {
  return summed(db, 'report_waits', schemeIds, f, { uses: ['kind', 'days'] })
    .where('kind', '=', kind)
    .select([sql.ref<number>('days').as('value'), total('referrals').as('n')])
    .groupBy('days')
    .execute() as Promise<{ value: number; n: string }[]>;
}

/** Closures grouped by reason, or histograms of their length (days) or of sessions attended. */
export function closuresBy(
  db: Db,
  schemeIds: Schemes,
  f: ReportFilters,
  by: 'reason' | 'length_days' | 'sessions_attended' | 'month',
) {
  let q = summed(db, 'report_closures', schemeIds, f, { uses: by === 'month' ? [] : [by], byMonth: by === 'month' });
  if (by === 'length_days') q = q.where('length_days', 'is not', null);
  return q
    .select([sql.ref<string | number>(by).as('key'), total('cases').as('n')])
    .groupBy(by)
    .orderBy(by)
    .execute() as Promise<{ key: string | number; n: string }[]>;
}

/** Sessions by month and attendance. */
export function sessionsBy(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return summed(db, 'report_sessions', schemeIds, f, { uses: ['attendance'], byMonth: true })
    .select([
      sql.ref<string>('month').as('month'),
      sql.ref<string>('attendance').as('attendance'),
      total('sessions').as('n'),
    ])
    .groupBy(['month', 'attendance'])
    .orderBy('month')
    .execute() as Promise<{ month: string; attendance: string; n: string }[]>;
}

/** Paired outcome changes per measure and score, grouped further by need, practice or level when asked. */
export function outcomeSums(
  db: Db,
  schemeIds: Schemes,
  f: ReportFilters,
  by: 'none' | 'need' | 'practice_ods_code' | 'level',
) {
  const uses = ['measure_key', 'score_key', ...(by === 'none' || by === 'need' ? [] : [by])];
  const q = summed(db, 'report_outcomes', schemeIds, f, { uses, byNeed: by === 'need' }).select([
    sql.ref<string>('measure_key').as('measure_key'),
    sql.ref<string>('score_key').as('score_key'),
    total('pairs').as('pairs'),
    total('sum_baseline').as('sum_baseline'),
    total('sum_latest').as('sum_latest'),
    total('sum_change').as('sum_change'),
    total('sum_square_change').as('sum_square_change'),
    total('improved').as('improved'),
    total('worse').as('worse'),
  ]);
  const grouped =
    by === 'none'
      ? q.select(sql<null>`null`.as('key')).groupBy(['measure_key', 'score_key'])
      : q.select(sql.ref<string | null>(by).as('key')).groupBy(['measure_key', 'score_key', by]);
  return grouped.orderBy('measure_key').orderBy('score_key').execute() as Promise<
    {
      measure_key: string;
      score_key: string;
      key: string | null;
      pairs: string;
      sum_baseline: string;
      sum_latest: string;
      sum_change: string;
      sum_square_change: string;
      improved: string;
      worse: string;
    }[]
  >;
}

/** Askings of each measure by timepoint and status: how often measures are completed, declined or missed. */
export function askingsBy(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return summed(db, 'report_measure_askings', schemeIds, f, { uses: ['measure_key', 'timepoint', 'status'] })
    .select([
      sql.ref<string>('measure_key').as('measure_key'),
      sql.ref<string>('timepoint').as('timepoint'),
      sql.ref<string>('status').as('status'),
      total('askings').as('n'),
    ])
    .groupBy(['measure_key', 'timepoint', 'status'])
    .orderBy('measure_key')
    .orderBy('timepoint')
    .orderBy('status')
    .execute() as Promise<{ measure_key: string; timepoint: string; status: string; n: string }[]>;
}

/**
 * Referrals joining and leaving the waiting list in each month up to the end of the range, the months before the
 * range summed as one (month null), so the list's length at each month's end is a running sum. Referrals on the list
 * are nobody's work yet: the reader's worker filters do not apply, and the caller leaves the table out under them.
 * Without a practice filter the history before the range is read by whole years from the summary (0052).
 */
export function waitingListMovements(db: Db, schemeIds: Schemes, f: ReportFilters) {
  const month = sql<string | null>`CASE WHEN month >= ${f.fromMonth} THEN month END`;
  const sums = [month.as('month'), total('joined').as('joined'), total('removed').as('removed')];
  if (f.practice) {
    return db
      .selectFrom('report_waiting_list')
      .where('scheme_id', 'in', schemeIds)
      .where('month', '<=', f.toMonth)
      .where('need', '=', f.need ?? '*')
      .where('practice_ods_code', '=', f.practice)
      .select(sums)
      .groupBy(sql`1`)
      .execute() as Promise<{ month: string | null; joined: string; removed: string }[]>;
  }
  const yearStart = `${f.fromMonth.slice(0, 4)}-01-01`;
  const rows = sql`(SELECT month, m1 AS joined, m2 AS removed FROM report_summary_rows
    WHERE summary = 'waiting-list' AND scheme_id IN (${sql.join(schemeIds)}) AND need = ${f.need ?? '*'}
      AND ((grain = 'year' AND month < ${yearStart}) OR (grain = 'month' AND month >= ${yearStart} AND month <= ${f.toMonth})))`;
  return db
    .selectFrom(rows.as('report_waiting_list'))
    .select(sums)
    .groupBy(sql`1`)
    .execute() as Promise<{ month: string | null; joined: string; removed: string }[]>;
}

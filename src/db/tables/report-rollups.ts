import type { ColumnType, GeneratedAlways } from 'kysely';

/** numeric: returned by node-postgres as a string. */
type Numeric = ColumnType<string, string | number, string | number>;

/*
 * The reports' monthly rollups (0041_report_rollups.sql): recomputed per scheme and month by report_refresh() from
 * the raw rows, read-only to the application. `month` is the first day of a London calendar month ('YYYY-MM-DD').
 */

interface RollupKey {
  scheme_id: string;
  month: string;
  practice_ods_code: string | null;
  /** A need code, or '*' for each referral once. */
  need: string;
}

export interface ReportDirtyMonthsTable {
  id: GeneratedAlways<string>;
  scheme_id: string;
  month: string;
}

export interface ReportReferralsTable extends RollupKey {
  source: string;
  worker_id: string | null;
  evaluation: string;
  outcome: 'awaiting' | 'accepted' | 'declined' | 'cancelled' | 'unable_to_contact';
  referrals: number;
}

export interface ReportWaitsTable extends RollupKey {
  worker_id: string | null;
  kind: 'first_contact' | 'first_session';
  days: number;
  referrals: number;
}

export interface ReportClosuresTable extends RollupKey {
  worker_id: string | null;
  reason: string;
  length_days: number | null;
  sessions_attended: number;
  cases: number;
}

export interface ReportSessionsTable extends RollupKey {
  worker_id: string | null;
  attendance: string;
  sessions: number;
}

export interface ReportOutcomesTable extends RollupKey {
  worker_id: string | null;
  level: string | null;
  measure_key: string;
  score_key: string;
  pairs: number;
  sum_baseline: Numeric;
  sum_latest: Numeric;
  sum_change: Numeric;
  sum_square_change: Numeric;
  improved: number;
  worse: number;
}

export interface ReportMeasureAskingsTable extends RollupKey {
  worker_id: string | null;
  measure_key: string;
  timepoint: string;
  status: string;
  askings: number;
}

/** Referrals joining the waiting list (accepted) and leaving it (allocated, declined, cancelled) in the month (0048). */
export interface ReportWaitingListTable extends RollupKey {
  joined: number;
  removed: number;
}

/** The summaries of the rollups (0049): which columns each keeps and which it sums. */
export interface ReportSummariesTable {
  name: string;
  rollup: string;
  dims: string[];
  dim_types: string[];
  measures: string[];
}

/** Every summary's rows, by month and by year: kept columns as text, sums as numeric. */
export interface ReportSummaryRowsTable {
  summary: string;
  scheme_id: string;
  month: string;
  grain: 'month' | 'year';
  need: string;
  d1: string | null;
  d2: string | null;
  d3: string | null;
  d4: string | null;
  d5: string | null;
  d6: string | null;
  m1: Numeric | null;
  m2: Numeric | null;
  m3: Numeric | null;
  m4: Numeric | null;
  m5: Numeric | null;
  m6: Numeric | null;
  m7: Numeric | null;
  m8: Numeric | null;
}

/** A report's own rollups: the function that recomputes one scheme's month of them (0043). */
export interface ReportRollupPartsTable {
  name: string;
  refresh: string;
}

/** Kysely table types of the report rollups. */
export interface ReportRollupTables {
  report_rollup_parts: ReportRollupPartsTable;
  report_waiting_list: ReportWaitingListTable;
  report_summaries: ReportSummariesTable;
  report_summary_rows: ReportSummaryRowsTable;
  report_dirty_months: ReportDirtyMonthsTable;
  report_referrals: ReportReferralsTable;
  report_waits: ReportWaitsTable;
  report_closures: ReportClosuresTable;
  report_sessions: ReportSessionsTable;
  report_outcomes: ReportOutcomesTable;
  report_measure_askings: ReportMeasureAskingsTable;
}

import type { DateOnly, DefaultTimestamp } from './column-types.ts';

/** The groups the equity rollup counts each referral in, once per dimension (0046_report_equity.sql). */
export type EquityDimension = 'imd' | 'ethnicity' | 'age' | 'sex';

/**
 * Referrals received in a London month (the first day, 'YYYY-MM-DD') by one dimension at a time: IMD decile, ethnic
 * category, age band at referral or sex; with how many engaged, had a paired score, and improved. Read-only to the
 * application; recomputed by report_refresh_equity().
 */
export interface ReportEquityTable {
  scheme_id: string;
  month: string;
  practice_ods_code: string | null;
  /** A need code, or '*' for each referral once. */
  need: string;
  worker_id: string | null;
  dimension: EquityDimension;
  /** imd: '1'…'10' or 'unknown'; ethnicity: a category letter or 'not_stated'; age: '0-4'…'95+' or 'unknown'. */
  group_key: string;
  referrals: number;
  engaged: number;
  paired: number;
  improved: number;
}

/** A GP practice's registered list: the extract it came from and its total (male and female, all ages). */
export interface PracticePopulationListsTable {
  practice_ods_code: string;
  extract_date: DateOnly;
  source: string;
  patients: number;
  imported_at: DefaultTimestamp;
}

/** A practice's registered patients of one sex in one five-year band ('0-4' … '90-94', '95+'). */
export interface PracticePopulationsTable {
  practice_ods_code: string;
  sex: 'male' | 'female';
  age_band: string;
  patients: number;
}

/** Tables of migration 0046: the equity rollup and the practices' registered lists. */
export interface ReportEquityTables {
  report_equity: ReportEquityTable;
  practice_population_lists: PracticePopulationListsTable;
  practice_populations: PracticePopulationsTable;
}

import type { GeneratedAlways } from 'kysely';

/**
 * Each link worker's caseload figures, kept by a trigger on cases in the writing statement's
 * transaction (0030_worker_case_counts.sql): open cases, and allocations per London month and day,
 * for capacity without counting cases. Read-only to the application.
 */
export interface WorkerCaseCountsTable {
  scheme_id: string;
  worker_id: string;
  /** Cases contacting or active. */
  open_cases: number;
  /**
   * Cases allocated on or after the scheme's `worker_allocation_windows.counted_from` London day, held by the worker
   * (0037_worker_allocations_since.sql): never more than the year's allocations once the window is inside the year.
   */
  allocated_since: number;
  /**
   * The `rank_` columns are the worker's key in the allocation shortlist, worked out by a trigger from the row and
   * the worker's current profile, membership, name and the scheme's capacity policy (0038_worker_rank_keys.sql).
   * `rankable`: an active user who is a link worker of the scheme; only these are ranked.
   */
  rankable: boolean;
  rank_name: string;
  rank_suggested: boolean;
  /** -1000 not taking cases, -500 over the safe caseload, otherwise the spare places. */
  rank_score: number;
  /** The languages trimmed and lower-case; '*' for one with letters beyond ASCII. */
  rank_languages: string[];
  /** Suggested first, then the higher score, ascending: the index order of the ranking. */
  rank_order: GeneratedAlways<number>;
}

/** Per scheme, the first London day `allocated_since` counts, moved each day by `recount_worker_allocations`. */
export interface WorkerAllocationWindowsTable {
  scheme_id: string;
  /** A `date`, read as 'YYYY-MM-DD'. */
  counted_from: string;
  counted_at: Date;
}

export interface WorkerAllocationMonthsTable {
  scheme_id: string;
  /** The first day of the London month the cases were allocated in (a `date`, read as 'YYYY-MM-DD'). */
  month: string;
  worker_id: string;
  allocated: number;
}

export interface WorkerAllocationDaysTable {
  scheme_id: string;
  /** The London day the cases were allocated on (a `date`, read as 'YYYY-MM-DD'). */
  day: string;
  worker_id: string;
  allocated: number;
}

/** Kysely table types for the workers' caseload counts. */
export interface WorkerCaseCountsTables {
  worker_case_counts: WorkerCaseCountsTable;
  worker_allocation_windows: WorkerAllocationWindowsTable;
  worker_allocation_months: WorkerAllocationMonthsTable;
  worker_allocation_days: WorkerAllocationDaysTable;
}

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
  worker_allocation_months: WorkerAllocationMonthsTable;
  worker_allocation_days: WorkerAllocationDaysTable;
}

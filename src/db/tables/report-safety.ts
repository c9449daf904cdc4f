/*
 * The safety and workforce report's monthly rollups (0045_safety_report.sql): recomputed per scheme and month by
 * report_refresh_safety() from the raw rows, read-only to the application. `month` is the first day of a London
 * calendar month ('YYYY-MM-DD'). Rows with no practice or need keep practice NULL and need '*'.
 */

interface SafetyRollupKey {
  scheme_id: string;
  month: string;
  practice_ods_code: string | null;
  /** A need code, or '*' for each thing once. */
  need: string;
  /** The link worker whose work it is. */
  worker_id: string | null;
}

export interface ReportSafetyRisksTable extends SafetyRollupKey {
  level: string;
  risks: number;
}

export interface ReportSafetyActionsTable extends SafetyRollupKey {
  outcome: 'on_time' | 'late' | 'not_done' | 'open';
  actions: number;
}

export interface ReportSafetyDebriefsTable extends SafetyRollupKey {
  outcome: 'in_time' | 'late' | 'open';
  debriefs: number;
}

export interface ReportSafetySupervisionTable extends SafetyRollupKey {
  /** Days since the worker's previous session; null for their first. */
  gap_days: number | null;
  sessions: number;
  /** The latest day held among the group's sessions ('YYYY-MM-DD'). */
  last_held_on: string;
}

export interface ReportSafetyTrainingTable extends SafetyRollupKey {
  course_id: string;
  started: number;
  ended: number;
}

export interface ReportSafetyVisitsTable extends SafetyRollupKey {
  missed: boolean;
  ack_minutes: number | null;
  visits: number;
}

export interface ReportSafetyCaseloadTable extends SafetyRollupKey {
  allocated: number;
  closed: number;
  overrides: number;
}

/** Kysely table types for the safety and workforce rollups. */
export interface ReportSafetyTables {
  report_safety_risks: ReportSafetyRisksTable;
  report_safety_actions: ReportSafetyActionsTable;
  report_safety_debriefs: ReportSafetyDebriefsTable;
  report_safety_supervision: ReportSafetySupervisionTable;
  report_safety_training: ReportSafetyTrainingTable;
  report_safety_visits: ReportSafetyVisitsTable;
  report_safety_caseload: ReportSafetyCaseloadTable;
}

import type { Generated } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../schema.ts';

export type VisitStatus = 'planned' | 'checked_in' | 'checked_out' | 'cancelled';
export type VisitEventKind =
  | 'planned'
  | 'extended'
  | 'checked_in'
  | 'checked_out'
  | 'alerted'
  | 'escalated'
  | 'escalation_ended'
  | 'acknowledged'
  | 'cancelled'
  | 'help_requested';

export interface LoneWorkingVisitsTable {
  id: Generated<string>;
  scheme_id: string;
  worker_id: string;
  case_id: string | null;
  place: string;
  purpose: Generated<string>;
  planned_start: Timestamp;
  expected_end: Timestamp;
  buddy_id: string;
  worker_phone: string;
  status: Generated<VisitStatus>;
  checked_in_at: NullableTimestamp;
  checked_out_at: NullableTimestamp;
  alert_level: Generated<number>;
  last_alert_at: NullableTimestamp;
  escalation_ended_at: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
  help_requested_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface LoneWorkingEventsTable {
  id: Generated<string>;
  scheme_id: string;
  visit_id: string;
  kind: VisitEventKind;
  at: Timestamp;
  by_user_id: string | null;
  detail: Generated<string>;
  alert_level: number | null;
  created_at: Generated<Date>;
  /** Written order: breaks ties between events of one change. */
  seq: Generated<string>;
}

/** Kysely table types for lone-working visits (mirrors its migration). */
export interface LoneWorkingTables {
  lone_working_visits: LoneWorkingVisitsTable;
  lone_working_events: LoneWorkingEventsTable;
}

import type { Generated } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';
import type { NotificationReferralColumns } from './notification-referral.ts';

/**
 * Kysely table types for safety and support, the shared part (mirrors 0006_safety_core.sql):
 * notifications, how sessions leave workers, and debrief requests.
 */

export interface NotificationsTable extends NotificationReferralColumns {
  id: Generated<string>;
  scheme_id: string;
  recipient_id: string;
  kind: string;
  urgent: Generated<boolean>;
  subject: string;
  body: string;
  link: string | null;
  source_type: string | null;
  source_id: string | null;
  created_at: Generated<Date>;
  read_at: NullableTimestamp;
  emailed_at: NullableTimestamp;
  email_error: string | null;
  // 0016: what it is about (names resolved when read) and the event it tells of (one per recipient).
  case_id: string | null;
  worker_id: string | null;
  event_key: string;
}

export type Feeling = 'fine' | 'affected' | 'difficult' | 'distressing';

export interface SessionWellbeingTable {
  session_id: string;
  scheme_id: string;
  worker_id: string;
  feeling: Feeling;
  recorded_at: Generated<Date>;
}

export type DebriefReason = 'distressing_session' | 'difficult_sessions_in_row' | 'high_risk' | 'asked';

export interface DebriefRequestsTable {
  id: Generated<string>;
  scheme_id: string;
  worker_id: string;
  supervisor_id: string | null;
  reason: DebriefReason;
  session_id: string | null;
  risk_id: string | null;
  requested_at: DefaultTimestamp;
  respond_by: Timestamp;
  status: Generated<'requested' | 'completed'>;
  completed_at: NullableTimestamp;
  completed_by: string | null;
  notes: Generated<string>;
  escalated_at: NullableTimestamp;
  // 0016: an earlier duplicate for the same session or risk, kept for its notes.
  duplicate_of: Generated<string | null>;
}

/** Kysely table types for notifications, session wellbeing and debrief requests. */
export interface SafetyCoreTables {
  notifications: NotificationsTable;
  session_wellbeing: SessionWellbeingTable;
  debrief_requests: DebriefRequestsTable;
}

import type { Generated, GeneratedAlways } from 'kysely';
import type { Timestamp } from '../schema.ts';
import type { RiskLevel } from './risk.ts';

export type RiskEventKind = 'recorded' | 'escalated' | 'action-done' | 'action-not-done' | 'action-overdue' | 'closed';

/** One event in a risk's life, written with the change, shown on the case timeline (0017_active_risk_levels.sql). */
export interface RiskEventsTable {
  id: Generated<string>;
  /** bigint identity: returned by node-postgres as a string. */
  seq: GeneratedAlways<string>;
  scheme_id: string;
  case_id: string;
  risk_id: string;
  action_id: string | null;
  kind: RiskEventKind;
  level: RiskLevel;
  subject: Generated<string>;
  note: Generated<string>;
  by_user_id: string | null;
  at: Timestamp;
}

/** Kysely table types for the risk timeline (mirrors 0017_active_risk_levels.sql; cases.active_risk_rank is on CasesTable). */
export interface ActiveRiskTables {
  risk_events: RiskEventsTable;
}

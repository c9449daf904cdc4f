import type { Generated } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../schema.ts';

export type RiskLevel = 'none' | 'low' | 'medium' | 'high' | 'immediate';
export type RiskActionStatus = 'open' | 'done' | 'not_done';
export type SafeguardingSubject = 'adult' | 'child';

export interface RiskAssessmentsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  session_id: string | null;
  assessed_by: string | null;
  assessed_at: Timestamp;
  self_harm_thoughts: boolean;
  self_harm_plans: boolean;
  self_harm_means: boolean;
  self_harm_intent: boolean;
  protective_factors: Generated<string>;
  harm_to_others: boolean;
  harm_to_others_detail: Generated<string>;
  safeguarding_concern: boolean;
  level: RiskLevel;
  summary: Generated<string>;
  matched_phrases: Generated<string[]>;
  escalation_note: Generated<string>;
  status: 'open' | 'closed';
  closed_at: NullableTimestamp;
  closed_by: string | null;
  closing_note: Generated<string>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface RiskActionsTable {
  id: Generated<string>;
  scheme_id: string;
  risk_id: string;
  kind: string;
  description: string;
  assignee_id: string;
  due_at: Timestamp;
  required: Generated<boolean>;
  status: Generated<RiskActionStatus>;
  outcome_note: Generated<string>;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
  resolved_by: string | null;
  /** When the overdue alert went (0021_risk_action_overdue.sql); null until then. */
  overdue_alerted_at: NullableTimestamp;
}

export interface SafeguardingConcernsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  risk_id: string | null;
  subject: SafeguardingSubject;
  categories: string[];
  description: string;
  immediate_action: Generated<string>;
  raised_by: string;
  raised_at: Timestamp;
  la_referral_made: Generated<boolean>;
  la_authority: string | null;
  la_referred_at: NullableTimestamp;
  la_reference: string | null;
  la_referred_by: string | null;
  la_not_referred_reason: Generated<string>;
  outcome: Generated<string>;
  status: Generated<'open' | 'closed'>;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface SafeguardingActionsTable {
  id: Generated<string>;
  scheme_id: string;
  concern_id: string;
  description: string;
  at: Timestamp;
  by_user_id: string | null;
}

/** Kysely table types for risk checks, risk actions and safeguarding concerns (mirrors 0007_risk.sql). */
export interface RiskTables {
  risk_assessments: RiskAssessmentsTable;
  risk_actions: RiskActionsTable;
  safeguarding_concerns: SafeguardingConcernsTable;
  safeguarding_actions: SafeguardingActionsTable;
}

import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from '../schema.ts';

/** FHIR R4 Task.status values used for onward referrals. */
export type OnwardReferralStatus =
  'requested' | 'received' | 'accepted' | 'rejected' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'failed';

export type OnwardReferralAttended = 'yes' | 'no' | 'unknown';
export type OnwardActorKind = 'user' | 'api_client' | 'system';

/** The minimum-necessary copy taken at send time: the receiving organisation sees only this. */
export type SharedSnapshot = Record<string, string>;

export interface OnwardReferralsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  patient_id: string;
  service_id: string;
  service_name: string;
  directory_organization_id: string | null;
  directory_organization_name: string | null;
  /** The Linkwork community organisation that receives it in its inbox, or null (status recorded by hand). */
  receiving_organisation_id: string | null;
  status: Generated<OnwardReferralStatus>;
  business_status: string | null;
  consent_statement: string;
  consent_recorded_by: string;
  consent_recorded_at: Timestamp;
  shared_fields: Json<string[]>;
  shared_snapshot: Json<SharedSnapshot>;
  message: string;
  created_by: string;
  status_reason: string | null;
  outcome_attended: OnwardReferralAttended | null;
  outcome_note: string | null;
  /** First answer (accepted or rejected, by the organisation or recorded by hand); null for auto-declines. */
  first_answered_at: NullableTimestamp;
  accepted_at: NullableTimestamp;
  /** True when the first answer was the automatic decline (excluded from response time). */
  auto_declined: Generated<boolean>;
  reminder_due_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  auto_decline_due_at: NullableTimestamp;
  sent_at: Timestamp;
  closed_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OnwardReferralEventsTable {
  id: Generated<string>;
  scheme_id: string;
  onward_referral_id: string;
  from_status: OnwardReferralStatus | null;
  to_status: OnwardReferralStatus;
  kind: string;
  by_kind: OnwardActorKind;
  by_user_id: string | null;
  by_api_client_id: string | null;
  note: string | null;
  at: Timestamp;
}

/** Tables of migration 0013: onward referrals to community services and their FHIR Tasks. */
export interface OnwardReferralTables {
  onward_referrals: OnwardReferralsTable;
  onward_referral_events: OnwardReferralEventsTable;
}

import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type {
  DateOnly,
  DefaultJson,
  DefaultTimestamp,
  Json,
  NullableDateOnly,
  NullableTimestamp,
  Timestamp,
} from './column-types.ts';
import type { ExclusionCrisisColumns, ReferralCrisisColumns } from './crisis-referrals.ts';
import type { PatientMatchColumns } from './patient-match.ts';

/**
 * Kysely table types for the social prescribing pathway (mirrors 0002_pathway.sql and
 * 0003_pathway_tuning.sql): patients, scheme policies and exclusions, worker profiles, referrals and their
 * events, cases with extensions, contact attempts, sessions, goals and tasks, and the message back.
 */

/** numeric: returned by node-postgres as a string. */
type Numeric = ColumnType<string, number | string | undefined, number | string>;

export type Sex = 'male' | 'female' | 'other' | 'unknown';
export type PreferredContact = 'phone' | 'text' | 'email' | 'letter';

export interface PatientsTable extends PatientMatchColumns {
  id: Generated<string>;
  scheme_id: string;
  nhs_number: string | null;
  given_name: string;
  family_name: string;
  date_of_birth: NullableDateOnly;
  sex: Sex | null;
  gender_identity: string | null;
  ethnicity: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  preferred_contact: PreferredContact | null;
  preferred_language: string | null;
  interpreter_needed: Generated<boolean>;
  accessibility_needs: string | null;
  practice_ods_code: string | null;
  merged_into_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface PatientDistinctPairsTable {
  scheme_id: string;
  first_id: string;
  second_id: string;
  decided_by: string | null;
  decided_at: Generated<Date>;
}

export interface SchemePoliciesTable {
  scheme_id: string;
  min_age: Generated<number>;
  max_age: number | null;
  practices_served: Generated<string[]>;
  needs_in_scope: Generated<string[]>;
  self_referral_open: Generated<boolean>;
  annual_people_per_fte: Generated<number>;
  full_time_hours: Numeric;
  contact_attempts: Generated<number>;
  contact_window_days: Generated<number>;
  letter_wait_days: Generated<number>;
  intervention_weeks: Generated<number>;
  intervention_sessions: Generated<number>;
  /** The scheme's own risk phrases, added to the built-in risk-language detector (migration 0014). */
  added_risk_phrases: Generated<string[]>;
  crisis_contacts: DefaultJson<CrisisContact[]>;
  safeguarding_lead_id: string | null;
  supervision_cadence_days: Generated<number>;
  difficult_sessions_in_row: Generated<number>;
  debrief_response_working_days: Generated<number>;
  lone_working_grace_minutes: Generated<number>;
  lone_working_escalation_minutes: Generated<number>;
  lone_working_checkin_window_minutes: Generated<number>;
  onward_reminder_working_days: Generated<number>;
  onward_auto_decline_days: Generated<number>;
  /** Weeks without a referral after which a practice that used to refer is reported as stopped (0047). */
  practice_quiet_weeks: Generated<number>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** A crisis line or team the scheme wants shown with 999 and NHS 111 option 2. */
export interface CrisisContact {
  name: string;
  phone: string;
  when: string;
}

export type ExclusionOutcome = 'out_of_scope' | 'needs_review';

export interface SchemeExclusionsTable extends ExclusionCrisisColumns {
  id: Generated<string>;
  scheme_id: string;
  circumstance: string;
  outcome: ExclusionOutcome;
  alternative: string;
  position: Generated<number>;
}

export interface WorkerProfilesTable {
  scheme_id: string;
  user_id: string;
  hours_per_week: Numeric;
  languages: Generated<string[]>;
  accepting_cases: Generated<boolean>;
  supervisor_id: string | null;
  supervision_cadence_days: number | null;
  started_on: string | null;
  updated_at: Generated<Date>;
}

export type ReferralSource = 'referrer' | 'self_referral' | 'community_organisation' | 'gp_system';
export type ReferralStatus =
  'received' | 'information_requested' | 'waiting' | 'declined' | 'allocated' | 'completed' | 'cancelled';
export type Evaluation = 'in_scope' | 'needs_review' | 'out_of_scope';

/** One reason the criteria engine gave, with the alternative pathway where there is one. */
export interface EvaluationReason {
  code: string;
  outcome: Evaluation;
  message: string;
  alternative?: string;
}

export interface ReferralsTable extends ReferralCrisisColumns {
  id: Generated<string>;
  scheme_id: string;
  patient_id: string;
  source: ReferralSource;
  status: ReferralStatus;
  referred_by_user_id: string | null;
  referred_by_client_id: string | null;
  referrer_organisation_id: string | null;
  referrer_name: string | null;
  referrer_contact: string | null;
  practice_ods_code: string | null;
  identifier_system: string | null;
  identifier_value: string | null;
  reason: Generated<string>;
  needs: Generated<string[]>;
  circumstances: Generated<string[]>;
  consent_contact: boolean;
  consent_share_services: Generated<boolean>;
  consent_share_gp: Generated<boolean>;
  evaluation: Evaluation;
  evaluation_reasons: DefaultJson<EvaluationReason[]>;
  information_request: string | null;
  decline_reason: string | null;
  decline_alternative: string | null;
  complexity_flags: Generated<string[]>;
  triaged_by: string | null;
  triaged_at: NullableTimestamp;
  accepted_at: NullableTimestamp;
  received_at: DefaultTimestamp;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface ReferralEventsTable {
  /** bigint identity: returned by node-postgres as a string. */
  id: GeneratedAlways<string>;
  scheme_id: string;
  referral_id: string;
  at: DefaultTimestamp;
  by_user_id: string | null;
  kind: string;
  status: ReferralStatus;
  detail: DefaultJson<Record<string, unknown>>;
}

export type CaseStatus = 'contacting' | 'active' | 'closed';
export type InterventionLevel = 'light_touch' | 'intensive';

/** A need the person and worker named, by domain. */
export interface DomainNeed {
  domain: string;
  notes: string;
}

export interface CasesTable {
  id: Generated<string>;
  scheme_id: string;
  referral_id: string;
  patient_id: string;
  worker_id: string;
  status: CaseStatus;
  allocated_at: DefaultTimestamp;
  allocated_by: string | null;
  first_contact_at: NullableTimestamp;
  letter_sent_at: NullableTimestamp;
  what_matters: Generated<string>;
  needs_by_domain: DefaultJson<DomainNeed[]>;
  intervention_level: InterventionLevel | null;
  extra_weeks: Generated<number>;
  extra_sessions: Generated<number>;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  discharge_reason: string | null;
  discharge_summary: string | null;
  discharge_arranged: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
  /** The highest active risk: 0 none, 2 medium, 3 high, 4 immediate (0017; kept by the risk module). */
  active_risk_rank: Generated<number>;
}

export interface CaseExtensionsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  extra_weeks: number;
  extra_sessions: number;
  reason: string;
  by_user_id: string | null;
  at: DefaultTimestamp;
}

export type ContactChannel = 'phone' | 'text' | 'email' | 'letter' | 'in_person';
export type ContactOutcome = 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';

export interface ContactAttemptsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  at: Timestamp;
  channel: ContactChannel;
  outcome: ContactOutcome;
  notes: Generated<string>;
  by_user_id: string | null;
  created_at: Generated<Date>;
}

export type SessionMode = 'face_to_face' | 'phone' | 'video' | 'home_visit';
export type Attendance = 'attended' | 'did_not_attend' | 'cancelled';
export type RiskConcern = 'no' | 'yes';

export interface CaseSessionsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  starts_at: Timestamp;
  duration_minutes: number;
  mode: SessionMode;
  place: Generated<string>;
  attendance: Attendance;
  notes: Generated<string>;
  by_user_id: string | null;
  created_at: Generated<Date>;
  /** "Any concern about risk today?" (migration 0018): null = not asked (older sessions, did not attend). */
  risk_concern: RiskConcern | null;
}

export type GoalStatus = 'not_started' | 'in_progress' | 'achieved' | 'stopped';

export interface CaseGoalsTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  description: string;
  actions: Generated<string>;
  status: Generated<GoalStatus>;
  progress: number | null;
  progress_note: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface CaseTasksTable {
  id: Generated<string>;
  scheme_id: string;
  case_id: string;
  assignee_id: string;
  description: string;
  due_on: DateOnly;
  done_at: NullableTimestamp;
  done_by: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export type MessageBackKind = 'declined' | 'discharged' | 'unable_to_contact' | 'information_requested';

export interface MessagesBackTable {
  id: Generated<string>;
  scheme_id: string;
  referral_id: string;
  kind: MessageBackKind;
  snomed_code: string;
  snomed_display: string;
  body: Json<Record<string, unknown>>;
  created_at: DefaultTimestamp;
  created_by: string | null;
}

/** Kysely table types for people, referrals, cases and the scheme settings they follow. */
export interface PathwayTables {
  patients: PatientsTable;
  patient_distinct_pairs: PatientDistinctPairsTable;
  scheme_policies: SchemePoliciesTable;
  scheme_exclusions: SchemeExclusionsTable;
  worker_profiles: WorkerProfilesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  cases: CasesTable;
  case_extensions: CaseExtensionsTable;
  contact_attempts: ContactAttemptsTable;
  case_sessions: CaseSessionsTable;
  case_goals: CaseGoalsTable;
  case_tasks: CaseTasksTable;
  messages_back: MessagesBackTable;
}

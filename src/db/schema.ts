import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { LoneWorkingTables } from './tables/lone-working.ts';
import type { RiskTables } from './tables/risk.ts';
import type { SupervisionTables } from './tables/supervision.ts';
import type { TrainingTables } from './tables/training.ts';
import type { PostcodeTables } from './tables/postcodes.ts';
import type { DirectoryLocalTables } from './tables/directory-local.ts';
import type { OnwardReferralTables } from './tables/onward-referrals.ts';
import type { ActiveRiskTables } from './tables/active-risk.ts';
import type { ExclusionCrisisColumns, ReferralCrisisColumns } from './tables/crisis-referrals.ts';
import type { NotificationReferralColumns } from './tables/notification-referral.ts';
import type { PatientMatchColumns, PatientMatchTables } from './tables/patient-match.ts';
import type { ReferralPracticeDaysTables } from './tables/referral-practice-days.ts';
import type { WorkerCaseCountsTables } from './tables/worker-case-counts.ts';
import type { UserNameWordsTable } from './tables/user-name-words.ts';

/**
 * Kysely table types: kept by hand beside the SQL migrations they mirror, and checked against the migrated
 * database by src/db/schema-matches-migrations.test.ts.
 */

/** timestamptz NOT NULL with no default: every insert gives it. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** timestamptz NOT NULL DEFAULT now(): an insert may leave it to the database's clock. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type Role =
  'administrator' | 'scheme_manager' | 'supervisor' | 'link_worker' | 'referrer' | 'community_org_user';
export type OrganisationType = 'scheme' | 'gp_practice' | 'community_organisation';
export type SessionStage = 'two_factor' | 'change_password' | 'enrol_two_factor' | 'active';

export interface OrganisationsTable {
  id: Generated<string>;
  type: OrganisationType;
  name: string;
  slug: string | null;
  ods_code: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: NullableTimestamp;
  /** bigint: returned by node-postgres as a string. */
  totp_last_step: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: NullableTimestamp;
  active: Generated<boolean>;
  deactivated_at: NullableTimestamp;
  deactivated_reason: string | null;
  last_sign_in_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  scheme_id: string | null;
  organisation_id: string | null;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  active_membership_id: string | null;
  created_at: Generated<Date>;
  last_seen_at: DefaultTimestamp;
  absolute_expires_at: Timestamp;
  ended_at: NullableTimestamp;
  ended_reason: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiClientsTable {
  id: Generated<string>;
  name: string;
  scheme_id: string;
  token_hash: string;
  token_prefix: string;
  created_at: Generated<Date>;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  /** A community organisation's system (migration 0013): reaches only the Tasks it owns. */
  organisation_id: Generated<string | null>;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

export interface AuditLogTable {
  /** bigint identity: returned by node-postgres as a string. */
  id: GeneratedAlways<string>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_client_id: string | null;
  actor_role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  scheme_id: string | null;
  request_id: string | null;
  reason: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
}

/** Each action the audit log holds, once (0036): written only by a trigger on audit_log, read by the search. */
export interface AuditActionsTable {
  action: string;
}

type DateOnly = ColumnType<string, string, string>;
type NullableDateOnly = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb NOT NULL with no default: every insert gives it, as JSON text. */
export type Json<T> = ColumnType<T, string, string>;
/** jsonb NOT NULL with a default ('[]' or '{}'): an insert may leave it out. */
export type DefaultJson<T> = ColumnType<T, string | undefined, string>;
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

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Generated<Date>;
}

// Safety and support (0006): notifications, how sessions leave workers, debrief requests.
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

export interface DB
  extends
    RiskTables,
    LoneWorkingTables,
    SupervisionTables,
    TrainingTables,
    PostcodeTables,
    DirectoryLocalTables,
    OnwardReferralTables,
    ActiveRiskTables,
    ReferralPracticeDaysTables,
    PatientMatchTables,
    WorkerCaseCountsTables {
  notifications: NotificationsTable;
  session_wellbeing: SessionWellbeingTable;
  debrief_requests: DebriefRequestsTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  user_name_words: UserNameWordsTable;
  recovery_codes: RecoveryCodesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_clients: ApiClientsTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  audit_actions: AuditActionsTable;
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
  schema_migrations: SchemaMigrationsTable;
  directory_organizations: DirectoryOrganizationsTable;
  directory_organization_identifiers: DirectoryOrganizationIdentifiersTable;
  directory_services: DirectoryServicesTable;
  directory_locations: DirectoryLocationsTable;
  directory_addresses: DirectoryAddressesTable;
  directory_accessibility: DirectoryAccessibilityTable;
  directory_service_at_locations: DirectoryServiceAtLocationsTable;
  directory_schedules: DirectorySchedulesTable;
  directory_contacts: DirectoryContactsTable;
  directory_phones: DirectoryPhonesTable;
  directory_languages: DirectoryLanguagesTable;
  directory_cost_options: DirectoryCostOptionsTable;
  directory_service_areas: DirectoryServiceAreasTable;
  directory_fundings: DirectoryFundingsTable;
  directory_taxonomies: DirectoryTaxonomiesTable;
  directory_taxonomy_terms: DirectoryTaxonomyTermsTable;
  directory_attributes: DirectoryAttributesTable;
}

// The community directory (0004): Open Referral UK 3.0 tables. Ids are the publisher's ORUK ids.
/** numeric: returned by node-postgres as a string. */
type DirectoryNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
export interface DirectoryOrganizationsTable {
  id: string;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  logo: string | null;
  uri: string | null;
  parent_organization_id: string | null;
  source: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryOrganizationIdentifiersTable {
  id: string;
  organization_id: string;
  identifier_scheme: string | null;
  identifier_type: string;
  identifier: string;
  imported_at: Generated<Date>;
}
export interface DirectoryServicesTable {
  id: string;
  organization_id: string | null;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  fees: string | null;
  accreditations: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: NullableDateOnly;
  assurer_email: string | null;
  alert: string | null;
  last_modified: NullableTimestamp;
  source: string | null;
  imported_at: Generated<Date>;
  /** Generated always from name and description (never null: both are coalesced). */
  search: GeneratedAlways<string>;
  /** sha256 of the ORUK record last imported (0027); null after any other change to the service. */
  content_hash: string | null;
}
export interface DirectoryLocationsTable {
  id: string;
  location_type: string;
  name: string | null;
  description: string | null;
  latitude: DirectoryNumeric;
  longitude: DirectoryNumeric;
  external_identifier: string | null;
  external_identifier_type: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryAddressesTable {
  id: string;
  location_id: string;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
  imported_at: Generated<Date>;
}
export interface DirectoryAccessibilityTable {
  id: string;
  location_id: string;
  description: string | null;
  details: string | null;
  url: string | null;
  accessibility: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryServiceAtLocationsTable {
  id: string;
  service_id: string;
  location_id: string;
  imported_at: Generated<Date>;
}
export interface DirectorySchedulesTable {
  id: string;
  service_id: string | null;
  service_at_location_id: string | null;
  valid_from: NullableDateOnly;
  valid_to: NullableDateOnly;
  dtstart: NullableDateOnly;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  description: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  attending_type: string | null;
  notes: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryContactsTable {
  id: string;
  service_id: string | null;
  name: string | null;
  title: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryPhonesTable {
  id: string;
  contact_id: string;
  number: string;
  description: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryLanguagesTable {
  id: string;
  service_id: string | null;
  phone_id: string | null;
  /** HSDS 3.0 name, ISO 639 code and note (migration 0012; the UK profile omits them). */
  name: string | null;
  code: string | null;
  note: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryCostOptionsTable {
  id: string;
  service_id: string | null;
  valid_from: NullableDateOnly;
  valid_to: NullableDateOnly;
  option: string | null;
  amount: DirectoryNumeric;
  amount_description: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryServiceAreasTable {
  id: string;
  service_id: string | null;
  name: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
  service_area: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryFundingsTable {
  id: string;
  service_id: string | null;
  source: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryTaxonomiesTable {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryTaxonomyTermsTable {
  id: string;
  name: string;
  description: string;
  parent_id: string | null;
  taxonomy: string | null;
  taxonomy_id: string | null;
  term_uri: string | null;
  term: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryAttributesTable {
  id: string;
  link_id: string | null;
  link_type: string | null;
  link_entity: string | null;
  taxonomy_term_id: string | null;
  imported_at: Generated<Date>;
}

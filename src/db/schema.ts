import type { ActiveRiskTables } from './tables/active-risk.ts';
import type { DeprivationTables } from './tables/deprivation.ts';
import type { DirectoryTables } from './tables/directory.ts';
import type { DirectoryLocalTables } from './tables/directory-local.ts';
import type { FoundationTables } from './tables/foundation.ts';
import type { LoneWorkingTables } from './tables/lone-working.ts';
import type { OnwardReferralTables } from './tables/onward-referrals.ts';
import type { OutcomeTables } from './tables/outcomes.ts';
import type { ReportRollupTables } from './tables/report-rollups.ts';
import type { ReportEquityTables } from './tables/report-equity.ts';
import type { ReportCommunityTables } from './tables/report-community.ts';
import type { ReportSafetyTables } from './tables/report-safety.ts';
import type { PathwayTables } from './tables/pathway.ts';
import type { PatientMatchTables } from './tables/patient-match.ts';
import type { PostcodeTables } from './tables/postcodes.ts';
import type { ReferralPracticeDaysTables } from './tables/referral-practice-days.ts';
import type { RiskTables } from './tables/risk.ts';
import type { SafetyCoreTables } from './tables/safety-core.ts';
import type { SupervisionTables } from './tables/supervision.ts';
import type { TrainingTables } from './tables/training.ts';
import type { UserNameWordsTable } from './tables/user-name-words.ts';
import type { WorkerCaseCountsTables } from './tables/worker-case-counts.ts';

/**
 * The database as Kysely sees it: every table type, kept by hand beside the SQL migrations they mirror in
 * src/db/tables/ (one file per area), merged here and checked against the migrated database by
 * src/db/schema-matches-migrations.test.ts. The column types and the value types the application uses
 * are re-exported from here.
 */

export type { DefaultJson, DefaultTimestamp, Json, NullableTimestamp, Timestamp } from './tables/column-types.ts';
export type { OrganisationType, Role, SessionStage } from './tables/foundation.ts';
export type {
  Attendance,
  CaseStatus,
  ContactChannel,
  ContactOutcome,
  CrisisContact,
  DomainNeed,
  Evaluation,
  EvaluationReason,
  ExclusionOutcome,
  GoalStatus,
  InterventionLevel,
  MessageBackKind,
  PreferredContact,
  ReferralSource,
  ReferralStatus,
  RiskConcern,
  SessionMode,
  Sex,
} from './tables/pathway.ts';
export type { DebriefReason, Feeling } from './tables/safety-core.ts';
export type { Better, OutcomeStatus, OutcomeTimepoint } from './tables/outcomes.ts';

export interface DB
  extends
    FoundationTables,
    PathwayTables,
    DirectoryTables,
    SafetyCoreTables,
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
    WorkerCaseCountsTables,
    DeprivationTables,
    OutcomeTables,
    ReportRollupTables,
    ReportEquityTables,
    ReportCommunityTables,
    ReportSafetyTables {
  user_name_words: UserNameWordsTable;
}

import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';

/**
 * Kysely table types for the foundation (mirrors 0001_foundation.sql): organisations, users and their
 * recovery codes, memberships, sign-in sessions, API clients, settings, the audit log with the actions
 * it holds (0036), and the migrator's own record of applied migrations.
 */

export type Role =
  | 'administrator'
  | 'scheme_manager'
  | 'supervisor'
  | 'link_worker'
  | 'referrer'
  | 'community_org_user'
  | 'commissioner';
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

export interface SchemaMigrationsTable {
  name: string;
  applied_at: Generated<Date>;
}

/** Kysely table types for organisations, people, sessions, settings and the audit log. */
export interface FoundationTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_clients: ApiClientsTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  audit_actions: AuditActionsTable;
  schema_migrations: SchemaMigrationsTable;
}

import type { Generated } from 'kysely';

export type SupervisionKind = 'clinical' | 'managerial' | 'peer' | 'group';

export interface SupervisionSessionsTable {
  id: Generated<string>;
  scheme_id: string;
  worker_id: string;
  supervisor_id: string;
  /** yyyy-mm-dd */
  held_on: string;
  kind: SupervisionKind;
  /** Confidential to the worker and supervisor_id. */
  notes: Generated<string>;
  cases_discussed: Generated<string[]>;
  created_at: Generated<Date>;
}

export interface SupervisionActionsTable {
  id: Generated<string>;
  scheme_id: string;
  session_id: string;
  description: string;
  owner_id: string;
  due_on: string;
  done_at: Date | null;
  done_by: string | null;
}

export interface SupervisionOverdueNoticesTable {
  scheme_id: string;
  worker_id: string;
  due_on: string;
  notified_at: Generated<Date>;
}

export interface SupervisionChecksTable {
  scheme_id: string;
  worker_id: string;
  check_on: string;
}

export interface ReflectionsTable {
  id: Generated<string>;
  author_id: string;
  body: string;
  written_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** Kysely table types for supervision sessions, their actions and private reflections (mirrors its migration). */
export interface SupervisionTables {
  supervision_sessions: SupervisionSessionsTable;
  supervision_actions: SupervisionActionsTable;
  supervision_overdue_notices: SupervisionOverdueNoticesTable;
  supervision_checks: SupervisionChecksTable;
  reflections: ReflectionsTable;
}

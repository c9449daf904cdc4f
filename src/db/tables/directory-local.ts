import type { Generated } from 'kysely';
import type { DefaultTimestamp } from '../schema.ts';

export type CapacityStatus = 'capacity' | 'waitlist' | 'no_capacity';

export interface DirectoryOwnersTable {
  directory_organization_id: string;
  organisation_id: string;
  created_at: Generated<Date>;
}

export interface DirectoryServiceCapacityTable {
  service_id: string;
  status: CapacityStatus;
  note: string | null;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface DirectoryServiceEditsTable {
  service_id: string;
  version: number;
  changed_fields: Generated<string[]>;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface DirectoryServiceNotesTable {
  id: Generated<string>;
  scheme_id: string;
  service_id: string;
  author_id: string;
  body: string;
  created_at: DefaultTimestamp;
}

export type ChangeReportKind = 'closed' | 'wrong_contact' | 'wrong_times' | 'other';

export interface DirectoryChangeReportsTable {
  id: Generated<string>;
  scheme_id: string;
  service_id: string;
  kind: ChangeReportKind;
  details: string;
  reported_by: string;
  reported_at: DefaultTimestamp;
  status: Generated<'open' | 'resolved'>;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolution_note: string | null;
}

/** The directory's version (migration 0026): every directory write bumps it, in its own transaction. */
export interface DirectoryStateTable {
  id: Generated<boolean>;
  epoch: Generated<string>;
  version: Generated<string>;
  bumped_in: string | null;
}

/** Tables of migrations 0012 and 0026: what Linkwork keeps beside the published directory. */
export interface DirectoryLocalTables {
  directory_state: DirectoryStateTable;
  directory_owners: DirectoryOwnersTable;
  directory_service_capacity: DirectoryServiceCapacityTable;
  directory_service_edits: DirectoryServiceEditsTable;
  directory_service_notes: DirectoryServiceNotesTable;
  directory_change_reports: DirectoryChangeReportsTable;
}

import type { Generated } from 'kysely';
import type { Timestamp } from '../schema.ts';

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
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Tables of migration 0012: what Linkwork keeps beside the published directory. */
export interface DirectoryLocalTables {
  directory_owners: DirectoryOwnersTable;
  directory_service_capacity: DirectoryServiceCapacityTable;
}

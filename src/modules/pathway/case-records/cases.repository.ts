import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { CaseStatus, DB, DomainNeed, InterventionLevel } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const CASE_COLUMNS = [
  'c.id',
  'c.scheme_id',
  'c.referral_id',
  'c.patient_id',
  'c.worker_id',
  'c.status',
  'c.allocated_at',
  'c.allocated_by',
  'c.first_contact_at',
  'c.letter_sent_at',
  'c.what_matters',
  'c.needs_by_domain',
  'c.intervention_level',
  'c.extra_weeks',
  'c.extra_sessions',
  'c.closed_at',
  'c.closed_by',
  'c.discharge_reason',
  'c.discharge_summary',
  'c.discharge_arranged',
  'c.updated_at',
  'c.version',
] as const;

export function findCase(db: Db, id: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('users as w', 'w.id', 'c.worker_id')
    .select(CASE_COLUMNS)
    .select('w.name as worker_name')
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export async function insertCase(
  db: Db,
  c: {
    schemeId: string;
    referralId: string;
    patientId: string;
    workerId: string;
    allocatedBy: string | null;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('cases')
    .values({
      scheme_id: c.schemeId,
      referral_id: c.referralId,
      patient_id: c.patientId,
      worker_id: c.workerId,
      status: 'contacting',
      allocated_at: c.at,
      allocated_by: c.allocatedBy,
      updated_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface CaseChanges {
  status?: CaseStatus;
  first_contact_at?: Date | null;
  letter_sent_at?: Date | null;
  what_matters?: string;
  needs_by_domain?: string;
  intervention_level?: InterventionLevel | null;
  extra_weeks?: number;
  extra_sessions?: number;
  closed_at?: Date;
  closed_by?: string | null;
  discharge_reason?: string;
  discharge_summary?: string;
  discharge_arranged?: string;
}

/** Saves a change if the case is still at the given version; false when someone else saved first. */
export async function updateCase(
  db: Db,
  id: string,
  version: number,
  changes: CaseChanges,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('cases')
    .set({ ...changes, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export type { DomainNeed };

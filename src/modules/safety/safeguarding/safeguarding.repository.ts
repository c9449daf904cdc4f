import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { SafeguardingSubject } from '../../../db/tables/risk.ts';

type Db = Kysely<DB> | Transaction<DB>;

function concernsWithPeople(db: Db) {
  return db
    .selectFrom('safeguarding_concerns')
    .innerJoin('users as author', 'author.id', 'safeguarding_concerns.raised_by')
    .leftJoin('worker_profiles', (j) =>
      j
        .onRef('worker_profiles.user_id', '=', 'safeguarding_concerns.raised_by')
        .onRef('worker_profiles.scheme_id', '=', 'safeguarding_concerns.scheme_id'),
    )
    .leftJoin('scheme_policies', 'scheme_policies.scheme_id', 'safeguarding_concerns.scheme_id')
    .leftJoin('users as referrer', 'referrer.id', 'safeguarding_concerns.la_referred_by')
    .select([
      'safeguarding_concerns.id',
      'safeguarding_concerns.scheme_id',
      'safeguarding_concerns.case_id',
      'safeguarding_concerns.risk_id',
      'safeguarding_concerns.subject',
      'safeguarding_concerns.categories',
      'safeguarding_concerns.description',
      'safeguarding_concerns.immediate_action',
      'safeguarding_concerns.raised_by',
      'safeguarding_concerns.raised_at',
      'safeguarding_concerns.la_referral_made',
      'safeguarding_concerns.la_authority',
      'safeguarding_concerns.la_referred_at',
      'safeguarding_concerns.la_reference',
      'safeguarding_concerns.la_referred_by',
      'safeguarding_concerns.la_not_referred_reason',
      'safeguarding_concerns.outcome',
      'safeguarding_concerns.status',
      'safeguarding_concerns.closed_at',
      'safeguarding_concerns.version',
      'safeguarding_concerns.updated_at',
      'author.name as raised_by_name',
      'referrer.name as la_referred_by_name',
      'worker_profiles.supervisor_id as raised_by_supervisor_id',
      'scheme_policies.safeguarding_lead_id',
    ]);
}

export function findConcern(db: Db, id: string) {
  return concernsWithPeople(db).where('safeguarding_concerns.id', '=', id).executeTakeFirst();
}
export type ConcernRow = NonNullable<Awaited<ReturnType<typeof findConcern>>>;

export function listCaseConcerns(db: Db, caseId: string) {
  return concernsWithPeople(db)
    .where('safeguarding_concerns.case_id', '=', caseId)
    .orderBy('safeguarding_concerns.raised_at', 'desc')
    .execute();
}

/** One page of a scheme's concerns with a status, newest first (raised_at, then id), after a keyset cursor. */
export function listSchemeConcerns(
  db: Db,
  schemeId: string,
  status: 'open' | 'closed',
  after: { at: Date; id: string } | null,
  limit: number,
) {
  let q = concernsWithPeople(db)
    .innerJoin('cases', 'cases.id', 'safeguarding_concerns.case_id')
    .innerJoin('patients', 'patients.id', 'cases.patient_id')
    .select(['patients.given_name', 'patients.family_name'])
    .where('safeguarding_concerns.scheme_id', '=', schemeId)
    .where('safeguarding_concerns.status', '=', status);
  if (after)
    q = q.where(
      sql<boolean>`(safeguarding_concerns.raised_at, safeguarding_concerns.id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  return q
    .orderBy('safeguarding_concerns.raised_at', 'desc')
    .orderBy('safeguarding_concerns.id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertConcern(
  db: Db,
  c: {
    schemeId: string;
    caseId: string;
    riskId: string | null;
    subject: SafeguardingSubject;
    categories: string[];
    description: string;
    immediateAction: string;
    raisedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('safeguarding_concerns')
    .values({
      scheme_id: c.schemeId,
      case_id: c.caseId,
      risk_id: c.riskId,
      subject: c.subject,
      categories: c.categories,
      description: c.description,
      immediate_action: c.immediateAction,
      raised_by: c.raisedBy,
      raised_at: c.at,
      updated_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ConcernChanges {
  la_referral_made?: boolean;
  la_authority?: string | null;
  la_referred_at?: Date | null;
  la_reference?: string | null;
  la_referred_by?: string | null;
  la_not_referred_reason?: string;
  outcome?: string;
  status?: 'open' | 'closed';
  closed_at?: Date | null;
  closed_by?: string | null;
}

export async function updateConcern(
  db: Db,
  id: string,
  version: number,
  changes: ConcernChanges,
  at: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('safeguarding_concerns')
    .set((eb) => ({ ...changes, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function listConcernActions(db: Db, concernId: string) {
  return db
    .selectFrom('safeguarding_actions')
    .leftJoin('users', 'users.id', 'safeguarding_actions.by_user_id')
    .select([
      'safeguarding_actions.id',
      'safeguarding_actions.description',
      'safeguarding_actions.at',
      'users.name as by_name',
    ])
    .where('safeguarding_actions.concern_id', '=', concernId)
    .orderBy('safeguarding_actions.at')
    .orderBy('safeguarding_actions.id')
    .execute();
}

export async function insertConcernAction(
  db: Db,
  a: { schemeId: string; concernId: string; description: string; at: Date; byUserId: string | null },
): Promise<void> {
  await db
    .insertInto('safeguarding_actions')
    .values({
      scheme_id: a.schemeId,
      concern_id: a.concernId,
      description: a.description,
      at: a.at,
      by_user_id: a.byUserId,
    })
    .execute();
}

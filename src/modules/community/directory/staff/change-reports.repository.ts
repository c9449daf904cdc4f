import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Active users of a Linkwork organisation in a scheme with the given role: who hears about changes to its services. */
export async function activeMembers(
  db: Db,
  schemeId: string,
  role: 'scheme_manager' | 'community_org_user',
  organisationId?: string,
): Promise<string[]> {
  let q = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', role)
    .where('u.active', '=', true);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  return (await q.execute()).map((r) => r.id);
}

// ---- Change reports (scheme-scoped: call inside inSchemeTransaction) ----------------------------

/** Records a change report; returns its id. */
export async function insertChangeReport(
  trx: Transaction<DB>,
  r: {
    schemeId: string;
    serviceId: string;
    kind: 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
    details: string;
    userId: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('directory_change_reports')
    .values({
      scheme_id: r.schemeId,
      service_id: r.serviceId,
      kind: r.kind,
      details: r.details,
      reported_by: r.userId,
      reported_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const REPORT_COLUMNS = [
  'r.id',
  'r.service_id',
  's.name as service_name',
  'r.kind',
  'r.details',
  'r.reported_at',
  'ru.name as reported_by_name',
  'r.status',
  'r.resolved_at',
  'vu.name as resolved_by_name',
  'r.resolution_note',
] as const;

/** A scheme's change reports with the given status, oldest open first or newest resolved first. */
export function listChangeReports(
  trx: Transaction<DB>,
  schemeId: string,
  status: 'open' | 'resolved',
  serviceId?: string,
) {
  let q = trx
    .selectFrom('directory_change_reports as r')
    .innerJoin('directory_services as s', 's.id', 'r.service_id')
    .innerJoin('users as ru', 'ru.id', 'r.reported_by')
    .leftJoin('users as vu', 'vu.id', 'r.resolved_by')
    .select(REPORT_COLUMNS)
    .where('r.scheme_id', '=', schemeId)
    .where('r.status', '=', status);
  if (serviceId) q = q.where('r.service_id', '=', serviceId);
  return q
    .orderBy('r.reported_at', status === 'open' ? 'asc' : 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}

/** One change report, locked for resolving. */
export function lockChangeReport(trx: Transaction<DB>, schemeId: string, id: string) {
  return trx
    .selectFrom('directory_change_reports')
    .select(['id', 'service_id', 'status', 'reported_by'])
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Marks a change report resolved. */
export async function resolveChangeReport(
  trx: Transaction<DB>,
  id: string,
  userId: string,
  note: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('directory_change_reports')
    .set({ status: 'resolved', resolved_by: userId, resolved_at: at, resolution_note: note })
    .where('id', '=', id)
    .execute();
}

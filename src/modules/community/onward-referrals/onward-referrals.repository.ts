import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { OnwardReferralsTable, OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';

export type OnwardRow = Selectable<OnwardReferralsTable>;
export type OnwardChanges = Omit<Updateable<OnwardReferralsTable>, 'id' | 'scheme_id' | 'version' | 'updated_at'>;

/**
 * Runs work bound to a scheme and to one receiving organisation: row-level security then shows
 * only the onward referrals sent to that organisation (community organisation users and their systems).
 */
export function inOrganisationTransaction<T>(
  db: Kysely<DB>,
  schemeId: string,
  organisationId: string,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('linkwork.scheme_id', ${schemeId}, true), set_config('linkwork.organisation_id', ${organisationId}, true)`.execute(
      trx,
    );
    return work(trx);
  });
}

export interface ServiceForReferral {
  id: string;
  name: string;
  status: string;
  organizationId: string | null;
  organizationName: string | null;
  /** The Linkwork community organisation that owns the directory organisation, if any. */
  receivingOrganisationId: string | null;
}

/** A directory service with its organisation and, when it is on Linkwork, the community organisation that answers. */
export async function findService(
  db: Kysely<DB> | Transaction<DB>,
  serviceId: string,
): Promise<ServiceForReferral | undefined> {
  const row = await db
    .selectFrom('directory_services as s')
    .leftJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .leftJoin('directory_owners as w', 'w.directory_organization_id', 's.organization_id')
    .leftJoin('organisations as lo', (j) =>
      j
        .onRef('lo.id', '=', 'w.organisation_id')
        .on('lo.type', '=', 'community_organisation')
        .on('lo.active', '=', true),
    )
    .where('s.id', '=', serviceId)
    .select(['s.id', 's.name', 's.status', 's.organization_id', 'o.name as organization_name', 'lo.id as receiving_id'])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    organizationId: row.organization_id,
    organizationName: row.organization_name ?? null,
    receivingOrganisationId: row.receiving_id ?? null,
  };
}

export interface NewOnward {
  schemeId: string;
  caseId: string;
  patientId: string;
  service: ServiceForReferral;
  consentStatement: string;
  byUserId: string;
  sharedFields: string[];
  sharedSnapshot: Record<string, string>;
  message: string;
  at: Date;
  reminderDueAt: Date;
  autoDeclineDueAt: Date;
}

export async function insertOnward(trx: Transaction<DB>, n: NewOnward): Promise<string> {
  const row = await trx
    .insertInto('onward_referrals')
    .values({
      scheme_id: n.schemeId,
      case_id: n.caseId,
      patient_id: n.patientId,
      service_id: n.service.id,
      service_name: n.service.name,
      directory_organization_id: n.service.organizationId,
      directory_organization_name: n.service.organizationName,
      receiving_organisation_id: n.service.receivingOrganisationId,
      consent_statement: n.consentStatement,
      consent_recorded_by: n.byUserId,
      consent_recorded_at: n.at,
      shared_fields: JSON.stringify(n.sharedFields),
      shared_snapshot: JSON.stringify(n.sharedSnapshot),
      message: n.message,
      created_by: n.byUserId,
      sent_at: n.at,
      reminder_due_at: n.reminderDueAt,
      auto_decline_due_at: n.autoDeclineDueAt,
      created_at: n.at,
      updated_at: n.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const COLUMNS = [
  'id',
  'scheme_id',
  'case_id',
  'patient_id',
  'service_id',
  'service_name',
  'directory_organization_id',
  'directory_organization_name',
  'receiving_organisation_id',
  'status',
  'business_status',
  'consent_statement',
  'consent_recorded_by',
  'consent_recorded_at',
  'shared_fields',
  'shared_snapshot',
  'message',
  'created_by',
  'status_reason',
  'outcome_attended',
  'outcome_note',
  'first_answered_at',
  'accepted_at',
  'auto_declined',
  'reminder_due_at',
  'reminded_at',
  'auto_decline_due_at',
  'sent_at',
  'closed_at',
  'version',
  'created_at',
  'updated_at',
] as const;

export async function findOnward(trx: Transaction<DB>, id: string, lock = false): Promise<OnwardRow | undefined> {
  let q = trx
    .selectFrom('onward_referrals')
    .select([...COLUMNS])
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function listForCase(trx: Transaction<DB>, caseId: string): Promise<OnwardRow[]> {
  return trx
    .selectFrom('onward_referrals')
    .select([...COLUMNS])
    .where('case_id', '=', caseId)
    .orderBy('sent_at', 'desc')
    .execute();
}

/** What row-level security lets the current transaction see, newest first: an organisation's inbox. */
export function listVisible(
  trx: Transaction<DB>,
  filter: { organisationId?: string; statuses?: OnwardReferralStatus[] } = {},
): Promise<OnwardRow[]> {
  let q = trx.selectFrom('onward_referrals').select([...COLUMNS]);
  if (filter.organisationId) q = q.where('receiving_organisation_id', '=', filter.organisationId);
  if (filter.statuses && filter.statuses.length > 0) q = q.where('status', 'in', filter.statuses);
  return q.orderBy('sent_at', 'desc').limit(500).execute();
}

/**
 * One page of an organisation's inbox, newest first (sent_at, then id), after a cursor. With a status
 * filter each status is read as its own branch of the (organisation, status, sent_at, id) index, each
 * stopping at the page, and the branches merged: a page costs the same however big the inbox grows.
 */
export async function listInboxPage(
  trx: Transaction<DB>,
  organisationId: string,
  statuses: OnwardReferralStatus[],
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<OnwardRow[]> {
  const branch = (status: OnwardReferralStatus | null) => {
    let q = trx
      .selectFrom('onward_referrals')
      .select([...COLUMNS])
      .where('receiving_organisation_id', '=', organisationId);
    if (status) q = q.where('status', '=', status);
    if (after) q = q.where(sql<boolean>`(sent_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
    return q.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit);
  };
  if (statuses.length === 0) return branch(null).execute();
  const branches = [...new Set(statuses)].map((status) => sql`(${branch(status)})`);
  const merged =
    await sql<OnwardRow>`select * from (${sql.join(branches, sql` union all `)}) b order by b.sent_at desc, b.id desc limit ${limit}`.execute(
      trx,
    );
  return merged.rows;
}

/** Saves a change if nobody saved one since `version`; false otherwise. */
export async function updateOnward(
  trx: Transaction<DB>,
  id: string,
  version: number,
  changes: OnwardChanges,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('onward_referrals')
    .set({ ...changes, version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The users who answer for a community organisation in a scheme: its inbox. */
export async function inboxUserIds(trx: Transaction<DB>, schemeId: string, organisationId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('m.role', '=', 'community_org_user')
    .where('m.scheme_id', '=', schemeId)
    .where('m.organisation_id', '=', organisationId)
    .where('u.active', '=', true)
    .select('m.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export interface OnwardTimings {
  reminderWorkingDays: number;
  autoDeclineDays: number;
}

export async function onwardTimings(trx: Transaction<DB>, schemeId: string): Promise<OnwardTimings> {
  const row = await trx
    .selectFrom('scheme_policies')
    .where('scheme_id', '=', schemeId)
    .select(['onward_reminder_working_days', 'onward_auto_decline_days'])
    .executeTakeFirst();
  return {
    reminderWorkingDays: row?.onward_reminder_working_days ?? 5,
    autoDeclineDays: row?.onward_auto_decline_days ?? 14,
  };
}

/** Waiting referrals whose reminder or automatic decline is due: for the safety-net sweep. */
export function listDue(trx: Transaction<DB>, now: Date): Promise<{ id: string }[]> {
  return trx
    .selectFrom('onward_referrals')
    .select('id')
    .where('status', 'in', ['requested', 'received'])
    .where((eb) =>
      eb.or([
        eb('auto_decline_due_at', '<=', now),
        eb.and([eb('reminder_due_at', '<=', now), eb('reminded_at', 'is', null)]),
      ]),
    )
    .execute();
}

/** Onward referrals on a case for its discharge message: service, status and outcome. */
export function listForDischarge(trx: Transaction<DB>, caseId: string) {
  return trx
    .selectFrom('onward_referrals')
    .where('case_id', '=', caseId)
    .select([
      'service_name',
      'directory_organization_name',
      'status',
      'status_reason',
      'outcome_attended',
      'outcome_note',
      'sent_at',
    ])
    .orderBy('sent_at')
    .execute();
}

/** A directory service's description, for the new-referral page. */
export async function findServiceDescription(
  db: Kysely<DB> | Transaction<DB>,
  serviceId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('directory_services')
    .where('id', '=', serviceId)
    .select('description')
    .executeTakeFirst();
  return row?.description ?? null;
}

/** Names of users (who recorded consent, who sent), by id. */
export async function userNames(trx: Transaction<DB>, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await trx.selectFrom('users').where('id', 'in', unique).select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of organisations (the scheme, the receiving organisation), by id. */
export async function organisationNames(trx: Transaction<DB>, ids: string[]): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('organisations')
    .where('id', 'in', [...new Set(ids)])
    .select(['id', 'name'])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

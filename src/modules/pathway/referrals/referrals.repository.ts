import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, EvaluationReason, Evaluation, ReferralSource, ReferralStatus } from '../../../db/schema.ts';
import type { CrisisReason, ReferralUrgency } from '../../../db/tables/crisis-referrals.ts';
import { isLockNotAvailable } from '../../../platform/db/errors.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const REFERRAL_COLUMNS = [
  'r.id',
  'r.scheme_id',
  'r.patient_id',
  'r.source',
  'r.status',
  'r.referred_by_user_id',
  'r.referred_by_client_id',
  'r.referrer_organisation_id',
  'r.referrer_name',
  'r.referrer_contact',
  'r.practice_ods_code',
  'r.identifier_system',
  'r.identifier_value',
  'r.reason',
  'r.needs',
  'r.circumstances',
  'r.consent_contact',
  'r.consent_share_services',
  'r.consent_share_gp',
  'r.evaluation',
  'r.evaluation_reasons',
  'r.information_request',
  'r.decline_reason',
  'r.decline_alternative',
  'r.complexity_flags',
  'r.triaged_by',
  'r.triaged_at',
  'r.accepted_at',
  'r.received_at',
  'r.updated_at',
  'r.version',
  'r.urgency',
  'r.crisis_reasons',
  'r.accept_reason',
] as const;

export function findReferral(db: Db, id: string) {
  return db.selectFrom('referrals as r').select(REFERRAL_COLUMNS).where('r.id', '=', id).executeTakeFirst();
}

export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/**
 * The referral a change starts from, locked for the rest of the transaction; 'busy' when another
 * change holds it. No waiting: that change moves the version, so this one would end in an edit conflict
 * anyway, and a connection parked on the row lock is one the rest of the team cannot use.
 */
export async function lockReferralForChange(
  db: Transaction<DB>,
  id: string,
): Promise<ReferralRow | undefined | 'busy'> {
  try {
    return await db
      .selectFrom('referrals as r')
      .select(REFERRAL_COLUMNS)
      .where('r.id', '=', id)
      .forNoKeyUpdate()
      .noWait()
      .executeTakeFirst();
  } catch (error) {
    if (isLockNotAvailable(error)) return 'busy';
    throw error;
  }
}

export function findByIdentifier(db: Db, schemeId: string, system: string, value: string) {
  return db
    .selectFrom('referrals as r')
    .select(REFERRAL_COLUMNS)
    .where('r.scheme_id', '=', schemeId)
    .where('r.identifier_system', '=', system)
    .where('r.identifier_value', '=', value)
    .executeTakeFirst();
}

export interface NewReferral {
  schemeId: string;
  patientId: string;
  source: ReferralSource;
  referredByUserId: string | null;
  referredByClientId: string | null;
  referrerOrganisationId: string | null;
  referrerName: string | null;
  referrerContact: string | null;
  practiceOdsCode: string | null;
  identifier: { system: string; value: string } | null;
  reason: string;
  needs: string[];
  circumstances: string[];
  consent: { contact: boolean; shareWithServices: boolean; shareWithGp: boolean };
  evaluation: Evaluation;
  evaluationReasons: EvaluationReason[];
  receivedAt: Date;
  /** 0 possible crisis (review today), 1 routine. */
  urgency: ReferralUrgency;
  crisisReasons: CrisisReason[];
}

export async function insertReferral(db: Db, r: NewReferral): Promise<ReferralRow> {
  const { id } = await db
    .insertInto('referrals')
    .values({
      scheme_id: r.schemeId,
      patient_id: r.patientId,
      source: r.source,
      status: 'received',
      referred_by_user_id: r.referredByUserId,
      referred_by_client_id: r.referredByClientId,
      referrer_organisation_id: r.referrerOrganisationId,
      referrer_name: r.referrerName,
      referrer_contact: r.referrerContact,
      practice_ods_code: r.practiceOdsCode,
      identifier_system: r.identifier?.system ?? null,
      identifier_value: r.identifier?.value ?? null,
      reason: r.reason,
      needs: r.needs,
      circumstances: r.circumstances,
      consent_contact: r.consent.contact,
      consent_share_services: r.consent.shareWithServices,
      consent_share_gp: r.consent.shareWithGp,
      evaluation: r.evaluation,
      evaluation_reasons: JSON.stringify(r.evaluationReasons),
      received_at: r.receivedAt,
      updated_at: r.receivedAt,
      urgency: r.urgency,
      crisis_reasons: JSON.stringify(r.crisisReasons),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findReferral(db, id))!;
}

export interface ReferralChanges {
  status: ReferralStatus;
  information_request?: string | null;
  decline_reason?: string | null;
  decline_alternative?: string | null;
  triaged_by?: string | null;
  triaged_at?: Date | null;
  accepted_at?: Date | null;
  accept_reason?: string | null;
  reason?: string;
  /** Flagging a possible crisis after intake (an answer with risk language): urgency 0 and why. */
  urgency?: ReferralUrgency;
  crisis_reasons?: CrisisReason[];
}

/** Saves a change if the referral is still at the version the person saw; undefined when someone else saved first. */
export async function updateReferral(
  db: Db,
  id: string,
  version: number,
  changes: ReferralChanges,
  now: Date,
): Promise<ReferralRow | undefined> {
  const { crisis_reasons: crisisReasons, ...rest } = changes;
  const row = await db
    .updateTable('referrals')
    .set({
      ...rest,
      ...(crisisReasons ? { crisis_reasons: JSON.stringify(crisisReasons) } : {}),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row ? findReferral(db, row.id) : undefined;
}

export async function insertReferralEvent(
  db: Db,
  e: {
    schemeId: string;
    referralId: string;
    at: Date;
    byUserId: string | null;
    kind: string;
    status: ReferralStatus;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('referral_events')
    .values({
      scheme_id: e.schemeId,
      referral_id: e.referralId,
      at: e.at,
      by_user_id: e.byUserId,
      kind: e.kind,
      status: e.status,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export function listReferralEvents(db: Db, referralId: string) {
  return db
    .selectFrom('referral_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.status', 'e.detail', 'u.name as by_name'])
    .where('e.referral_id', '=', referralId)
    .orderBy('e.id')
    .execute();
}

export function openReferralsOf(db: Db, patientId: string) {
  return db
    .selectFrom('referrals')
    .select(['id', 'status', 'received_at'])
    .where('patient_id', '=', patientId)
    .where('status', 'in', ['received', 'information_requested', 'waiting', 'allocated'])
    .orderBy('received_at')
    .execute();
}

export function caseOfReferral(db: Db, referralId: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'worker_id', 'status'])
    .where('referral_id', '=', referralId)
    .executeTakeFirst();
}

/** Sets a referral's complexity flags if it is still at the version the person saw. */
export async function updateComplexityFlags(
  db: Db,
  referralId: string,
  version: number,
  flags: string[],
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('referrals')
    .set({ complexity_flags: flags, updated_at: now, version: sql`version + 1` })
    .where('id', '=', referralId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

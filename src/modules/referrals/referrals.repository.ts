import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type {
  DB,
  EvaluationReason,
  Evaluation,
  MessageBackKind,
  ReferralSource,
  ReferralStatus,
} from '../../db/schema.ts';
import type { CrisisReason, ReferralUrgency } from '../../db/tables/crisis-referrals.ts';
import { isLockNotAvailable } from '../../platform/db/errors.ts';

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

/** A list row: the referral with the person's name and age facts, for queues and lists. */
const LIST_COLUMNS = [
  'r.id',
  'r.status',
  'r.source',
  'r.evaluation',
  'r.evaluation_reasons',
  'r.needs',
  'r.circumstances',
  'r.received_at',
  'r.accepted_at',
  'r.practice_ods_code',
  'r.referrer_name',
  'r.version',
  'p.id as patient_id',
  'p.given_name',
  'p.family_name',
  'p.date_of_birth',
  'p.preferred_language',
  'p.interpreter_needed',
  'p.nhs_number',
  'r.urgency',
  'r.crisis_reasons',
] as const;

export interface Cursor {
  at: Date;
  id: string;
}

/** A position in the triage queue: the last row's urgency, received time and id. */
export interface TriageCursor extends Cursor {
  urgency: ReferralUrgency;
}

/**
 * The triage queue: referrals awaiting a decision (or an answer), most urgent first (possible
 * crisis), then oldest first, by keyset on referrals_triage_urgency_idx. The status list is written
 * out, not bound, so the planner can always match the index's partial predicate.
 */
export function listTriageQueue(db: Db, schemeId: string, after: TriageCursor | null, limit: number) {
  let query = db
    .selectFrom('referrals as r')
    .innerJoin('patients as p', 'p.id', 'r.patient_id')
    .select(LIST_COLUMNS)
    .where('r.scheme_id', '=', schemeId)
    .where(sql<boolean>`r.status in ('received', 'information_requested')`);
  if (after)
    query = query.where((eb) =>
      eb(eb.refTuple('r.urgency', 'r.received_at', 'r.id'), '>', eb.tuple(after.urgency, after.at, after.id)),
    );
  return query
    .orderBy('r.urgency')
    .orderBy('r.received_at')
    .orderBy('r.id')
    .limit(limit + 1)
    .execute();
}

/** A queue or list: referrals in the given statuses, oldest first, by keyset. */
export function listByStatus(
  db: Db,
  schemeId: string,
  statuses: readonly ReferralStatus[],
  orderColumn: 'received_at' | 'accepted_at',
  after: Cursor | null,
  limit: number,
) {
  let query = db
    .selectFrom('referrals as r')
    .innerJoin('patients as p', 'p.id', 'r.patient_id')
    .select(LIST_COLUMNS)
    .where('r.scheme_id', '=', schemeId)
    .where('r.status', 'in', statuses);
  if (after)
    query = query.where((eb) => eb(eb.refTuple(`r.${orderColumn}`, 'r.id'), '>', eb.tuple(after.at, after.id)));
  return query
    .orderBy(`r.${orderColumn}`)
    .orderBy('r.id')
    .limit(limit + 1)
    .execute();
}

/**
 * How many referrals wait in the triage queue, counted up to `cap` on referrals_triage_urgency_idx
 * (statuses written out, as the page's are): at most cap + 1 index entries, so the count costs the
 * same for a queue of 30,000 as for one of 1,001. `capped` says there are more than `total`.
 */
export async function countTriageQueue(
  db: Db,
  schemeId: string,
  cap: number,
): Promise<{ total: number; capped: boolean }> {
  const waiting = db
    .selectFrom('referrals as r')
    .select('r.id')
    .where('r.scheme_id', '=', schemeId)
    .where(sql<boolean>`r.status in ('received', 'information_requested')`)
    // In the index's order, so the scan stops after cap + 1 entries (a bitmap scan would read them all).
    .orderBy('r.urgency')
    .orderBy('r.received_at')
    .orderBy('r.id')
    .limit(cap + 1);
  const { n } = await db
    .selectFrom(waiting.as('q'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(n);
  return { total: Math.min(count, cap), capped: count > cap };
}

export function countByStatus(db: Db, schemeId: string, statuses: readonly ReferralStatus[]) {
  return db
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme_id', '=', schemeId)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

type ReferrerWho = { userId: string; organisationId: string | null; practiceOdsCode: string | null };

/**
 * The referrer's referrals as separately indexed branches (made by them, from their practice, from
 * their organisation), each newest first by keyset and stopped at `limit` rows. An OR across the
 * three columns cannot use any one index and sorts everything the referrer can see.
 */
function referrerBranches(db: Db, schemeId: string, who: ReferrerWho, before: Cursor | null, limit: number) {
  const branch = (
    column: 'r.referred_by_user_id' | 'r.practice_ods_code' | 'r.referrer_organisation_id',
    value: string,
  ) => {
    let query = db
      .selectFrom('referrals as r')
      .select(['r.id', 'r.received_at'])
      .where('r.scheme_id', '=', schemeId)
      .where(column, '=', value);
    if (before)
      query = query.where((eb) => eb(eb.refTuple('r.received_at', 'r.id'), '<', eb.tuple(before.at, before.id)));
    return db
      .selectFrom(query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(limit).as('b'))
      .select(['b.id', 'b.received_at']);
  };
  const branches = [branch('r.referred_by_user_id', who.userId)];
  if (who.practiceOdsCode) branches.push(branch('r.practice_ods_code', who.practiceOdsCode));
  if (who.organisationId) branches.push(branch('r.referrer_organisation_id', who.organisationId));
  // UNION (not ALL): a referral the referrer sees through two branches (their own, from their practice) appears once.
  return branches.reduce((all, next) => all.union(next));
}

/**
 * Referrals a referrer made, or that came from their practice or organisation, newest first, by
 * keyset: the page's ids from the branches' indexes first, then those rows by primary key (one
 * statement would let the planner hash-join the whole of referrals while the scheme is small).
 */
export async function listForReferrer(
  db: Db,
  schemeId: string,
  who: ReferrerWho,
  before: Cursor | null,
  limit: number,
) {
  const page = await db
    .selectFrom(referrerBranches(db, schemeId, who, before, limit + 1).as('v'))
    .select(['v.id'])
    .orderBy('v.received_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(limit + 1)
    .execute();
  if (page.length === 0) return [];
  return db
    .selectFrom('referrals as r')
    .innerJoin('patients as p', 'p.id', 'r.patient_id')
    .select(LIST_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('messages_back as m')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('m.referral_id', '=', 'r.id')
        .as('messages'),
    )
    .where(
      'r.id',
      'in',
      page.map((r) => r.id),
    )
    .orderBy('r.received_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

/**
 * How many referrals the referrer sees, counted up to `cap`: each branch reads at most cap + 1
 * index entries, so the count costs the same for a practice with 80,000 referrals as with 1,001.
 * `capped` says there are more than `total`.
 */
export async function countForReferrer(
  db: Db,
  schemeId: string,
  who: ReferrerWho,
  cap: number,
): Promise<{ total: number; capped: boolean }> {
  const { n } = await db
    .selectFrom(referrerBranches(db, schemeId, who, null, cap + 1).as('v'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(n);
  return { total: Math.min(count, cap), capped: count > cap };
}

/**
 * Out-of-scope rate per referring practice since a London day: sums the daily counts the referrals
 * trigger keeps (referral_practice_days), so it reads days × practices rows, not a year of referrals.
 */
export function outOfScopeByPractice(db: Db, schemeId: string, sinceDay: string) {
  return db
    .selectFrom('referral_practice_days')
    .select(['practice_ods_code'])
    .select((eb) => [
      eb.fn.sum<string>('referrals').as('total'),
      eb.fn.sum<string>('out_of_scope').as('out_of_scope'),
      eb.fn.sum<string>('declined').as('declined'),
    ])
    .where('scheme_id', '=', schemeId)
    .where('day', '>=', sinceDay)
    .groupBy('practice_ods_code')
    .having((eb) => eb.fn.sum('referrals'), '>', 0)
    .orderBy('practice_ods_code')
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

export async function insertMessageBack(
  db: Db,
  m: {
    schemeId: string;
    referralId: string;
    kind: MessageBackKind;
    code: { code: string; display: string };
    body: Record<string, unknown>;
    at: Date;
    byUserId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('messages_back')
    .values({
      scheme_id: m.schemeId,
      referral_id: m.referralId,
      kind: m.kind,
      snomed_code: m.code.code,
      snomed_display: m.code.display,
      body: JSON.stringify(m.body),
      created_at: m.at,
      created_by: m.byUserId,
    })
    .execute();
}

export function listMessagesBack(db: Db, referralId: string) {
  return db
    .selectFrom('messages_back')
    .select(['id', 'kind', 'snomed_code', 'snomed_display', 'body', 'created_at'])
    .where('referral_id', '=', referralId)
    .orderBy('created_at')
    .execute();
}

export function caseOfReferral(db: Db, referralId: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'worker_id', 'status'])
    .where('referral_id', '=', referralId)
    .executeTakeFirst();
}

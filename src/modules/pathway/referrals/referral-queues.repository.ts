import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, ReferralStatus } from '../../../db/schema.ts';
import type { ReferralUrgency } from '../../../db/tables/crisis-referrals.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** A list row: the referral with the person's name and age facts, for queues and lists. */
export const LIST_COLUMNS = [
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

import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { LIST_COLUMNS } from './referral-queues.repository.ts';
import type { Cursor } from './referral-queues.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

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

import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

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

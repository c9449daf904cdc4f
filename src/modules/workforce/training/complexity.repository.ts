import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { MissingTraining } from '../../../db/tables/training.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertOverride(
  db: Db,
  o: {
    schemeId: string;
    referralId: string;
    caseId: string;
    workerId: string;
    flags: string[];
    missing: MissingTraining[];
    reason: string;
    byUserId: string;
    at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('allocation_overrides')
    .values({
      scheme_id: o.schemeId,
      referral_id: o.referralId,
      case_id: o.caseId,
      worker_id: o.workerId,
      flags: o.flags,
      missing: JSON.stringify(o.missing),
      reason: o.reason,
      by_user_id: o.byUserId,
      at: o.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listOverridesOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('allocation_overrides as o')
    .innerJoin('users as b', 'b.id', 'o.by_user_id')
    .innerJoin('users as w', 'w.id', 'o.worker_id')
    .select(['o.id', 'o.at', 'o.reason', 'o.flags', 'o.missing', 'b.name as by_name', 'w.name as worker_name'])
    .where('o.case_id', '=', caseId)
    .orderBy('o.at')
    .execute();
}

/** The case, its worker and its referral's complexity flags. */
export function findCaseFlags(db: Db, caseId: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('referrals as r', 'r.id', 'c.referral_id')
    .select(['c.id', 'c.scheme_id', 'c.worker_id', 'r.complexity_flags'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

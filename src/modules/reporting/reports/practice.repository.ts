/**
 * The practices report's own reads. Monthly figures come from the shared rollups (0041) through `rollup()`, with
 * the practice as a group; a practice's weeks without referrals come from the daily counts per practice that the
 * referrals trigger keeps exact (referral_practice_days, 0025), read over a bounded range of days.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { PracticeDay } from './practice-quiet.ts';
import type { ReportFilters } from './report-filters.ts';
import { summed } from './rollups.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Schemes = readonly string[];

const total = (column: string) => sql<string>`sum(${sql.ref(column)})`;

/**
 * Referrals received per practice over the range, by how the criteria judged them and what became of them (read by
 * year where it can be), and per practice and month (for the monthly table and the trend).
 */
export async function practiceReferrals(db: Db, schemeIds: Schemes, f: ReportFilters) {
  const [totals, monthly] = await Promise.all([
    summed(db, 'report_referrals', schemeIds, f, { uses: ['practice_ods_code', 'evaluation', 'outcome'] })
      .select([
        sql.ref<string | null>('practice_ods_code').as('practice'),
        sql.ref<string>('evaluation').as('evaluation'),
        sql.ref<string>('outcome').as('outcome'),
        total('referrals').as('n'),
      ])
      .groupBy(['practice_ods_code', 'evaluation', 'outcome'])
      .execute() as Promise<{ practice: string | null; evaluation: string; outcome: string; n: string }[]>,
    summed(db, 'report_referrals', schemeIds, f, { uses: ['practice_ods_code'], byMonth: true })
      .select([
        sql.ref<string | null>('practice_ods_code').as('practice'),
        sql<string>`to_char(month, 'YYYY-MM-DD')`.as('month'),
        total('referrals').as('n'),
      ])
      .groupBy(['practice_ods_code', 'month'])
      .execute() as Promise<{ practice: string | null; month: string; n: string }[]>,
  ]);
  return { totals, monthly };
}

/** Referrals per practice and need named (each referral once per need). */
export function practiceNeeds(db: Db, schemeIds: Schemes, f: ReportFilters) {
  return summed(db, 'report_referrals', schemeIds, f, { uses: ['practice_ods_code'], byNeed: true })
    .select([
      sql.ref<string | null>('practice_ods_code').as('practice'),
      sql.ref<string>('need').as('need'),
      total('referrals').as('n'),
    ])
    .groupBy(['practice_ods_code', 'need'])
    .execute() as Promise<{ practice: string | null; need: string; n: string }[]>;
}

/**
 * Each practice's referrals per London day from `fromDay` to `toDay` (days with none are absent): a bounded range
 * of the daily counts, one index range (scheme, day) long, whatever the scheme's history.
 */
export async function practiceDays(
  db: Db,
  schemeId: string,
  { fromDay, toDay, practice }: { fromDay: string; toDay: string; practice: string | null },
): Promise<PracticeDay[]> {
  let q = db
    .selectFrom('referral_practice_days')
    .select(['practice_ods_code', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'referrals'])
    .where('scheme_id', '=', schemeId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .where('practice_ods_code', 'is not', null)
    .where('referrals', '>', 0);
  if (practice) q = q.where('practice_ods_code', '=', practice);
  const rows = await q.execute();
  return rows.map((r) => ({ practice: r.practice_ods_code!, day: r.day, referrals: Number(r.referrals) }));
}

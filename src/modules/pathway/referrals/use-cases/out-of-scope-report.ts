/**
 * The out-of-scope report: how often each referring practice's referrals fall outside the criteria.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { outOfScopeByPractice } from '../referral-reports.repository.ts';

const YEAR = 365 * 86_400_000;

/**
 * Out-of-scope rate per referring practice for referrals received on or after the London day a year
 * ago (the date the report shows): how well each practice knows the criteria.
 */
export async function outOfScopeReport(ctx: AppContext, { scheme }: InScheme) {
  const since = londonDate(new Date(ctx.now().getTime() - YEAR));
  const rows = await inSchemeTransaction(ctx.db, scheme.id, (trx) => outOfScopeByPractice(trx, scheme.id, since));
  return {
    since,
    practices: rows.map((r) => {
      const total = Number(r.total);
      const outOfScope = Number(r.out_of_scope);
      return {
        practiceOdsCode: r.practice_ods_code,
        total,
        outOfScope,
        declined: Number(r.declined),
        outOfScopeRate: total ? Math.round((outOfScope / total) * 1000) / 1000 : 0,
      };
    }),
  };
}

/**
 * A referrer's own referrals, newest first, with their status.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import { COUNT_CAP, PAGE_SIZE } from '../list-limits.ts';
import { presentSummary } from '../present-referral.ts';
import { referrerIdentity } from '../referral-access.ts';
import * as referrerRepo from '../referrer-referrals.repository.ts';

/**
 * A referrer's own referrals (and their practice's or organisation's), newest first, with their
 * status: one page read through the indexed branches, and a count that stops at COUNT_CAP.
 */
export async function listMyReferrals(ctx: AppContext, { actor, scheme, before }: InScheme & { before?: string }) {
  const cursor = decodeCursor(before);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const who = (await referrerIdentity(trx, actor))!;
    const [rows, count] = await Promise.all([
      referrerRepo.listForReferrer(trx, scheme.id, who, cursor, PAGE_SIZE),
      referrerRepo.countForReferrer(trx, scheme.id, who, COUNT_CAP),
    ]);
    const page = keysetPage(rows, PAGE_SIZE, (r) => ({ at: r.received_at, id: r.id }));
    await recordAudit(trx, actor, {
      action: 'referral.list-own',
      recordType: 'referral',
      schemeId: scheme.id,
      detail: listRead({ cursor: before, shown: page.items.length }),
    });
    return {
      items: page.items.map((r) => presentSummary(r, now)),
      total: count.total,
      totalCapped: count.capped,
      next: page.next,
    };
  });
}

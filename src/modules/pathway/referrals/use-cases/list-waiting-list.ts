/**
 * The waiting list: accepted referrals not yet allocated, longest waiting first.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import { highestActiveRisks, presentActiveRisk } from '../../../safety/risk/index.ts';
import { PAGE_SIZE } from '../list-limits.ts';
import { presentSummary } from '../present-referral.ts';
import * as queueRepo from '../referral-queues.repository.ts';

/** The waiting list: accepted referrals not yet allocated, longest waiting first. */
export async function listWaitingList(ctx: AppContext, { actor, scheme, after }: InScheme & { after?: string }) {
  return listQueue(ctx, {
    actor,
    scheme,
    after,
    statuses: ['waiting'],
    order: 'accepted_at',
    auditAction: 'referral.waiting-list',
  });
}

async function listQueue(
  ctx: AppContext,
  {
    actor,
    scheme,
    after,
    statuses,
    order,
    auditAction,
  }: InScheme & { after: string | undefined; statuses: 'waiting'[]; order: 'accepted_at'; auditAction: string },
) {
  const cursor = decodeCursor(after);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, total] = await Promise.all([
      queueRepo.listByStatus(trx, scheme.id, statuses, order, cursor, PAGE_SIZE),
      queueRepo.countByStatus(trx, scheme.id, statuses),
    ]);
    const page = keysetPage(rows, PAGE_SIZE, (r) => ({ at: r.accepted_at ?? r.received_at, id: r.id }));
    const risks = await highestActiveRisks(trx, { patientIds: page.items.map((r) => r.patient_id) });
    await recordAudit(trx, actor, {
      action: auditAction,
      recordType: 'referral',
      schemeId: scheme.id,
      detail: listRead({ cursor: after, shown: page.items.length }),
    });
    return {
      items: page.items.map((r) => presentSummary(r, now, presentActiveRisk(risks.get(r.patient_id)))),
      total,
      totalCapped: false,
      next: page.next,
    };
  });
}

/** The worker recording the answer of a service that is not on Linkwork. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { loadOnwardView } from '../load-onward-view.ts';
import type { OnwardView, StatusBody } from '../onward-referrals.schemas.ts';
import { applyStatusChange, readStatusChange } from '../onward-status-change.ts';
import { onwardForWorker } from '../worker-access.ts';

/**
 * For a service not on Linkwork: the worker records what the service said (accepted, declined,
 * completed with an outcome …), through the same state machine. Services on Linkwork answer themselves.
 */
export async function recordStatusByHand(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: StatusBody },
): Promise<OnwardView> {
  if (actor.kind !== 'user') throw fail.forbidden('Statuses are recorded by hand by the link worker.');
  const change = readStatusChange(input);
  if (change.to === 'cancelled')
    throw fail.field('status', 'Cancelling is its own action.', 'Use "Cancel this referral" and give a reason.');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const { row } = await onwardForWorker(trx, actor, scheme.id, id, 'write', true);
    if (row.receiving_organisation_id) {
      throw new AppError(
        'conflict',
        `${row.service_name} uses Linkwork and answers in its own inbox; its status cannot be recorded by hand.`,
        { extra: { status: row.status } },
      );
    }
    await applyStatusChange(
      ctx,
      trx,
      row,
      { ...change, version: input.version, kind: 'recorded-by-hand' },
      { actor, by: { kind: 'user', userId: actor.userId } },
    );
    return loadOnwardView(trx, id);
  });
}

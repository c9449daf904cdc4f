/** The worker withdrawing an onward referral. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { loadOnwardView } from '../load-onward-view.ts';
import type { OnwardView } from '../onward-referrals.schemas.ts';
import { applyStatusChange } from '../onward-status-change.ts';
import { onwardForWorker } from '../worker-access.ts';

/** The worker withdraws an onward referral (the person changed their mind, or it is no longer needed), with a reason. */
export async function cancelOnwardReferral(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { version: number; reason: string } },
): Promise<OnwardView> {
  if (actor.kind !== 'user') throw fail.forbidden('Onward referrals are cancelled by the link worker.');
  const reason = input.reason.trim();
  if (!reason)
    throw fail.field(
      'reason',
      'The reason for cancelling is missing.',
      'Say why, in a sentence; the service will read it.',
    );
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const { row } = await onwardForWorker(trx, actor, scheme.id, id, 'write', true);
    await applyStatusChange(
      ctx,
      trx,
      row,
      { to: 'cancelled', reason, version: input.version, kind: 'cancelled' },
      { actor, by: { kind: 'user', userId: actor.userId } },
    );
    return loadOnwardView(trx, id);
  });
}

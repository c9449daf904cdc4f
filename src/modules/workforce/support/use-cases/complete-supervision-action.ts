/** Marking a supervision action point done. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { mayReadNotes } from '../support-access.ts';
import * as repo from '../supervision.repository.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Marks a supervision action point done: the worker or whoever held the session. */
export async function completeSupervisionAction(
  ctx: AppContext,
  { actor, scheme, actionId }: InScheme & { actionId: string },
): Promise<void> {
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const action = await repo.findSupervisionAction(trx, actionId);
    if (!action || !mayReadNotes(actor, { worker_id: action.worker_id, heldBy: [action.supervisor_id] }))
      throw fail.notFound('That action point');
    if (action.done_at) return;
    await repo.markActionDone(trx, actionId, userIdOf(actor) ?? '', ctx.now());
    await recordAudit(trx, actor, {
      action: 'supervision.action-done',
      recordType: 'supervision_action',
      recordId: actionId,
      schemeId: scheme.id,
      detail: { sessionId: action.session_id },
    });
  });
}

/** Recording that a debrief happened, with its confidential notes. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { userIdOf } from '../../../../platform/actor.ts';
import { isManager, loadVisibleDebrief } from '../debrief-access.ts';
import { presentDebrief } from '../present-debrief.ts';
import * as repo from '../debriefs.repository.ts';
import type { DebriefView } from '../support.schemas.ts';

/** Records that the debrief happened, with confidential notes: the worker's supervisor, or a manager (e.g. after escalation). */
export async function completeDebrief(
  ctx: AppContext,
  { actor, scheme, id, input: body }: InScheme & { id: string; input: { notes: string } },
): Promise<DebriefView> {
  const notes = body.notes.trim();
  if (!notes)
    throw fail.field(
      'notes',
      'The notes are missing.',
      'Write a short note of the debrief: it is seen only by the worker and you.',
    );
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const d = await loadVisibleDebrief(trx, actor, id);
    const userId = userIdOf(actor) ?? '';
    if (d.worker_id === userId || (d.supervisor_id !== userId && !isManager(actor)))
      throw fail.forbidden("Only the worker's supervisor or a scheme manager can record this debrief.");
    if (d.status === 'completed' || !(await repo.completeDebriefRow(trx, id, userId, notes, ctx.now()))) {
      throw new AppError('illegal-transition', 'This debrief has already been recorded.');
    }
    await recordAudit(trx, actor, {
      action: 'debrief.complete',
      recordType: 'debrief',
      recordId: id,
      schemeId: scheme.id,
      detail: { workerId: d.worker_id, reason: d.reason },
    });
    return presentDebrief(trx, ctx, actor, (await repo.findDebrief(trx, id))!);
  });
}

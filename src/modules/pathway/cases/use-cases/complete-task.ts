/**
 * Marking a case's task done.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { allow } from '../../../../platform/policy.ts';
import * as repo from '../../case-records/index.ts';
import * as tasksRepo from '../case-tasks.repository.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Marks a task done: its assignee, the case's worker, or the scheme manager. */
export async function completeTask(
  ctx: AppContext,
  { actor, scheme, taskId }: InScheme & { taskId: string },
): Promise<void> {
  const now = ctx.now();
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const task = await tasksRepo.findTask(trx, taskId);
    if (!task) throw fail.notFound('That task');
    const kase = await repo.findCase(trx, task.case_id);
    if (!kase) throw fail.notFound('That task');
    const mine = actor.kind === 'user' && (actor.userId === task.assignee_id || actor.userId === kase.worker_id);
    if (!mine && !allow(actor, 'case.read-any', { schemeId: scheme.id })) throw fail.notFound('That task');
    if (!mine && !(actor.kind === 'user' && actor.role === 'scheme_manager'))
      throw fail.forbidden("Only the task's assignee, the case's link worker or the scheme manager can complete it.");
    if (kase.status === 'closed')
      throw new AppError('illegal-transition', 'This case is closed, so its tasks can no longer change.');
    if (task.done_at) throw fail.conflict('This task is already done.');
    if (!(await tasksRepo.completeTask(trx, taskId, userIdOf(actor), now)))
      throw fail.conflict('This task is already done.');
    await recordAudit(trx, actor, {
      action: 'case.task-done',
      recordType: 'case',
      recordId: kase.id,
      schemeId: scheme.id,
      detail: { taskId },
    });
  });
}

/** Adding a task or follow-up to a case, for its link worker or the person adding it. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as tasksRepo from '../case-tasks.repository.ts';
import { changeCase } from './change-case.ts';

/** Adds a task or follow-up with a due date; it appears in the assignee's "my tasks". */
export function addTask(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & { id: string; input: { description: string; dueOn: string; assigneeId?: string } },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description) throw fail.field('description', 'The task is missing.', 'Say what needs doing.');
  const due = new Date(`${input.dueOn}T00:00:00Z`);
  if (Number.isNaN(due.getTime()) || due.toISOString().slice(0, 10) !== input.dueOn)
    throw fail.field('dueOn', `"${input.dueOn}" is not a real date.`, 'Enter the due date as year-month-day.');
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    audit: { action: 'case.task-add', detail: { dueOn: input.dueOn } },
    work: async ({ trx, scheme, parts, now, byUserId }) => {
      const assigneeId = input.assigneeId ?? byUserId ?? parts.kase.worker_id;
      if (assigneeId !== parts.kase.worker_id && assigneeId !== byUserId)
        throw fail.field(
          'assigneeId',
          "Tasks can be given to the case's link worker or yourself.",
          'Choose the link worker or yourself.',
        );
      await tasksRepo.insertTask(trx, {
        schemeId: scheme.id,
        caseId: id,
        assigneeId,
        description,
        dueOn: input.dueOn,
        createdBy: byUserId,
        at: now,
      });
    },
  });
}

/** Updating a goal on the care and support plan: its wording, status and progress. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { GoalStatus } from '../../../../db/schema.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as goalsRepo from '../case-goals.repository.ts';
import { changeCase } from './change-case.ts';

/** Updates a goal's wording, status and progress, if nobody else changed it first. */
export function updateGoal(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    goalId,
    input,
  }: InScheme & {
    id: string;
    goalId: string;
    input: {
      version: number;
      description: string;
      actions: string;
      status: GoalStatus;
      progress: number | null;
      progressNote: string;
    };
  },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description)
    throw fail.field('description', 'The goal is missing.', "Write the goal in the person's own words.");
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    audit: { action: 'case.goal-update', detail: { goalId, status: input.status, progress: input.progress } },
    work: async ({ trx, now }) => {
      const goal = await goalsRepo.findGoal(trx, goalId);
      if (!goal || goal.case_id !== id) throw fail.notFound('That goal');
      if (
        goal.version !== input.version ||
        !(await goalsRepo.updateGoal(
          trx,
          goalId,
          input.version,
          {
            description,
            actions: input.actions.trim(),
            status: input.status,
            progress: input.progress,
            progressNote: input.progressNote.trim(),
          },
          now,
        ))
      ) {
        throw fail.editConflict('goal', goal);
      }
    },
  });
}

/** Adding a goal to the person's personalised care and support plan. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { CaseView } from '../cases.schemas.ts';
import * as goalsRepo from '../case-goals.repository.ts';
import { changeCase } from './change-case.ts';

/** Adds a goal to the personalised care and support plan. */
export function addGoal(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: { description: string; actions: string } },
): Promise<CaseView> {
  const description = input.description.trim();
  if (!description)
    throw fail.field('description', 'The goal is missing.', "Write the goal in the person's own words.");
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    audit: { action: 'case.goal-add' },
    work: async ({ trx, scheme, now }) => {
      await goalsRepo.insertGoal(trx, {
        schemeId: scheme.id,
        caseId: id,
        description,
        actions: input.actions.trim(),
        at: now,
      });
    },
  });
}

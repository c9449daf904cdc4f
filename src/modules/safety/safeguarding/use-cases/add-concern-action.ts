import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import * as repo from '../safeguarding.repository.ts';
import { changeConcern } from './change-concern.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Adds a step taken on the concern, timestamped. */
export function addConcernAction(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    concernId,
    input,
  }: InScheme & {
    caseId: string;
    concernId: string;
    input: { description: string };
  },
): Promise<ConcernView> {
  const description = input.description.trim();
  if (!description) throw fail.field('description', 'The action is missing.', 'Say what was done, and by whom.');
  return changeConcern(ctx, {
    actor,
    scheme,
    caseId,
    concernId,
    version: null,
    change: async (c, trx, now) => {
      await repo.insertConcernAction(trx, {
        schemeId: c.scheme_id,
        concernId: c.id,
        description,
        at: now,
        byUserId: userIdOf(actor),
      });
      return { audit: { action: 'safeguarding.action' } };
    },
  });
}

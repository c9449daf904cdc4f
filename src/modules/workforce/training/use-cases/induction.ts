import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { INDUCTION_CODES } from '../default-catalogue.ts';
import { trainingSubject } from '../training-access.ts';
import type { InductionBody, PersonTraining } from '../training.schemas.ts';
import * as repo from '../induction.repository.ts';
import { loadPersonTraining } from '../load-person-training.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Ticks (or unticks) an induction item, by the worker or the scheme manager; audited. */
export async function setInductionItem(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: InductionBody },
): Promise<PersonTraining> {
  const subject = trainingSubject(actor, scheme.id, input.userId, 'record');
  if (!INDUCTION_CODES.includes(input.item))
    throw fail.field('item', 'That is not an item of the induction checklist.', 'Tick an item from the checklist.');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const changed = await repo.setInductionItem(trx, {
      schemeId: scheme.id,
      userId: subject,
      item: input.item,
      done: input.done,
      on: londonDate(now),
      by: userIdOf(actor),
    });
    const view = await loadPersonTraining(trx, scheme.id, subject, now);
    if (changed)
      await recordAudit(trx, actor, {
        action: input.done ? 'training.induction.done' : 'training.induction.undone',
        recordType: 'induction',
        recordId: subject,
        schemeId: scheme.id,
        detail: { item: input.item },
      });
    return view;
  });
}

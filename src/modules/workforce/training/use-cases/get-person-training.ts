/** Reading a person's training: one's own, or for the scheme manager anyone's. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { loadPersonTraining } from '../load-person-training.ts';
import { trainingSubject } from '../training-access.ts';
import type { PersonTraining } from '../training.schemas.ts';

/** My training, or (for the scheme manager) someone else's. */
export async function getPersonTraining(
  ctx: AppContext,
  { actor, scheme, userId }: InScheme & { userId?: string },
): Promise<PersonTraining> {
  const subject = trainingSubject(actor, scheme.id, userId, 'read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => loadPersonTraining(trx, scheme.id, subject, ctx.now()));
}

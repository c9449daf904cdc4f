/**
 * Recording that two similar records are different people.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../patients.repository.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/** Records that two similar records are different people, so they are not offered again. */
export async function keepApart(
  ctx: AppContext,
  { actor, scheme, firstId, secondId }: InScheme & { firstId: string; secondId: string },
): Promise<void> {
  if (firstId === secondId) throw fail.field('secondId', 'These are the same record.', 'Choose two different records.');
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [a, b] = await Promise.all([repo.findPatient(trx, firstId), repo.findPatient(trx, secondId)]);
    if (!a || !b) throw fail.notFound('That record');
    await repo.recordDistinctPair(trx, scheme.id, a, b, userIdOf(actor));
    await recordAudit(trx, actor, {
      action: 'patient.keep-apart',
      recordType: 'patient',
      recordId: firstId,
      schemeId: scheme.id,
      detail: { otherId: secondId },
    });
  });
}

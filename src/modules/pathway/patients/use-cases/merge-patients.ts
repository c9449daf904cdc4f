/**
 * Merging two records of the same person into one.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import * as repo from '../patients.repository.ts';

/** Merges one record into another: referrals and cases move to the kept record; the merged one is kept, marked, for the audit trail. */
export async function mergePatients(
  ctx: AppContext,
  { actor, scheme, keepId, mergeId }: InScheme & { keepId: string; mergeId: string },
): Promise<void> {
  if (keepId === mergeId)
    throw fail.field('mergeId', 'A record cannot be merged into itself.', 'Choose the two different records to merge.');
  const now = ctx.now();
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [keep, merge] = await Promise.all([repo.findPatient(trx, keepId), repo.findPatient(trx, mergeId)]);
    if (!keep || keep.merged_into_id) throw fail.notFound('The record to keep');
    if (!merge || merge.merged_into_id) throw fail.notFound('The record to merge');
    if (keep.nhs_number && merge.nhs_number && keep.nhs_number !== merge.nhs_number) {
      throw fail.field(
        'mergeId',
        'These records have different NHS numbers, so they are different people.',
        'Mark them as different people instead.',
      );
    }
    await repo.mergeInto(trx, keepId, merge, now);
    await recordAudit(trx, actor, {
      action: 'patient.merge',
      recordType: 'patient',
      recordId: keepId,
      schemeId: scheme.id,
      detail: { mergedId: mergeId },
    });
  });
}

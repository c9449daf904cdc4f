import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { checkCaseAccess } from '../../../pathway/case-records/index.ts';
import { findCaseFlags, listOverridesOfCase } from '../complexity.repository.ts';
import { complexityLabel } from '../complexity.ts';
import { describeGaps } from '../training-rules.ts';

/** A case's complexity flags and any training override its allocation needed (who, when, why, what was missing). */
export async function getCaseCompetence(ctx: AppContext, { actor, scheme, caseId }: InScheme & { caseId: string }) {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await findCaseFlags(trx, caseId);
    if (!kase) throw fail.notFound('That case');
    checkCaseAccess(actor, kase, 'read');
    const overrides = await listOverridesOfCase(trx, caseId);
    return {
      flags: kase.complexity_flags.map((code) => ({ code, label: complexityLabel(code) })),
      overrides: overrides.map((o) => ({
        at: o.at.toISOString(),
        by: o.by_name,
        workerName: o.worker_name,
        reason: o.reason,
        missing: o.missing,
        summary: describeGaps(o.missing),
      })),
    };
  });
}

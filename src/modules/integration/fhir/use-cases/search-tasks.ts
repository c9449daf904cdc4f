import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { authorize } from '../../../../platform/policy.ts';
import { renderTask } from '../fhir-render.ts';
import type { Task } from '../fhir-resources.ts';
import { loadReferralFacts } from '../read-referral.ts';

/**
 * GET /fhir/Task?focus=ServiceRequest/{id}: the Task for a referral, found from the ServiceRequest
 * the GP system holds. No match is an empty result, not an error, as FHIR search expects.
 */
export async function searchTasksByFocus(
  ctx: AppContext,
  options: { actor: ClientActor; focus: string },
): Promise<Task[]> {
  const { actor } = options;
  authorize(actor, 'referral.read-fhir', { schemeId: actor.schemeId });
  const id = /(?:^|\/)ServiceRequest\/([^/]+)$/.exec(options.focus)?.[1] ?? options.focus;
  return inSchemeTransaction(ctx.db, actor.schemeId, async (trx) => {
    const facts = await loadReferralFacts(trx, actor, id);
    if (!facts) return [];
    await recordAudit(trx, actor, {
      action: 'fhir.task.search',
      recordType: 'referral',
      recordId: facts.referral.id,
      schemeId: actor.schemeId,
      detail: { focus: options.focus },
    });
    return [renderTask(facts)];
  });
}

/**
 * GET /fhir/Task/{id} for a community organisation's system: an onward-referral Task it owns.
 */
import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inOrganisationTransaction } from '../../../community/onward-referrals/index.ts';
import { renderOnwardTask, type OnwardTask } from '../fhir-onward.ts';
import { factsOf, loadOwnedOnward, organisationOf } from '../onward-access.ts';

/** GET /fhir/Task/{id} for an organisation's system: a Task it owns, else not found. */
export async function getOnwardTask(ctx: AppContext, actor: ClientActor, id: string): Promise<OnwardTask> {
  const organisationId = organisationOf(actor);
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    const row = await loadOwnedOnward(trx, actor, organisationId, id, 'Task');
    await recordAudit(trx, actor, {
      action: 'fhir.onward-task.read',
      recordType: 'onward_referral',
      recordId: row.id,
      schemeId: actor.schemeId,
    });
    return renderOnwardTask((await factsOf(trx, [row], actor.schemeId, organisationId))[0]!);
  });
}

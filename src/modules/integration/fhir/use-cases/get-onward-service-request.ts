/**
 * GET /fhir/ServiceRequest/{id} for a community organisation's system: the request behind a Task it owns.
 */
import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inOrganisationTransaction } from '../../../community/onward-referrals/index.ts';
import { renderOnwardServiceRequest, type OnwardServiceRequest } from '../fhir-onward.ts';
import { factsOf, loadOwnedOnward, organisationOf } from '../onward-access.ts';

export async function getOnwardServiceRequest(
  ctx: AppContext,
  actor: ClientActor,
  id: string,
): Promise<OnwardServiceRequest> {
  const organisationId = organisationOf(actor);
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    const row = await loadOwnedOnward(trx, actor, organisationId, id, 'ServiceRequest');
    await recordAudit(trx, actor, {
      action: 'fhir.onward-service-request.read',
      recordType: 'onward_referral',
      recordId: row.id,
      schemeId: actor.schemeId,
    });
    return renderOnwardServiceRequest((await factsOf(trx, [row], actor.schemeId, organisationId))[0]!);
  });
}

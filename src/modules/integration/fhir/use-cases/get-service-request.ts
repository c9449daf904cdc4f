import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { authorize } from '../../../../platform/policy.ts';
import { renderServiceRequest } from '../fhir-render.ts';
import type { ServiceRequest } from '../fhir-resources.ts';
import { readReferral } from '../read-referral.ts';

/** GET /fhir/ServiceRequest/{id}: the referral as we hold it, so the GP system can check what arrived. */
export async function getServiceRequest(
  ctx: AppContext,
  options: { actor: ClientActor; id: string },
): Promise<ServiceRequest> {
  authorize(options.actor, 'referral.read-fhir', { schemeId: options.actor.schemeId });
  return renderServiceRequest(
    await readReferral(ctx, options.actor, options.id, 'ServiceRequest', 'fhir.service-request.read'),
  );
}

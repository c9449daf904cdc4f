import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { renderPatient } from '../fhir-render.ts';
import type { Patient } from '../fhir-resources.ts';
import * as repo from '../fhir.repository.ts';
import { isResourceId } from '../resource-id.ts';

/** GET /fhir/Patient/{id}: a person this client referred, as UK Core; anyone else is not found. */
export async function getPatient(ctx: AppContext, options: { actor: ClientActor; id: string }): Promise<Patient> {
  const { actor, id } = options;
  authorize(actor, 'referral.read-fhir', { schemeId: actor.schemeId });
  return inSchemeTransaction(ctx.db, actor.schemeId, async (trx) => {
    const patient = isResourceId(id) ? await repo.findClientPatient(trx, id.toLowerCase(), actor.clientId) : undefined;
    if (!patient) throw fail.notFound(`Patient/${id}`);
    await recordAudit(trx, actor, {
      action: 'fhir.patient.read',
      recordType: 'patient',
      recordId: patient.id,
      schemeId: actor.schemeId,
    });
    return renderPatient(patient);
  });
}

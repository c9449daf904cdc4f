/** The preview of a new onward referral, before anything is sent. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { findPatient } from '../../../pathway/patients/index.ts';
import { findReferral } from '../../../pathway/referrals/index.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { Draft } from '../onward-referrals.schemas.ts';
import { serviceReferralStats } from '../service-stats.ts';
import { MINIMUM_FIELDS, SHARED_FIELDS, sharedSnapshot } from '../shared-fields.ts';
import { caseFor } from '../worker-access.ts';

/**
 * What the new-referral page shows before anything is sent: the service, its response figures,
 * and every field that could be shared with the value that would be sent (the preview).
 */
export async function draftOnwardReferral(
  ctx: AppContext,
  { actor, scheme, caseId, serviceId }: InScheme & { caseId: string; serviceId: string },
): Promise<Draft> {
  // Outside the scheme transaction: the embedded database has one connection, so no second query may wait on it.
  const stats = (await serviceReferralStats(ctx.db, [serviceId])).get(serviceId) ?? {
    medianResponseHours: null,
    acceptanceRate: null,
    answered: 0,
  };
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme.id, caseId, 'write');
    const service = await repo.findService(trx, serviceId);
    if (!service)
      throw fail.field(
        'service',
        `There is no directory service "${serviceId}".`,
        'Choose the service from the directory search.',
      );
    const [patient, referral, description] = await Promise.all([
      findPatient(trx, kase.patient_id),
      findReferral(trx, kase.referral_id),
      repo.findServiceDescription(trx, serviceId),
    ]);
    if (!patient || !referral) throw fail.notFound('That case');
    const all = sharedSnapshot(
      SHARED_FIELDS.map((f) => f.key),
      { patient, needs: referral.needs, whatMatters: kase.what_matters },
    );
    await recordAudit(trx, actor, {
      action: 'onward-referral.draft',
      recordType: 'case',
      recordId: caseId,
      schemeId: scheme.id,
      detail: { serviceId },
    });
    return {
      caseId,
      stats,
      service: {
        id: service.id,
        name: service.name,
        organisationName: service.organizationName,
        onLinkwork: service.receivingOrganisationId !== null,
        active: service.status === 'active',
        description,
      },
      fields: SHARED_FIELDS.map((f) => ({
        key: f.key,
        label: f.label,
        minimum: MINIMUM_FIELDS.includes(f.key),
        value: all[f.key] ?? '',
      })),
    };
  });
}

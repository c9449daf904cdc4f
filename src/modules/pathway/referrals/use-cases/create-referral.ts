import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { findOrganisationById } from '../../../identity/organisations/index.ts';
import type { ReferralSource } from '../../../../db/schema.ts';
import type { CreateReferralBody, ReferralDetail } from '../referrals.schemas.ts';
import { loadReferralDetail } from '../load-referral-detail.ts';
import { submitReferral } from './submit-referral.ts';

/**
 * A referral made in the browser. The route follows from who makes it: a practice's referrer,
 * a community organisation, or the scheme's own staff taking a referral by phone.
 */
export async function createReferral(
  ctx: AppContext,
  { actor, scheme, input: body }: InScheme & { input: CreateReferralBody },
): Promise<ReferralDetail> {
  const organisation =
    actor.kind === 'user' && actor.organisationId
      ? await findOrganisationById(ctx.db, actor.organisationId)
      : undefined;
  const source: ReferralSource =
    actor.kind === 'user' && actor.role === 'community_org_user' ? 'community_organisation' : 'referrer';
  const practiceOdsCode = organisation?.type === 'gp_practice' ? organisation.ods_code : null;
  const { referral } = await submitReferral(ctx, actor, scheme.id, {
    source,
    patient: { ...body.patient, practiceOdsCode: body.patient.practiceOdsCode || practiceOdsCode },
    needs: body.needs,
    circumstances: body.circumstances,
    reason: body.reason,
    consent: body.consent,
    referrer: {
      name: actor.kind === 'user' ? actor.name : null,
      contact: actor.kind === 'user' ? actor.email : null,
      organisationId: organisation?.id ?? null,
      practiceOdsCode,
    },
  });
  return inSchemeTransaction(ctx.db, scheme.id, (trx) =>
    loadReferralDetail(trx, actor, scheme, referral.id, ctx.now()),
  );
}

/**
 * A member of the public's own referral, sent through the public form, with its bot guards.
 */
import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { crisisAdviceFor } from '../crisis.ts';
import { checkFormToken } from '../form-token.ts';
import type { SelfReferralBody, SelfReferralReceived } from '../referrals.schemas.ts';
import { openScheme } from '../self-referral-scheme.ts';
import { submitReferral } from './submit-referral.ts';

/**
 * A member of the public asks for help. Bots are turned away by a honeypot field and the form
 * token's timing; the answer carries a reference only, never the person's details. When what they
 * wrote suggests a crisis, the answer also says where to get urgent help now (the request is kept).
 */
export async function submitSelfReferral(
  ctx: AppContext,
  slug: string,
  body: SelfReferralBody,
  requestId: string,
): Promise<SelfReferralReceived> {
  const { scheme, open } = await openScheme(ctx, slug);
  if (!open)
    throw new AppError(
      'forbidden',
      `${scheme.name} is not taking self-referrals at the moment. Please speak to your GP practice, who can refer you.`,
    );
  if (body.website)
    throw fail.field(
      'website',
      'This field must be left blank.',
      'Leave the field labelled "Leave this blank" empty and send the form again.',
    );
  const problem = checkFormToken(
    ctx.config.secretKey,
    scheme.slug,
    body.formToken,
    ctx.now(),
    ctx.config.selfReferral.minSeconds,
  );
  if (problem === 'too-fast')
    throw fail.field(
      'formToken',
      'The form was sent too quickly after it was opened.',
      'Wait a few seconds, check your answers and send it again.',
    );
  if (problem)
    throw fail.field(
      'formToken',
      'The form has expired or was not loaded from this service.',
      'Reload the page to get a fresh form, then send it again.',
    );
  const actor: SystemActor = { kind: 'system', description: 'public self-referral form', requestId };
  const { referral, crisis } = await submitReferral(ctx, actor, scheme.id, {
    source: 'self_referral',
    patient: body.patient,
    needs: body.needs,
    circumstances: [],
    reason: body.reason,
    consent: body.consent,
    referrer: { name: 'Self-referral', contact: null, organisationId: null, practiceOdsCode: null },
  });
  const advice =
    crisis.length > 0
      ? await inSchemeTransaction(ctx.db, scheme.id, (trx) => crisisAdviceFor(trx, scheme.id, crisis))
      : null;
  return {
    received: true,
    reference: referral.id.slice(0, 8).toUpperCase(),
    // The person's own words are not repeated back: only that they may need help now, and where to get it.
    crisis: advice ? { ...advice, reasons: ['What you told us suggests you may need urgent help.'] } : null,
  };
}

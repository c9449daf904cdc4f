import type { AppContext } from '../../../context.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { findSchemeBySlug } from '../../organisations/organisations.repository.ts';
import { loadPolicy } from '../../scheme-settings/scheme-settings.repository.ts';
import { checkFormToken, issueFormToken } from '../form-token.ts';
import type { SelfReferralBody } from '../referrals.schemas.ts';
import { submitReferral } from './submit-referral.ts';

async function openScheme(ctx: AppContext, slug: string) {
  const scheme = await findSchemeBySlug(ctx.db, slug);
  if (!scheme?.slug || !scheme.active) throw fail.notFound('That social prescribing service');
  const policy = await loadPolicy(ctx.db, scheme.id);
  return { scheme: { id: scheme.id, slug: scheme.slug, name: scheme.name }, open: policy.self_referral_open };
}

/** What the public form needs: the service's name, whether it takes self-referrals, and a fresh form token. */
export async function getSelfReferralForm(ctx: AppContext, slug: string) {
  const { scheme, open } = await openScheme(ctx, slug);
  return { scheme: { name: scheme.name, slug: scheme.slug }, open, formToken: issueFormToken(ctx.config.secretKey, scheme.slug, ctx.now()) };
}

/**
 * A member of the public asks for help. Bots are turned away by a honeypot field and the form
 * token's timing; the answer carries a reference only, never the person's details.
 */
export async function submitSelfReferral(ctx: AppContext, slug: string, body: SelfReferralBody, requestId: string): Promise<{ received: boolean; reference: string }> {
  const { scheme, open } = await openScheme(ctx, slug);
  if (!open) throw new AppError('forbidden', `${scheme.name} is not taking self-referrals at the moment. Please speak to your GP practice, who can refer you.`);
  if (body.website) throw fail.field('website', 'This field must be left blank.', 'Leave the field labelled "Leave this blank" empty and send the form again.');
  const problem = checkFormToken(ctx.config.secretKey, scheme.slug, body.formToken, ctx.now(), ctx.config.selfReferral.minSeconds);
  if (problem === 'too-fast') throw fail.field('formToken', 'The form was sent too quickly after it was opened.', 'Wait a few seconds, check your answers and send it again.');
  if (problem) throw fail.field('formToken', 'The form has expired or was not loaded from this service.', 'Reload the page to get a fresh form, then send it again.');
  const actor: SystemActor = { kind: 'system', description: 'public self-referral form', requestId };
  const { referral } = await submitReferral(ctx, actor, scheme.id, {
    source: 'self_referral', patient: body.patient, needs: body.needs, circumstances: [], reason: body.reason, consent: body.consent,
    referrer: { name: 'Self-referral', contact: null, organisationId: null, practiceOdsCode: null },
  });
  return { received: true, reference: referral.id.slice(0, 8).toUpperCase() };
}

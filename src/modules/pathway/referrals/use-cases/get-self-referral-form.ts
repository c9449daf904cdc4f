/**
 * The public self-referral form: what it needs to show.
 */
import type { AppContext } from '../../../../context.ts';
import { issueFormToken } from '../form-token.ts';
import { openScheme } from '../self-referral-scheme.ts';

/** What the public form needs: the service's name, whether it takes self-referrals, and a fresh form token. */
export async function getSelfReferralForm(ctx: AppContext, slug: string) {
  const { scheme, open } = await openScheme(ctx, slug);
  return {
    scheme: { name: scheme.name, slug: scheme.slug },
    open,
    formToken: issueFormToken(ctx.config.secretKey, scheme.slug, ctx.now()),
  };
}

/**
 * The service a member of the public asks for help from, and whether it takes self-referrals now.
 */
import type { AppContext } from '../../../context.ts';
import { fail } from '../../../platform/errors.ts';
import { findSchemeBySlug } from '../../identity/organisations/index.ts';
import { loadPolicy } from '../../scheme/scheme-settings/index.ts';

/** The public form names the service by its slug; an unknown or inactive one is simply not found. */
export async function openScheme(ctx: AppContext, slug: string) {
  const scheme = await findSchemeBySlug(ctx.db, slug);
  if (!scheme?.slug || !scheme.active) throw fail.notFound('That social prescribing service');
  const policy = await loadPolicy(ctx.db, scheme.id);
  return { scheme: { id: scheme.id, slug: scheme.slug, name: scheme.name }, open: policy.self_referral_open };
}

import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { newApiToken } from '../../../platform/auth/api-clients.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import { findSchemeBySlug } from '../organisations/index.ts';
import { insertApiClient } from './api-clients.repository.ts';

/**
 * Registers a system integration (e.g. a GP clinical system) for one scheme and returns its
 * bearer token, shown this once; only a hash is kept. Naming a community organisation makes it
 * that organisation's system: it reads and updates the onward-referral Tasks the organisation owns.
 */
export async function createApiClient(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; schemeSlug: string; organisationId?: string | null },
): Promise<{ id: string; token: string }> {
  authorize(actor, 'api-client.create');
  const name = input.name.trim();
  if (!name) throw fail.field('name', 'Give the client a name', 'Name the system, e.g. "EMIS Web – Riverside".');
  const scheme = await findSchemeBySlug(ctx.db, input.schemeSlug);
  if (!scheme)
    throw fail.field('scheme', `There is no scheme "${input.schemeSlug}"`, 'Use the slug of an existing scheme.');
  const organisationId = input.organisationId?.trim() || null;
  if (organisationId) {
    const org = /^[0-9a-f-]{36}$/i.test(organisationId)
      ? await ctx.db
          .selectFrom('organisations')
          .where('id', '=', organisationId)
          .select(['id', 'type'])
          .executeTakeFirst()
      : undefined;
    if (!org || org.type !== 'community_organisation')
      throw fail.field(
        'organisation',
        `There is no community organisation "${organisationId}".`,
        'Give the id of a community organisation (Administration, Organisations), or leave it out for a GP system.',
      );
  }
  const { token, prefix } = newApiToken();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertApiClient(trx, {
      name,
      schemeId: scheme.id,
      tokenHash: hashToken(token),
      tokenPrefix: prefix,
      organisationId,
    });
    await recordAudit(trx, actor, {
      action: 'api-client.create',
      recordType: 'api_client',
      recordId: id,
      schemeId: scheme.id,
      detail: { name, organisationId },
    });
    return { id, token };
  });
}

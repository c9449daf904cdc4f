import type { AppContext } from '../../../context.ts';
import type { ClientActor } from '../../../platform/actor.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { AppError } from '../../../platform/errors.ts';
import * as repo from './api-clients.repository.ts';

/** Turns a bearer token into the API client it belongs to, scoped to that client's scheme. */
export async function resolveApiClient(ctx: AppContext, token: string, requestId: string): Promise<ClientActor> {
  const row = await repo.findByTokenHash(ctx.db, hashToken(token));
  if (!row || row.revoked_at || !row.slug)
    throw new AppError(
      'invalid-token',
      'The API token is not recognised or has been revoked. Ask the scheme for a new one.',
    );
  const now = ctx.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) await repo.touch(ctx.db, row.id, now);
  return {
    kind: 'client',
    clientId: row.id,
    name: row.name,
    schemeId: row.scheme_id,
    schemeSlug: row.slug,
    organisationId: row.organisation_id,
    requestId,
  };
}

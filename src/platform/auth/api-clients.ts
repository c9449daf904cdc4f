import type { AppContext } from '../../context.ts';
import type { ClientActor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { hashToken, randomToken } from './tokens.ts';

/** A new API token: a short visible prefix to recognise it by, and the secret. Stored only hashed. */
export function newApiToken(): { token: string; prefix: string } {
  const prefix = randomToken(6).replace(/[-_]/g, 'x').slice(0, 8);
  return { token: `lw_${prefix}_${randomToken(32)}`, prefix };
}

/** Turns a bearer token into the API client it belongs to, scoped to that client's scheme. */
export async function resolveApiClient(ctx: AppContext, token: string, requestId: string): Promise<ClientActor> {
  const row = await ctx.db
    .selectFrom('api_clients as c')
    .innerJoin('organisations as s', 's.id', 'c.scheme_id')
    .select(['c.id', 'c.name', 'c.scheme_id', 's.slug', 'c.revoked_at', 'c.last_used_at'])
    .where('c.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || !row.slug) throw new AppError('invalid-token', 'The API token is not recognised or has been revoked. Ask the scheme for a new one.');
  const now = ctx.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await ctx.db.updateTable('api_clients').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return { kind: 'client', clientId: row.id, name: row.name, schemeId: row.scheme_id, schemeSlug: row.slug, requestId };
}

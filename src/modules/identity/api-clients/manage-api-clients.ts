import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import * as repo from './api-clients.repository.ts';

export interface ApiClientSummary {
  id: string;
  name: string;
  schemeSlug: string;
  tokenPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Lists the registered API clients (never their tokens), newest first. */
export async function listApiClients(ctx: AppContext, actor: Actor): Promise<ApiClientSummary[]> {
  authorize(actor, 'api-client.list');
  const rows = await repo.listAll(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    schemeSlug: r.slug ?? '',
    tokenPrefix: r.token_prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes an API client's token at once (a leaked token, a system retired). */
export async function revokeApiClient(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<void> {
  authorize(actor, 'api-client.revoke');
  if (!/^[0-9a-f-]{36}$/i.test(id))
    throw fail.field('id', `"${id}" is not an API client id`, 'Copy the id from "linkwork clients list".');
  if (!reason.trim())
    throw fail.field('reason', 'Give a reason for revoking the token', 'Say why, e.g. "token shared by mistake".');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.revoke(trx, id, ctx.now());
    if (!row) {
      throw (await repo.exists(trx, id))
        ? new AppError('conflict', 'That API client is already revoked.')
        : fail.notFound('That API client');
    }
    await recordAudit(trx, actor, {
      action: 'api-client.revoke',
      recordType: 'api_client',
      recordId: id,
      schemeId: row.scheme_id,
      reason: reason.trim(),
    });
  });
}

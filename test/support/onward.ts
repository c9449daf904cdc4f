import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { schemeApi, type PathwayScheme, type RoleClient } from './pathway.ts';

/**
 * A directory organisation and one active service; with `ownerId` the organisation is owned by that
 * Linkwork community organisation, so the service is "on Linkwork" and answers in its inbox.
 */
export async function buildDirectoryService(
  ctx: AppContext,
  options: { ownerId?: string | null; status?: string; name?: string } = {},
): Promise<{ serviceId: string; organizationId: string; name: string }> {
  const suffix = randomUUID().slice(0, 8);
  const organizationId = `test-org-${suffix}`;
  const serviceId = `test-svc-${suffix}`;
  const name = options.name ?? `Walking group ${suffix}`;
  await ctx.database.owner.query('INSERT INTO directory_organizations (id, name, description) VALUES ($1, $2, $3)', [
    organizationId,
    `Friends of the Park ${suffix}`,
    'A local charity',
  ]);
  await ctx.database.owner.query(
    'INSERT INTO directory_services (id, organization_id, name, description, status) VALUES ($1, $2, $3, $4, $5)',
    [serviceId, organizationId, name, 'Weekly walks', options.status ?? 'active'],
  );
  if (options.ownerId)
    await ctx.database.owner.query(
      'INSERT INTO directory_owners (directory_organization_id, organisation_id) VALUES ($1, $2)',
      [organizationId, options.ownerId],
    );
  return { serviceId, organizationId, name };
}

/** The community organisation the scheme's `community` user belongs to. */
export async function communityOrganisationId(ctx: AppContext, s: PathwayScheme): Promise<string> {
  const row = await ctx.db
    .selectFrom('memberships')
    .where('user_id', '=', s.community.userId)
    .where('role', '=', 'community_org_user')
    .select('organisation_id')
    .executeTakeFirstOrThrow();
  return row.organisation_id!;
}

export const referOnBody = (serviceId: string, overrides: Record<string, unknown> = {}) => ({
  serviceId,
  consent: true,
  sharedFields: ['name', 'phone', 'preferredContact'],
  message: 'Would like to join a weekly walk; anxious in new groups.',
  ...overrides,
});

export interface OnwardJson {
  id: string;
  status: string;
  version: number;
  statusReason: string | null;
  shared: { key: string; value: string }[];
  outcome: { attended: string; note: string } | null;
  events: { kind: string; to: string; by: string }[];
  allowedStatuses: string[];
}

/** Sends an onward referral from a case as the scheme's worker and expects 201. */
export async function referOn(
  s: PathwayScheme,
  caseId: string,
  serviceId: string,
  overrides: Record<string, unknown> = {},
  by: RoleClient = s.worker,
): Promise<OnwardJson> {
  const response = await by.request({
    method: 'POST',
    url: `${schemeApi(s)}/cases/${caseId}/onward-referrals`,
    payload: referOnBody(serviceId, overrides),
  });
  if (response.statusCode !== 201) throw new Error(`onward referral not sent: ${response.statusCode} ${response.body}`);
  return response.json<OnwardJson>();
}

/** Row counts of the onward referral tables in a scheme, read under its row-level security. */
export function onwardCounts(ctx: AppContext, schemeId: string): Promise<{ referrals: number; events: number }> {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const r = await trx
      .selectFrom('onward_referrals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const e = await trx
      .selectFrom('onward_referral_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return { referrals: Number(r.n), events: Number(e.n) };
  });
}

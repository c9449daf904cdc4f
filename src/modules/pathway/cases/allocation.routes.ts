import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams } from '../../../platform/http/schema-types.ts';
import { AllocateBody, AllocationOptions, AllocationQuery, ReferralDetail } from '../referrals/index.ts';
import { allocateReferral } from './use-cases/allocate-referral.ts';
import { getAllocationOptions } from './use-cases/get-allocation-options.ts';

const tags = ['referrals'];

/** Allocating an accepted referral: the shortlist of link workers for it, and the allocation that opens its case. */
export function allocationRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/referrals/:id/allocation',
      {
        config: { scheme: 'referral.allocate' },
        schema: { tags, params: SlugIdParams, querystring: AllocationQuery, response: { 200: AllocationOptions } },
      },
      async (request) =>
        getAllocationOptions(ctx, { ...userInScheme(request), referralId: request.params.id, query: request.query }),
    );

    app.post(
      '/:slug/referrals/:id/allocate',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, body: AllocateBody, response: { 200: ReferralDetail } },
      },
      async (request) =>
        allocateReferral(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
  };
}

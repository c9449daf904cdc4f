import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../../../context.ts';
import { AppError } from '../../../../platform/errors.ts';
import { sendProblem } from '../../../../platform/http/problem.ts';
import type { OrukServiceFilters } from '../oruk-api-services.repository.ts';
import {
  getOrukService,
  getOrukServiceAtLocationFull,
  getOrukTaxonomyFull,
  getOrukTaxonomyTerm,
  listOrukServiceAtLocations,
  listOrukServices,
  listOrukTaxonomies,
  listOrukTaxonomyTerms,
  type PageRequest,
} from './oruk-read.ts';
import { proximityFilter } from './oruk-proximity.ts';
import { IdParams, PageQuery, ServiceQuery, TaxonomyTermQuery } from './oruk.schemas.ts';

/** Where the UK profile of HSDS 3.0 is described (the API details' `profile`). */
export const ORUK_PROFILE_URL = 'https://open-referral-uk-profile.readthedocs.io/en/latest/';

const openapi = JSON.parse(readFileSync(new URL('./oruk-openapi.json', import.meta.url), 'utf8')) as object;
const open = { auth: 'public' as const };
const doc = (summary: string) => ({
  tags: ['oruk'],
  summary,
  description: 'Open Referral UK 3.0: public, read-only, CORS open.',
});

function paging(q: { page?: number; per_page?: number }): PageRequest {
  return { page: q.page ?? 1, perPage: q.per_page ?? 50 };
}

async function serviceFilters(ctx: AppContext, q: ServiceQuery): Promise<OrukServiceFilters> {
  return {
    search: q.search?.trim() || undefined,
    taxonomyTermId: q.taxonomy_term_id,
    taxonomyId: q.taxonomy_id,
    organizationId: q.organization_id,
    minimumAge: q.minimum_age,
    maximumAge: q.maximum_age,
    modifiedAfter: q.modified_after,
    day: q.day,
    startTime: q.start_time,
    endTime: q.end_time,
    near: await proximityFilter(ctx, q),
  };
}

function corsHeaders(reply: FastifyReply): FastifyReply {
  // ORUK compliance: every response carries "Access-Control-Allow-Origin: *" so browser apps can read it.
  return reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
}

/**
 * The directory published as an Open Referral UK 3.0 API: read-only, no API key, CORS open.
 * Only directory tables are read here; nothing of patients, referrals or users.
 */
export function orukRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onSend', async (_request, reply) => {
      corsHeaders(reply);
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      return sendProblem(
        corsHeaders(reply),
        request,
        new AppError('not-found', `There is nothing at ${request.method} ${path}. See /oruk/openapi.json.`),
      );
    });
    app.options('/*', { config: open, schema: { hide: true } }, (_request, reply) =>
      corsHeaders(reply)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'Content-Type, Accept')
        .header('access-control-max-age', '86400')
        .status(204)
        .send(),
    );

    app.get('/', { config: open, schema: doc('API details') }, () => ({
      version: '3.0',
      profile: ORUK_PROFILE_URL,
      openapi_url: `${ctx.config.baseUrl}/oruk/openapi.json`,
    }));
    app.get('/openapi.json', { config: open, schema: { hide: true } }, () => openapi);

    app.get(
      '/services',
      { config: open, schema: { ...doc('Services (paged)'), querystring: ServiceQuery } },
      async (request) => listOrukServices(ctx, await serviceFilters(ctx, request.query), paging(request.query)),
    );
    app.get('/services/:id', { config: open, schema: { ...doc('One full service'), params: IdParams } }, (request) =>
      getOrukService(ctx, request.params.id),
    );

    app.get(
      '/service_at_locations',
      { config: open, schema: { ...doc('Services at locations (paged)'), querystring: ServiceQuery } },
      async (request) =>
        listOrukServiceAtLocations(ctx, await serviceFilters(ctx, request.query), paging(request.query)),
    );
    app.get(
      '/service_at_locations/:id',
      { config: open, schema: { ...doc('One service at a location'), params: IdParams } },
      (request) => getOrukServiceAtLocationFull(ctx, request.params.id),
    );

    app.get(
      '/taxonomies',
      { config: open, schema: { ...doc('Taxonomies (paged)'), querystring: PageQuery } },
      (request) => listOrukTaxonomies(ctx, paging(request.query)),
    );
    app.get(
      '/taxonomies/:id',
      { config: open, schema: { ...doc('One taxonomy with its terms'), params: IdParams } },
      (request) => getOrukTaxonomyFull(ctx, request.params.id),
    );

    app.get(
      '/taxonomy_terms',
      { config: open, schema: { ...doc('Taxonomy terms (paged)'), querystring: TaxonomyTermQuery } },
      (request) =>
        listOrukTaxonomyTerms(
          ctx,
          { taxonomyId: request.query.taxonomy_id, parentId: request.query.parent_id, topOnly: request.query.top_only },
          paging(request.query),
        ),
    );
    app.get(
      '/taxonomy_terms/:id',
      { config: open, schema: { ...doc('One taxonomy term'), params: IdParams } },
      (request) => getOrukTaxonomyTerm(ctx, request.params.id),
    );
  };
}

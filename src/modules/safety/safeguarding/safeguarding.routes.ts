import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import { SlugIdParams as CaseParams } from '../../../platform/http/schema-types.ts';
import { ADULT_CATEGORIES, CHILD_CATEGORIES } from './categories.ts';
import * as S from './safeguarding.schemas.ts';
import { addConcernAction } from './use-cases/add-concern-action.ts';
import { closeConcern } from './use-cases/close-concern.ts';
import { getConcern } from './use-cases/get-concern.ts';
import { listSchemeConcerns } from './use-cases/list-scheme-concerns.ts';
import { raiseConcern } from './use-cases/raise-concern.ts';
import { recordReferral } from './use-cases/record-referral.ts';

const tags = ['safeguarding'];
const view = { 200: S.ConcernView };

/** Safeguarding concerns on a case (need-to-know), and the scheme's list for the safeguarding lead and manager. */
export function safeguardingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/safeguarding/categories',
      { config: { scheme: false }, schema: { tags, params: SlugParams, response: { 200: S.CategoriesView } } },
      async () => ({ adult: [...ADULT_CATEGORIES], child: [...CHILD_CATEGORIES] }),
    );

    app.get(
      '/:slug/safeguarding',
      {
        config: { scheme: 'safeguarding.read' },
        schema: { tags, params: SlugParams, querystring: S.ConcernListQuery, response: { 200: S.ConcernList } },
      },
      async (request) => listSchemeConcerns(ctx, { ...userInScheme(request), ...request.query }),
    );

    app.post(
      '/:slug/cases/:id/safeguarding',
      {
        config: { scheme: 'safeguarding.raise' },
        schema: { tags, params: CaseParams, body: S.RaiseConcernBody, response: { 201: S.ConcernView } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await raiseConcern(ctx, { ...userInScheme(request), caseId: request.params.id, input: request.body })),
    );

    app.get(
      '/:slug/cases/:id/safeguarding/:concernId',
      { config: { scheme: 'safeguarding.read' }, schema: { tags, params: S.ConcernParams, response: view } },
      async (request) =>
        getConcern(ctx, { ...userInScheme(request), caseId: request.params.id, concernId: request.params.concernId }),
    );

    app.put(
      '/:slug/cases/:id/safeguarding/:concernId/referral',
      {
        config: { scheme: 'safeguarding.read' },
        schema: { tags, params: S.ConcernParams, body: S.ReferralBody, response: view },
      },
      async (request) =>
        recordReferral(ctx, {
          ...userInScheme(request),
          caseId: request.params.id,
          concernId: request.params.concernId,
          input: request.body,
        }),
    );

    app.post(
      '/:slug/cases/:id/safeguarding/:concernId/actions',
      {
        config: { scheme: 'safeguarding.read' },
        schema: { tags, params: S.ConcernParams, body: S.ConcernActionBody, response: view },
      },
      async (request) =>
        addConcernAction(ctx, {
          ...userInScheme(request),
          caseId: request.params.id,
          concernId: request.params.concernId,
          input: request.body,
        }),
    );

    app.post(
      '/:slug/cases/:id/safeguarding/:concernId/close',
      {
        config: { scheme: 'safeguarding.read' },
        schema: { tags, params: S.ConcernParams, body: S.CloseConcernBody, response: view },
      },
      async (request) =>
        closeConcern(ctx, {
          ...userInScheme(request),
          caseId: request.params.id,
          concernId: request.params.concernId,
          input: request.body,
        }),
    );
  };
}

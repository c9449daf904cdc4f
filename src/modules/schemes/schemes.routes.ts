import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugParams } from '../../platform/http/schema-types.ts';
import { getSchemeOverview } from './get-scheme-overview.ts';
import * as S from './schemes.schemas.ts';
import { searchSchemePeople } from './search-scheme-people.ts';

const tags = ['schemes'];

/** Scheme-scoped routes: /api/schemes/:slug/… (only for people with a role in that scheme). */
export function schemeRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/:slug', { schema: { tags, params: SlugParams, response: { 200: S.SchemeOverview } } }, async (request) =>
      getSchemeOverview(ctx, userActor(request), request.params.slug),
    );
    app.get(
      '/:slug/people',
      { schema: { tags, params: SlugParams, querystring: S.PeopleQuery, response: { 200: S.SchemePeople } } },
      async (request) => searchSchemePeople(ctx, userActor(request), request.params.slug, request.query),
    );
  };
}

import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import { getSchemeOverview } from './get-scheme-overview.ts';
import * as S from './schemes.schemas.ts';
import { searchSchemePeople } from './search-scheme-people.ts';

const tags = ['schemes'];

/** Scheme-scoped routes: /api/schemes/:slug/… (only for people with a role in that scheme). */
export function schemeRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug',
      { config: { scheme: 'scheme.read' }, schema: { tags, params: SlugParams, response: { 200: S.SchemeOverview } } },
      async (request) => getSchemeOverview(ctx, userInScheme(request)),
    );
    app.get(
      '/:slug/people',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugParams, querystring: S.PeopleQuery, response: { 200: S.SchemePeople } },
      },
      async (request) => searchSchemePeople(ctx, { ...userInScheme(request), query: request.query }),
    );
  };
}

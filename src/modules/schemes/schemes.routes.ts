import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/authenticate.ts';
import { getSchemeOverview } from './get-scheme-overview.ts';

const SchemeOverview = Type.Object({
  scheme: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
  team: Type.Array(Type.Object({ userId: Type.String(), name: Type.String(), role: Type.String() })),
});

/** Scheme-scoped routes: /api/schemes/:slug/… (only for people with a role in that scheme). */
export function schemeRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/:slug', {
      schema: { tags: ['schemes'], params: Type.Object({ slug: Type.String({ maxLength: 40 }) }), response: { 200: SchemeOverview } },
    }, async (request) => getSchemeOverview(ctx, userActor(request), request.params.slug));
  };
}

import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../../context.ts';
import { clientActor } from '../../../platform/http/request-actor.ts';

const WhoAmI = Type.Object({
  client: Type.Object({ id: Type.String(), name: Type.String() }),
  scheme: Type.Object({ id: Type.String(), slug: Type.String() }),
});

/** For system integrations: check a bearer token works and which scheme it is scoped to. */
export function integrationRoutes(_ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/whoami',
      {
        config: { auth: 'client' },
        schema: { tags: ['integrations'], security: [{ bearer: [] }], response: { 200: WhoAmI } },
      },
      async (request) => {
        const actor = clientActor(request);
        return {
          client: { id: actor.clientId, name: actor.name },
          scheme: { id: actor.schemeId, slug: actor.schemeSlug },
        };
      },
    );
  };
}

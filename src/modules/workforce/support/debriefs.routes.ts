import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './support.schemas.ts';
import { askForDebrief } from './use-cases/ask-for-debrief.ts';
import { completeDebrief } from './use-cases/complete-debrief.ts';
import { getDebrief } from './use-cases/get-debrief.ts';
import { listDebriefs } from './use-cases/list-debriefs.ts';

const tags = ['debriefs'];

/** Debrief requests: listed by relationship, asked for by workers, recorded by supervisors. */
export function debriefRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/debriefs',
      {
        config: { scheme: 'supervision.read' },
        schema: { tags, params: SlugParams, response: { 200: S.DebriefList } },
      },
      async (request) => listDebriefs(ctx, userInScheme(request)),
    );
    app.post(
      '/:slug/debriefs',
      {
        config: { scheme: 'supervision.read' },
        schema: { tags, params: SlugParams, response: { 201: S.DebriefView } },
      },
      async (request, reply) => reply.status(201).send(await askForDebrief(ctx, userInScheme(request))),
    );
    app.get(
      '/:slug/debriefs/:id',
      {
        config: { scheme: 'supervision.read' },
        schema: { tags, params: S.IdParams, response: { 200: S.DebriefView } },
      },
      async (request) => getDebrief(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      '/:slug/debriefs/:id/complete',
      {
        config: { scheme: 'debrief.respond' },
        schema: { tags, params: S.IdParams, body: S.CompleteDebriefBody, response: { 200: S.DebriefView } },
      },
      async (request) => completeDebrief(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
  };
}

import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugParams } from '../../platform/http/schema-types.ts';
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
      { schema: { tags, params: SlugParams, response: { 200: S.DebriefList } } },
      async (request) => listDebriefs(ctx, userActor(request), request.params.slug),
    );
    app.post(
      '/:slug/debriefs',
      { schema: { tags, params: SlugParams, response: { 201: S.DebriefView } } },
      async (request, reply) =>
        reply.status(201).send(await askForDebrief(ctx, userActor(request), request.params.slug)),
    );
    app.get(
      '/:slug/debriefs/:id',
      { schema: { tags, params: S.IdParams, response: { 200: S.DebriefView } } },
      async (request) => getDebrief(ctx, userActor(request), request.params.slug, request.params.id),
    );
    app.post(
      '/:slug/debriefs/:id/complete',
      { schema: { tags, params: S.IdParams, body: S.CompleteDebriefBody, response: { 200: S.DebriefView } } },
      async (request) => completeDebrief(ctx, userActor(request), request.params.slug, request.params.id, request.body),
    );
  };
}
